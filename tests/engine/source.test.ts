// The source detector on sentences written for these tests: which attributions are anonymous,
// vague or named, which phrase and verb are the cues, and which mentions share a sourceRef.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document';
import { source } from '../../src/engine/detectors/source';
import type { Finding } from '../../src/engine/types';

const detectAll = (text: string): Finding[] => source.detect(buildDoc(text));
/** The flagged findings: anonymous and vague sources (named sources are reported apart). */
const detect = (text: string): Finding[] => detectAll(text).filter((f) => f.kind !== 'named-source');
/** The named sources' phrases as labelled. */
const named = (text: string) => detectAll(text).filter((f) => f.kind === 'named-source').map((f) => f.sourceLabel);
const kinds = (text: string) => detect(text).map((f) => [f.kind, f.text]);

describe('anonymous sources', () => {
  it('flags "said a senior official" but not "said Senator Warren"', () => {
    const [f, ...rest] = detect('“The deal is off,” said a senior official at the ministry.');
    expect(rest).toEqual([]);
    expect(f.kind).toBe('anonymous-source');
    expect(f.rule).toBe('source/inverted');
    expect(f.text).toBe('said a senior official at the ministry');
    expect(f.sourceLabel).toBe('a senior official at the ministry');
    expect(f.explanation).toBe("'a senior official at the ministry': the source is not named");
    expect(detect('“The deal is off,” said Senator Warren.')).toEqual([]);
  });

  it('flags a subject before its verb, with auxiliaries and adverbs between', () => {
    expect(kinds('Two diplomats have privately said the talks stalled in March.')).toEqual([['anonymous-source', 'Two diplomats have privately said']]);
    expect(kinds('The bridge, one engineer told us, was never inspected.')).toEqual([['anonymous-source', 'one engineer told']]);
  });

  it('reads a denial as an attribution: who denied it is the source (GUIDELINES.md §2)', () => {
    expect(kinds('A spokesman for the club denied any wrongdoing.')).toEqual([['anonymous-source', 'A spokesman for the club denied']]);
    expect(kinds('Two aides denied that any data was shared.')).toEqual([['anonymous-source', 'Two aides denied']]);
    expect(detect('Mayor Ana Lopez denied the report.')).toEqual([]);
    expect(named('Mayor Ana Lopez denied the report.')).toEqual(['Mayor Ana Lopez']);
  });

  it('attributes nothing to a subject whose report is negated ("have not said", "would not say")', () => {
    expect(detect('Officials have not said what prompted the raid.')).toEqual([]);
    expect(detect('A spokesman would not say whether the plant will close.')).toEqual([]);
    expect(named('The campaign would never confirm the meeting.')).toEqual([]);
    expect(named("The company hasn't said how many workers were affected.")).toEqual([]);
    // A negation inside the subject, or in the claim, is not the report's.
    expect(kinds('Officials who did not attend the meeting said it was tense.').map(([k]) => k)).toEqual(['anonymous-source']);
    expect(kinds('Officials said the plant would not close.')).toEqual([['anonymous-source', 'Officials said']]);
  });

  it('reads "agreed to" and "agreed on" as consent to an act, not a claim', () => {
    expect(detect('Several lawmakers agreed to an interview on Friday.')).toEqual([]);
    expect(named('Acme agreed to pay $5 million to settle the case.')).toEqual([]);
    expect(kinds('Several lawmakers agreed that the bill was dead.')).toEqual([['anonymous-source', 'Several lawmakers agreed']]);
  });

  it('cites no one after "no" or "none" ("cites no source for the figure")', () => {
    expect(detect('The post cites no source for the figure.')).toEqual([]);
    expect(detect('The figure is right, according to none of the officials.')).toEqual([]);
  });

  it('flags "according to people familiar with the matter"', () => {
    const [f] = detect('The merger will be announced on Friday, according to people familiar with the matter.');
    expect(f.kind).toBe('anonymous-source');
    expect(f.rule).toBe('source/according-to');
    expect(f.text).toBe('according to people familiar with the matter');
  });

  it('flags who a report cites ("…, citing people familiar with the matter"), not the reasons one cites', () => {
    const [f, ...rest] = detect('The refinery will close in May, the newspaper reported, citing two people briefed on the plan.');
    expect(rest).toEqual([]);
    expect(f.kind).toBe('anonymous-source');
    expect(f.rule).toBe('source/cited');
    expect(f.text).toBe('citing two people briefed on the plan');
    // The outlet that cites them is named, before or around the participle.
    expect(named('The radio station, citing a source at the port, said the ship had sunk.')).toContain('The radio station');
    expect(kinds('The radio station, citing a source at the port, said the ship had sunk.')).toEqual([['anonymous-source', 'citing a source at the port']]);
    expect(kinds('The agency reported the fire, citing unnamed officials.')).toEqual([['anonymous-source', 'citing unnamed officials']]);
    expect(kinds('The station reported the crash, quoting two rescuers.')).toEqual([['anonymous-source', 'quoting two rescuers']]);
    // "per" opening a clause is "according to"; "per share", "per person" count.
    expect(kinds('The guard will sign a four-year deal, per sources.')).toEqual([['anonymous-source', 'per sources']]);
    expect(kinds('Per a person familiar with the talks, the club will sell him.')).toEqual([['anonymous-source', 'Per a person familiar with the talks']]);
    expect(kinds('Tickets cost $20 per person and $5 per child.')).toEqual([]);
    // Reasons, evidence and examples are cited too, by no one.
    expect(kinds('The club postponed the match, citing a lack of evidence.')).toEqual([]);
    expect(kinds('The mayor cited an example from her first term.')).toEqual([]);
    expect(kinds('The airline cancelled the flights, citing bad weather.')).toEqual([]);
    // "cited X as saying" is read once, at "saying".
    expect(kinds('The paper cited unnamed officials as saying the cells were never checked.')).toEqual([['anonymous-source', 'officials as saying']]);
  });

  it('reads past a relative clause to the source it describes', () => {
    const [f] = detect('One volunteer, who asked not to be named because she still works there, said the shelter ran out of food.');
    expect(f.kind).toBe('anonymous-source');
    expect(f.sourceLabel).toBe('One volunteer');
  });

  it('counts an unnamed spokesperson of a named organisation as anonymous', () => {
    expect(kinds('A Harbor Authority spokeswoman said the port would reopen.')).toEqual([['anonymous-source', 'A Harbor Authority spokeswoman said']]);
  });

  it('counts counted-out members of a crowd, or ones who spoke to the reporter, as anonymous', () => {
    expect(kinds('Several senators said the vote would slip.')[0][0]).toBe('anonymous-source');
    expect(kinds('Farmers who spoke to this newspaper said the harvest was poor.')[0][0]).toBe('anonymous-source');
  });

  it('flags a source marked as unnamed even without a reporting verb', () => {
    const [f] = detect('An engineer familiar with the design confirmed as much.');
    expect(f.kind).toBe('anonymous-source');
  });
});

describe('crowds and unnamed people, told apart', () => {
  it('makes a loose quantity of people a crowd, unless they talked to the reporter', () => {
    expect(kinds('Most people believe the lake is safe.')).toEqual([['vague-source', 'Most people believe']]);
    expect(kinds('Those close to the mayor say she will resign.')).toEqual([['anonymous-source', 'Those close to the mayor say']]);
  });

  it('makes news outlets no one names a crowd, and named ones named', () => {
    expect(kinds('Some media outlets have reported that the minister will resign.')).toEqual([['vague-source', 'Some media outlets have reported']]);
    expect(kinds('The vote was delayed, citing local news outlets.').map(([k]) => k)).toEqual(['vague-source']);
    expect(kinds('Posts on social media claimed the dam had burst.')).toEqual([['vague-source', 'Posts on social media claimed']]);
    expect(detect('Two Lakeside newspapers, including the Daily Ledger, said the mayor should resign.')).toEqual([]);
  });

  it('reads "Acme Inc. said" as a named company and not as "said ..."', () => {
    expect(detect('Acme Inc. said it will report a loss of $2 million.')).toEqual([]);
  });

  it('does not take a participle after a noun for a reporting verb', () => {
    expect(detect('Two former guards charged in the escape appeared in court.')).toEqual([]);
  });
});

describe('named sources are not flagged', () => {
  it('skips people, organisations and documents', () => {
    expect(detect('Mayor Ada Price said the budget was balanced.')).toEqual([]);
    expect(detect('The Port Authority said the terminal would close.')).toEqual([]);
    expect(detect('According to the audit, the fund lost money.')).toEqual([]);
  });

  it('skips a spokesperson given a name in apposition', () => {
    expect(detect('A spokesman, Tom Reyes, said the airline regretted the delay.')).toEqual([]);
  });

  it('does not treat a source named later in the article as anonymous', () => {
    const text = 'The airline will cut routes, its spokeswoman said. The spokeswoman, Dana Holt, added that fares would rise.';
    expect(detect(text)).toEqual([]);
  });

  it('does not treat a described group or person as anonymous once the article gives the name', () => {
    // A group's name in apposition to "the group", whatever the noun.
    const group = 'Fares will rise in May, according to a group of drivers. The group, Cab Drivers United, wrote to the council. The group said the rise was too small.';
    expect(detect(group)).toEqual([]);
    // "identified as", "named as": the article names the one it described.
    expect(detect('A local farmer said the river had flooded his fields. The farmer, who was later identified as Tom Reed, said he lost his crop.')).toEqual([]);
    // Not a name: a source still unnamed, and the same shapes without one.
    expect(kinds('A witness said the car was speeding. The witness, who asked not to be named, said it did not stop.').map(([k]) => k)).toEqual(['anonymous-source', 'anonymous-source']);
    expect(kinds('Fares will rise, according to a group of drivers. The group, formed in May, met the mayor on Monday.')).toEqual([['anonymous-source', 'according to a group of drivers']]);
  });

  it('keeps a counted-out source unnamed beside a title used with a name, but not once the article names it', () => {
    const titled = 'Aide Maya Brandt left in May. “We lost,” one campaign aide said on Sunday.';
    expect(kinds(titled)).toEqual([['anonymous-source', 'one campaign aide said']]);
    const renamed = 'An aide said the plan was dead. The aide, Maya Brandt, later confirmed it.';
    expect(detect(renamed)).toEqual([]);
  });

  it('reads "the two companies", "the two lawmakers" as the ones already introduced, not new unnamed ones', () => {
    // A count after "the" refers back: to bodies or people the article named, so not flagged ...
    expect(detect('Acme and Globex agreed to merge. The two companies said the deal would close in March.')).toEqual([]);
    expect(detect('Senators Roe and Diaz wrote to the agency. The two lawmakers argue that the rule is illegal.')).toEqual([]);
    // ... or to unnamed people cited before, as the same source.
    const unnamed = detect('Two engineers at the plant said the alarms were off. The two engineers said managers knew.');
    expect(unnamed.map((f) => f.kind)).toEqual(['anonymous-source', 'anonymous-source']);
    expect(new Set(unnamed.map((f) => f.sourceRef)).size).toBe(1);
    // Without "the", a count introduces new ones.
    expect(kinds('Two companies said they had been hacked.')).toEqual([['anonymous-source', 'Two companies said']]);
  });

  it('does not flag a publication citing its own reporting', () => {
    expect(detect('The Daily Ledger has learned that the mill will close.')).toEqual([]);
    expect(detect('The closure was first reported by The Daily Ledger.')).toEqual([]);
    expect(detect('As this newspaper reported last week, the mill will close.')).toEqual([]);
  });
});

describe('vague sources', () => {
  it('flags "experts say" and "critics argue"', () => {
    const [e] = detect('Experts say the drought will last into next year.');
    expect(e.kind).toBe('vague-source');
    expect(e.text).toBe('Experts say');
    expect(e.explanation).toBe("'Experts say': no one in particular is cited");
    expect(e.sourceRef).toBeUndefined();
    expect(kinds('Critics argue that the plan favours large farms.')).toEqual([['vague-source', 'Critics argue']]);
  });

  it('flags loose quantities and polls', () => {
    expect(kinds('Many believe the factory will never reopen.')).toEqual([['vague-source', 'Many believe']]);
    expect(kinds('Some have suggested the fire was set on purpose.')).toEqual([['vague-source', 'Some have suggested']]);
    expect(kinds('Polls show the mayor trailing by ten points.')).toEqual([['vague-source', 'Polls show']]);
  });

  it('flags impersonal attributions', () => {
    expect(kinds('It is widely believed that the vote was rigged.')).toEqual([['vague-source', 'It is widely believed']]);
    expect(kinds('It has been reported that the dam leaks.')).toEqual([['vague-source', 'It has been reported']]);
  });

  it('flags crowds behind a passive, a claim noun or "those who"', () => {
    expect(kinds('The plan is considered by most economists to be too costly.')).toEqual([['vague-source', 'is considered by most economists']]);
    expect(kinds('The bank ignored warnings from analysts about the loans.')).toEqual([['vague-source', 'warnings from analysts about the loans']]);
    expect(kinds('There are those who say the count was wrong.')).toEqual([['vague-source', 'those who say']]);
    expect(kinds('It has been suggested that the dam leaks.')).toEqual([['vague-source', 'It has been suggested']]);
  });

  it('reads the agent of a passive past a short "to" phrase', () => {
    expect(kinds('The plan was described to reporters by a former ministry official.')).toEqual([['anonymous-source', 'was described to reporters by a former ministry official']]);
    expect(kinds('The plan was described to reporters by Jane Roe, the minister.')).toEqual([]);
    expect(kinds('The cargo was delivered to the port by a barge.')).toEqual([]);
  });

  it('flags a crowd behind a participle clause', () => {
    expect(kinds('Wheat traders were nervous on Monday, saying the rain came too late.')).toEqual([['vague-source', 'Wheat traders were nervous on Monday, saying']]);
  });

  it('flags a judgement passive with no judge named, but not one with an agent', () => {
    expect(kinds('The governor has long been criticized as aloof.')).toEqual([['vague-source', 'has long been criticized']]);
    expect(kinds('The new bridge was hailed as a triumph of design.')).toEqual([['vague-source', 'was hailed']]);
    expect(kinds('The coach was praised as a genius by the club owner.')).toEqual([]);
    // "seen as" without "widely" stays unflagged: it is how the writer puts it, not a crowd's view.
    expect(kinds('The ruling is seen as a setback for the union.')).toEqual([]);
    expect(kinds('The suspect was seen leaving the depot.')).toEqual([]);
  });

  it('flags impersonal passives past an adverb or auxiliary', () => {
    expect(kinds('It is often said that the lake never freezes.')).toEqual([['vague-source', 'It is often said']]);
    expect(kinds('It is generally accepted that the canal was dug by hand.')).toEqual([['vague-source', 'It is generally accepted']]);
    expect(kinds('The offer was accepted on Tuesday.')).toEqual([]);
  });

  it('does not flag a negated impersonal passive: nobody is cited as saying it', () => {
    expect(kinds('It was not reported until Monday that the bridge had closed.')).toEqual([]);
    expect(kinds('It has never been argued that the dam leaks.')).toEqual([]);
    expect(kinds("It wasn't widely reported.")).toEqual([]);
    expect(kinds('The plan was not criticized as reckless.')).toEqual([]);
    expect(kinds('It has long been argued that the dam leaks.')).toEqual([['vague-source', 'It has long been argued']]);
  });

  it('flags a crowd that holds a view: "some remain skeptical that"', () => {
    expect(kinds('Some remain skeptical that the ferry will run on time.')).toEqual([['vague-source', 'Some remain skeptical']]);
    expect(kinds('Her backers are still confident that she can win the runoff.')).toEqual([['vague-source', 'Her backers are still confident']]);
    expect(kinds('Economists remained convinced that the tariff caused the slump.')).toEqual([['vague-source', 'Economists remained convinced']]);
    // Without a clause after it, the adjective is a mood, not a claim.
    expect(kinds('Investors were skeptical of the merger.')).toEqual([]);
    expect(kinds('It is certain that the road will close.')).toEqual([]);
  });

  it('flags "the view among economists is that"', () => {
    expect(kinds('The view among economists is that rates will rise.')).toEqual([['vague-source', 'The view among economists is']]);
    expect(kinds('The prevailing concern within the league was that attendance would fall.')).toEqual([['vague-source', 'The prevailing concern within the league was']]);
    expect(kinds('The concern in the report is that the dam may fail.')).toEqual([]);
    expect(kinds('The hope at the time was that the talks would resume.')).toEqual([]);
    expect(kinds('The problem in the city is that buses are late.')).toEqual([]);
  });

  it('flags a body no one speaks for: "the market", "the public"', () => {
    expect(kinds('The market views the merger as a gamble.')).toEqual([['vague-source', 'The market views']]);
    expect(kinds('Markets fear a long recession.')).toEqual([['vague-source', 'Markets fear']]);
    expect(kinds('The public believes the war cannot be won.')).toEqual([['vague-source', 'The public believes']]);
    expect(kinds('The stock market views were mixed.')).toEqual([]);
    expect(kinds('The drop raised market worries of a slowdown.')).toEqual([]);
  });

  it('flags a quantity placed in a group: "many in the industry"', () => {
    expect(kinds('Many in the industry say the rules are too strict.')).toEqual([['vague-source', 'Many in the industry say']]);
    expect(kinds('Some within the party believe the leader should resign.')).toEqual([['vague-source', 'Some within the party believe']]);
    expect(kinds('Rights groups say the law is unfair.')).toEqual([['vague-source', 'Rights groups say']]);
  });
});

describe('what is not an attribution', () => {
  it('gives a sentence that only continues a quote no source', () => {
    const text = '“We ran out of beds,” a nurse at the clinic said. “Nobody came to help us.”';
    const found = detect(text);
    expect(found).toHaveLength(1);
    expect(found[0].sentence.start).toBe(0);
  });

  it('ignores what a quoted speaker says others said', () => {
    expect(detect('“Critics say whatever they like,” Mayor Ada Price said.')).toEqual([]);
  });

  it('ignores verb forms used as nouns', () => {
    expect(detect('Their claims were dismissed in court.')).toEqual([]);
    expect(detect('She faces other charges related to the fire.')).toEqual([]);
  });
});

describe('sourceRef: coreference of unnamed sources', () => {
  it('groups a defector mentioned three times under one ref', () => {
    const text = [
      'The footage was described by a defector from the northern province.',
      'The defector said the army had run short of fuel.',
      'She added that soldiers were selling rations.',
      'The ministry did not respond.',
    ].join(' ');
    const found = detect(text);
    expect(found.map((f) => f.sourceRef)).toEqual(['defector', 'defector', 'defector']);
    expect(found.every((f) => f.sourceLabel === 'a defector from the northern province')).toBe(true);
    expect(found[2].rule).toBe('source/pronoun');
  });

  it('links "the inspector" back to "a former inspector", whatever the noun, and nothing else', () => {
    const text = [
      'The warehouse was unsafe, according to a former inspector who spoke on condition of anonymity.',
      'The inspector said the reports were ignored.',
      'The former inspector also claimed that a manager had rewritten them.',
    ].join(' ');
    expect(detect(text).map((f) => f.sourceRef)).toEqual(['inspector', 'inspector', 'inspector']);
    // With a name tied to the noun and no unnamed inspector before it, "the inspector" is that person.
    expect(detect('Inspector Jane Roe toured the site. The inspector said the reports were ignored.')).toEqual([]);
  });

  it('keeps a pronoun after a named speaker named', () => {
    const text = 'A senior official said the plant is safe. Governor Lena Ortiz disagreed with that. “It is not,” she said.';
    expect(detect(text).map((f) => f.text)).toEqual(['A senior official said']);
    // The named speaker is the latest one a pronoun can reach, across a sentence without a source:
    // "she" is reported with her name.
    const across = 'A senior official said the plant is safe. Governor Lena Ortiz disagreed with that. Prices rose. “It is not safe,” she said.';
    expect(detect(across).map((f) => f.text)).toEqual(['A senior official said']);
    expect(named(across)).toEqual(['Governor Lena Ortiz']);
    // Out of its reach, "she" is no longer the official either.
    const far = 'A senior official said the plant is safe. The plant reopened. The river rose. The bridge closed. “It is not safe,” she said.';
    expect(detect(far).map((f) => f.text)).toEqual(['A senior official said']);
    // Within reach, with no named speaker between, she is the official.
    expect(detect('A senior official said the plant is safe. The plant reopened. “It is safe,” she said.').map((f) => f.text)).toEqual(['A senior official said', 'she said']);
  });

  it('gives each newly introduced source a new ref', () => {
    const text = 'One official said the road would close. Another official said it would stay open. The official added that work starts in May.';
    expect(detect(text).map((f) => f.sourceRef)).toEqual(['official', 'official-2', 'official-2']);
  });

  it('keeps groups with different modifiers apart', () => {
    const text = 'Police officials said the suspect fled. Prison officials said the cell was unlocked. Police officials later said he was caught.';
    expect(detect(text).map((f) => f.sourceRef)).toEqual(['officials', 'officials-2', 'officials']);
  });

  it('keeps every cue inside its sentence', () => {
    const text = 'Sources said the mine flooded. Officials, speaking anonymously, said three workers were trapped.';
    for (const f of detect(text)) {
      expect(f.start).toBeGreaterThanOrEqual(f.sentence.start);
      expect(f.end).toBeLessThanOrEqual(f.sentence.end);
      expect(f.text).toBe(text.slice(f.start, f.end));
    }
  });
});

describe('named sources (reported, never flagged)', () => {
  it('reports a named person, an institution and a document as named-source', () => {
    expect(named('Mayor Ana Lopez said the bridge would reopen in May.')).toEqual(['Mayor Ana Lopez']);
    expect(named('The bridge will reopen in May, the transport ministry said.')).toEqual(['the transport ministry']);
    expect(named('According to the inspection report, the cables had rusted.')).toEqual(['the inspection report']);
    const [f] = detectAll('Mayor Ana Lopez said the bridge would reopen in May.');
    expect(f.kind).toBe('named-source');
    expect(f.explanation).toBe("'Mayor Ana Lopez': a named source");
  });

  it('reports a pronoun after a named speaker with the name it stands for', () => {
    const fs = detectAll('Ana Lopez disagreed with the union. She said the cranes were idle.').filter((f) => f.kind === 'named-source');
    expect(fs.map((f) => f.sourceLabel)).toEqual(['Ana Lopez']);
  });

  it('reads "family" as a noun, not an adverb in -ly', () => {
    expect(named('Her family said the cranes were idle.')).toEqual(['Her family']);
  });

  it('reports "it said" and a pronoun with no unnamed source before it as named', () => {
    expect(named('The ministry answered on Monday. In a statement, it said the port would reopen.')).toEqual(['it']);
    expect(named('“No,” she said.')).toEqual(['she']);
    // Right after an unnamed source, the pronoun is that source, not a named one.
    expect(named('A port worker said the cranes were idle. She said the ships had left.')).toEqual([]);
  });

  it('reports no named source for an unnamed or vague one, nor for the publication itself', () => {
    expect(named('A senior official said the bridge would reopen in May.')).toEqual([]);
    expect(named('Analysts say the bridge will reopen in May.')).toEqual([]);
    expect(named('The newspaper has learned that the bridge will reopen in May.')).toEqual([]);
  });
});

describe('classifying a source phrase by its head, determiner and modifiers', () => {
  const kindOf = (text: string) => detectAll(text).map((f) => f.kind);

  it('reads a subject through a restrictive relative clause to its head', () => {
    const [f] = detect('A woman who was in the courtroom said the judge left early.');
    expect(f.kind).toBe('anonymous-source');
    expect(f.sourceLabel).toBe('A woman who was in the courtroom');
    expect(detect('Nurses who have worked the night shift told the paper the ward was full.')[0]?.kind).toBe('anonymous-source');
  });

  it('takes a person noun narrowed by what they did or know as specific unnamed people', () => {
    expect(kindOf('People with close ties to the coach said he would resign.')).toEqual(['anonymous-source']);
    expect(kindOf('According to people who have read the draft, the tax will rise.')).toEqual(['anonymous-source']);
    expect(kindOf('Staff who cleaned the hall said the doors were locked.')).toEqual(['anonymous-source']);
    expect(kindOf('Individuals involved in the sale said the price was too low.')).toEqual(['anonymous-source']);
    expect(kindOf('According to several of those present, the vote was held twice.')).toEqual(['anonymous-source']);
  });

  it('reads "according to" with unusual counts: approximated, in digits, or a quantity noun', () => {
    expect(kindOf('According to at least three people close to the club, the coach will go.')).toEqual(['anonymous-source']);
    expect(kindOf('According to more than a dozen residents, the road flooded.')).toEqual(['anonymous-source']);
    expect(kindOf('According to a handful of diplomats, the talks stalled.')).toEqual(['anonymous-source']);
    expect(kindOf('According to 14 current employees, the plant is unsafe.')).toEqual(['anonymous-source']);
    expect(detect('According to a handful of diplomats, the talks stalled.')[0].sourceRef).toBe('diplomats');
    // A numeral before no person noun counts no one: a poll share, a number of things.
    expect(kindOf('Asked about the plan, 59 percent said it would fail.')).toEqual([]);
    // "about" before no count is a preposition: no source follows "said".
    expect(named('“It failed,” he said about the plan.')).toEqual(['he']);
  });

  it('takes people inside a body as unnamed people, and people placed in a region as a crowd', () => {
    expect(kindOf('People inside the club say the coach will go.')).toEqual(['anonymous-source']);
    expect(kindOf('People at the port said the cranes were idle.')).toEqual(['anonymous-source']);
    expect(kindOf('People in the region say the cranes were idle.')).toEqual(['vague-source']);
    expect(kindOf('Engineers at the port said the cranes were idle.')).toEqual(['anonymous-source']);
    expect(kindOf('Engineers say the cranes were idle.')).toEqual(['vague-source']);
  });

  it('reads "those who were there" as people by what they did, "those who believe" as a crowd', () => {
    expect(kindOf('According to those who were there, the hall was full.')).toEqual(['anonymous-source']);
    expect(kindOf('According to those who believe the rumour, the hall was full.')).toEqual(['vague-source']);
  });

  it('leaves people narrowed only by a view, or loosely counted, a crowd', () => {
    expect(kindOf('People say the tax will rise.')).toEqual(['vague-source']);
    expect(kindOf('Many people who live nearby say the river smells.')).toEqual(['vague-source']);
    // A named person described by a relative clause stays named.
    expect(kindOf('Ana Lopez, who was in the courtroom, said the judge left early.')).toEqual(['named-source']);
  });

  it('reads a possessive as the determiner of its head: "the coach\'s allies" is a crowd, not someone introduced', () => {
    expect(kindOf("The coach's allies said he would stay.")).toEqual(['vague-source']);
  });

  it('takes an office speaking as institutional and named, unless counted or no longer in office', () => {
    expect(kindOf('Police said the driver was not hurt.')).toEqual(['named-source']);
    expect(kindOf('The driver was not hurt, state prosecutors said.')).toEqual(['named-source']);
    expect(kindOf('Former prosecutors said the case was weak.')).toEqual(['vague-source']);
    expect(kindOf('Two investigators said the brakes had failed.')).toEqual(['anonymous-source']);
  });

  it('takes a crowd that spoke to the publication as unnamed people, not a crowd', () => {
    expect(kindOf('Economists told the newspaper that prices would rise.')).toEqual(['anonymous-source']);
    expect(kindOf('Economists told Reuters that prices would rise.')).toEqual(['anonymous-source']);
    expect(kindOf('Economists told the minister that prices would rise.')).toEqual(['vague-source']);
    expect(kindOf('Economists say prices will rise.')).toEqual(['vague-source']);
  });

  it('takes people named by what they do, with no one behind them, as a crowd', () => {
    expect(kindOf('Farmers believe the dam will fail.')).toEqual(['vague-source']);
    expect(kindOf('The dam will fail, campaigners argue.')).toEqual(['vague-source']);
    expect(kindOf('Villagers told the newspaper that the dam leaked.')).toEqual(['anonymous-source']);
    // A name in -s the article writes with a capital inside a sentence is that name, not a crowd.
    expect(kindOf('Senator Ann Rogers spoke in Ohio. Rogers says the dam will fail.')).toEqual(['named-source']);
    // Not a thing by its suffix, nor a thing's verb: "numbers show" is data, "documents say" a document.
    expect(kindOf('The numbers show the dam leaked.')).toEqual([]);
    expect(kindOf('Regulators said the dam leaked.')).toEqual(['named-source']);
  });

  it('reads a subject across a connector set off by commas', () => {
    expect(kindOf('Economists, however, say the dam will fail.')).toEqual(['vague-source']);
    expect(kindOf('A site engineer, meanwhile, said the dam leaked.')).toEqual(['anonymous-source']);
    expect(named('Ana Lopez, though, said the dam leaked.')).toEqual(['Ana Lopez']);
    // An aside about the source: an age, a participle, "both of whom".
    expect(kindOf('A site engineer, 56, said the dam leaked.')).toEqual(['anonymous-source']);
    expect(kindOf('A site engineer, now living in Lyon, said the dam leaked.')).toEqual(['anonymous-source']);
    expect(kindOf('Two engineers, both of whom asked not to be named, said the dam leaked.')).toEqual(['anonymous-source']);
    expect(named('Ana Lopez, 56, said the dam leaked.')).toEqual(['Ana Lopez']);
    // A longer aside is no connector: "said" does not take the clause after it for a source.
    expect(named('The dam, which is old, said nothing of the leak.')).not.toContain('nothing of the leak');
  });

  it('takes no passive subject for a source: the one told is not the one telling', () => {
    expect(kindOf('The mayor had been warned about the flood.')).toEqual([]);
    expect(kindOf('The mayor warned about the flood.')).toEqual(['named-source']);
  });
});

describe('follow-up mentions of an unnamed source', () => {
  const kindOf = (text: string) => detectAll(text).map((f) => f.kind);
  const refs = (text: string) => detect(text).map((f) => [f.text, f.sourceRef]);

  it('links "that person" and a singular "they" to the unnamed person before', () => {
    expect(refs('A person close to the coach said he would resign. That person also said the club knew. They added that talks had begun.')).toEqual([
      ['A person close to the coach said', 'person'],
      ['That person also said', 'person'],
      ['They added', 'person'],
    ]);
  });

  it('links "that person" to the unnamed person before, whatever noun introduced them', () => {
    expect(refs('A lawmaker who asked not to be named said the bill would fail. That person said the votes were not there. The person added that a recount was likely.')).toEqual([
      ['A lawmaker who asked not to be named said', 'lawmaker'],
      ['That person said', 'lawmaker'],
      ['The person added', 'lawmaker'],
    ]);
  });

  it('does not read a singular "they" as a named speaker, nor "that" before a plural as a determiner', () => {
    expect(refs('Coach Ana Lopez said she would resign. They added that talks had begun.')).toEqual([]);
    expect(detectAll('The club said that officials knew.').map((f) => f.sourceLabel)).toEqual(['The club']);
  });

  it('links "one of them" and "some of them" to the group', () => {
    expect(refs('Four players who were at the meeting said the coach shouted. One of them said he left early. Some of them said nothing was decided.').map(([, r]) => r)).toEqual(['players', 'players', 'players']);
  });

  it('takes "the person" with no one introduced before it as an unnamed person, not a named one', () => {
    expect(kindOf('The person said the cranes were idle.')).toEqual(['anonymous-source']);
    // A noun the article ties to a name, or a title word, is that named person.
    expect(kindOf('Inspector Jane Roe toured the docks. The inspector said the cranes were idle.')).toEqual(['named-source']);
    expect(kindOf('The governor said the cranes were idle.')).toEqual(['named-source']);
  });

  it('links a count standing alone ("one said", "another added") to the group just cited', () => {
    expect(refs('Dock workers at the port said the cranes were idle. “Nothing moves,” one said.').map(([, r]) => r)).toEqual(['workers', 'workers']);
    // With no group before it, "one" is no one in particular.
    expect(kindOf('“Nothing moves,” one said.')).toEqual([]);
  });

  it('takes a second description with the same noun as the same source, unless the article sets it apart', () => {
    expect(refs('A retired miner said the shaft flooded. A miner with family in the town said the pumps had failed.').map(([, r]) => r)).toEqual(['miner', 'miner']);
    expect(refs('A miner said the shaft flooded. Another miner said the pumps had failed.').map(([, r]) => r)).toEqual(['miner', 'miner-2']);
    expect(refs('A miner said the shaft flooded. A second miner said the pumps had failed.').map(([, r]) => r)).toEqual(['miner', 'miner-2']);
    // Other modifiers describe someone else: a union miner is not the retired one.
    expect(refs('A retired miner said the shaft flooded. A union miner said the pumps had failed.').map(([, r]) => r)).toEqual(['miner', 'miner-2']);
  });

  it('keeps two counted groups described differently apart, and a group cited again together', () => {
    expect(refs('People close to the club said the coach would go. Two people briefed on the talks said a deal was near.').map(([, r]) => r)).toEqual(['people', 'people-2']);
    expect(refs('People close to the club said the coach would go. People close to the club also said a deal was near.').map(([, r]) => r)).toEqual(['people', 'people']);
  });

  it('does not let a document cited in between take a pronoun meant for a person', () => {
    expect(refs('A port worker told the paper the cranes were idle, according to a transcript. She said the ships had left.').map(([, r]) => r)).toEqual(['worker', 'worker']);
  });

  it('keeps the worked example of the guidelines to one defector', () => {
    const text =
      'The news of the video was described by a North Korean defector. The defector speculated that it was meant to prepare the country. A defector with contacts inside the country said it was shown to officials.';
    expect(new Set(detect(text).map((f) => f.sourceRef))).toEqual(new Set(['defector']));
  });
});

describe('no source where nobody speaks', () => {
  it('reads "X said to show ..." (a headline\'s "is said to") as hearsay, not as X speaking', () => {
    expect(detectAll('Video said to show the leader weeping at a meeting.')).toEqual([]);
    expect(named('The minister said to reporters that the talks had failed.')).toEqual(['The minister']);
    expect(kinds('The defector said to the court that he had fled in May.')).toEqual([['anonymous-source', 'The defector said']]);
  });

  it('reads an activity in -ing as no source, a name in -ing as a name', () => {
    expect(detectAll('Fact-checking reports from inside the country is extremely difficult.')).toEqual([]);
    expect(named('Manning said the files were real.')).toEqual(['Manning']);
  });
});


describe('unnamed people by any reporting predicate (person nouns by data and form)', () => {
  it('reads any past tense with a that-clause after a person ("a judge ruled that"), not after a body or a determiner "that"', () => {
    expect(kinds('A judge ruled that the prisoner must stay in his cell.')).toEqual([['anonymous-source', 'A judge ruled']]);
    expect(kinds('One villager insisted that the well had been poisoned.')).toEqual([['anonymous-source', 'One villager insisted']]);
    expect(kinds('A tribunal ruled that the prisoner must stay in his cell.')).toEqual([]);
    expect(kinds('A farmer bought that tractor in spring.')).toEqual([]);
  });

  it('opens a sentence whose only cue is a gerund of perception to the detector (the trigger gate)', async () => {
    const { analyze } = await import('../../src/engine/analyze');
    const found = analyze('A cyclist recounted seeing the van swerve.').findings.filter((f) => f.kind === 'anonymous-source');
    expect(found.map((f) => f.text)).toEqual(['A cyclist recounted']);
  });

  it('reads a gerund of perception after any verb ("recounted seeing"), and a gerund as proof of a verb ("described hearing")', () => {
    expect(kinds('A cyclist recounted seeing the van swerve.')).toEqual([['anonymous-source', 'A cyclist recounted']]);
    expect(kinds('One shopkeeper described hearing glass break.')).toEqual([['anonymous-source', 'One shopkeeper described']]);
    expect(kinds('A cyclist started racing at dawn.')).toEqual([]);
  });

  it('reads the person agent of a reporting passive after a complement, not any agent', () => {
    expect(kinds('The coach was accused of bullying by a player in March.')).toEqual([['anonymous-source', 'was accused of bullying by a player in March']]);
    expect(kinds('The letter was handed to the newspaper by a cleaner who works at the depot.')).toEqual([
      ['anonymous-source', 'was handed to the newspaper by a cleaner who works at the depot'],
    ]);
    expect(kinds('The fence was damaged by a truck on Sunday.')).toEqual([]);
    expect(kinds('The parcel was handed to the newspaper by a courier firm.')).toEqual([]);
  });

  it('takes a definite description no name is tied to for an unnamed person ("the woman said"), not a title', () => {
    expect(kinds('A woman waited by the gate. “We have nothing left,” the woman said.')).toEqual([['anonymous-source', 'the woman said']]);
    expect(kinds('The bus driver’s sister told reporters the brakes had failed.')).toEqual([['anonymous-source', 'The bus driver’s sister told']]);
    expect(kinds('The owner of a café near the square said the windows shook.')).toEqual([['anonymous-source', 'The owner of a café near the square said']]);
    // A title word, a name tied to the noun, or a named possessor: someone the reader can identify.
    expect(kinds('The governor said the roads would reopen.')).toEqual([]);
    expect(kinds('Shopkeeper Jane Roe opened early. The shopkeeper said sales were slow.')).toEqual([]);
    expect(kinds('Oxford’s registrar said the exams would go ahead.')).toEqual([]);
  });

  it('reads "quoted X as saying": the object is the source', () => {
    expect(kinds('The agency quoted a local farmer as saying the river had burst its banks.')).toEqual([['anonymous-source', 'a local farmer as saying']]);
    expect(named('The agency quoted Jane Roe as saying the river had burst its banks.')).toEqual(['Jane Roe']);
  });
});

describe('"was quoted as saying"', () => {
  it('takes the subject of the passive for the source', () => {
    expect(kinds('A port spokesman was quoted as saying the ferries would sail.')).toEqual([['anonymous-source', 'A port spokesman was quoted as saying']]);
    expect(named('Jane Roe was quoted as saying the ferries would sail.')).toEqual(['Jane Roe']);
  });
});

describe('an aside set off by dashes that adds to the subject', () => {
  it('is read past ("Democrats — and some Republicans — say")', () => {
    expect(kinds('Democrats — and some Republicans — say that the plan is weak.')).toEqual([['vague-source', 'Democrats — and some Republicans — say']]);
    expect(kinds('Talks broke down, and the meeting ended badly, said one source in the room.')).toEqual([['anonymous-source', 'said one source in the room']]);
  });
});

describe('an aside set off by dashes', () => {
  it('reads past it to the source, as past commas', () => {
    expect(kinds('A volunteer at the shelter — who asked not to be named, fearing reprisals — said the beds ran out.')).toEqual([
      ['anonymous-source', 'A volunteer at the shelter — who asked not to be named, fearing reprisals — said'],
    ]);
    expect(named('The mayor — Jane Roe — said the bridge was safe.')).toHaveLength(1);
    expect(kinds('The mayor — Jane Roe — said the bridge was safe.')).toEqual([]);
  });
});

describe('an untitled definite description after an unnamed person', () => {
  const refsOf = (text: string) => detect(text).map((f) => f.sourceRef);
  it('is the unnamed person cited last, whatever noun introduced them', () => {
    expect(refsOf('A nurse at the clinic said the beds ran out. The woman added that oxygen was short.')).toEqual(['nurse', 'nurse']);
  });
  it('is not linked when the noun is a title or tied to a name', () => {
    expect(refsOf('A nurse at the clinic said the beds ran out. The governor added that oxygen was short.')).toEqual(['nurse']);
  });
});

describe('people placed by their tie to someone identified', () => {
  it('are a specific unnamed group ("relatives of the victim"), while a crowd noun stays a crowd', () => {
    expect(kinds('Colleagues of the driver said he had slept little.')).toEqual([['anonymous-source', 'Colleagues of the driver said']]);
    expect(kinds('Critics of the plan said it was costly.')).toEqual([['vague-source', 'Critics of the plan said']]);
    expect(kinds('Parents of young children said the fees were high.')).toEqual([['vague-source', 'Parents of young children said']]);
  });
});

describe('a subject with a relative clause of its own', () => {
  it('reads the verb after the clause when the clause’s own verb made no source of it', () => {
    expect(kinds('A woman who accused the governor said that he had lied.')).toEqual([['anonymous-source', 'A woman who accused the governor said']]);
    expect(kinds('A woman who accused the governor went home.')).toEqual([]);
  });
  it('makes "the ... who ..." a first mention of someone described, not a title met before', () => {
    expect(kinds('The staff member who took the call recalled that the man was calm.')).toEqual([['anonymous-source', 'The staff member who took the call recalled']]);
    expect(kinds('The staff member recalled that the man was calm.')).toEqual([]);
    expect(kinds('Staff member Jane Roe left. The staff member who took the call recalled that the man was calm.')).toEqual([]);
  });
});

describe('the agent of a passive ends at a conjunction after a person', () => {
  it('reads "by a woman" out of "by a woman and fraud by another"', () => {
    expect(kinds('Roe was accused of theft by a woman and of fraud by a bank in 2010.')).toEqual([['anonymous-source', 'was accused of theft by a woman']]);
    expect(kinds('The plan was described to reporters by officials and analysts.')).toEqual([['vague-source', 'was described to reporters by officials and analysts']]);
    expect(detect('The plan stalled, according to their friends and advisers.').map((f) => f.sourceLabel)).toEqual(['their friends and advisers']);
  });
});

describe('a pronoun of the other sex is not the unnamed source', () => {
  const refsOf = (text: string) => detect(text).map((f) => f.sourceRef);
  it('links "she" to "a woman" but not "he"', () => {
    expect(refsOf('A woman said the mill was closed. She added that nobody was paid.')).toEqual(['woman', 'woman']);
    expect(refsOf('Roe was accused of theft by a woman. He denied it, saying the money was a loan.')).toEqual(['woman']);
    expect(refsOf('A former official said the mill was closed. He added that nobody was paid.')).toEqual(['official', 'official']);
  });
});

describe('a loose quantity of people named by what they do', () => {
  it('is a crowd, like the bare plural', () => {
    expect(kinds('Some engineers say the bridge has been neglected.')).toEqual([['vague-source', 'Some engineers say']]);
    expect(kinds('Many farmers believe the drought will last.')).toEqual([['vague-source', 'Many farmers believe']]);
    expect(kinds('Some documents say the bridge has been neglected.')).toEqual([]);
    // Any noun for people after a quantity, not only agent nouns: "many delegates", "some pilgrims".
    expect(kinds('Many kids said they would stay home.')).toEqual([['vague-source', 'Many kids said']]);
    expect(kinds('Kids said they would stay home.')).toEqual([]);
  });
  it('reads "cite" as a reporting verb', () => {
    expect(kinds('Opponents of the plan cite its cost.')).toEqual([['vague-source', 'Opponents of the plan cite']]);
  });
  it('reads the subject of a clause after "what"', () => {
    expect(kinds('The grant is half of what researchers say they need.')).toEqual([['vague-source', 'researchers say']]);
  });
});

describe('a subject after a conjunction joining two clauses', () => {
  it('is read after the conjunction when the whole run is no source', () => {
    expect(kinds('Prices rose in May and analysts said the rise would last.')).toEqual([['vague-source', 'analysts said']]);
    expect(kinds('Many farmers belong to a minority and politicians are worried that the rules could hurt them.')).toEqual([['vague-source', 'politicians are worried']]);
  });
  it('does not cut a phrase that is a source as it stands', () => {
    expect(kinds('Current and former officials said the rise would last.')).toEqual([['anonymous-source', 'Current and former officials said']]);
  });
});

describe('a view voiced as the object of any verb', () => {
  it('attributes "raised concerns that", "voiced fears that" to a person or source noun', () => {
    expect(kinds('Some observers have raised concerns that the vote was rigged.')).toEqual([['vague-source', 'Some observers have raised concerns that']]);
    expect(kinds('Residents voiced serious doubts that the dam would hold.')).toEqual([['vague-source', 'Residents voiced serious doubts that']]);
  });
  it('not to a document, nor without a clause', () => {
    expect(kinds('The report raised concerns that the dam would burst.')).toEqual([]);
    expect(kinds('Residents voiced concerns about the dam.')).toEqual([]);
  });
});

describe('"see" after a modal', () => {
  it('is what people will meet, not a view they hold', () => {
    expect(kinds('Workers would see their pay rise.')).toEqual([]);
    expect(kinds('Many voters could see him winning the seat.')).toEqual([]);
    expect(kinds('Many voters see him as a threat.')).toEqual([['vague-source', 'Many voters see']]);
  });
});

describe('a partitive of a group cited before', () => {
  const refsOf = (text: string) => detect(text).map((f) => f.sourceRef);
  it('is that group ("one of the people" after "two people familiar with the deal")', () => {
    expect(refsOf('Two people familiar with the deal said it would close. One of the people said the price was high.')).toEqual(['people', 'people']);
    expect(refsOf('Two people familiar with the deal said it would close. Two other people said the price was high.')).toEqual(['people', 'people-2']);
    expect(refsOf('Two sources said the base was hit. Both sources said the damage was light.')).toEqual(['sources', 'sources']);
  });
});

describe('a reporting verb inverted after a quote', () => {
  it('reads the source after "say", "conceded", "warn"', () => {
    expect(kinds('“The plan is odd,” say some economists.')).toEqual([['vague-source', 'say some economists']]);
    expect(kinds('“We were late,” conceded one official.')).toEqual([['anonymous-source', 'conceded one official']]);
    expect(kinds('“Prices will rise,” warn analysts at the bank.')).toEqual([['anonymous-source', 'warn analysts at the bank']]);
    expect(named('“We were late,” conceded Jane Roe.')).toEqual(['Jane Roe']);
  });
  it('not "say" used as "for example"', () => {
    expect(kinds('Take a city, say, Boston, and count its parks.')).toEqual([]);
  });
});

describe('neighbours, like residents', () => {
  it('are a crowd, and one of them counted out an unnamed source, in either spelling', () => {
    expect(kinds('Neighbours described the family as quiet.')).toEqual([['vague-source', 'Neighbours described']]);
    expect(kinds('A neighbor said the police arrived late.')).toEqual([['anonymous-source', 'A neighbor said']]);
  });
});

describe('someone unnamed', () => {
  it('is an unnamed source, at the start of a sentence too', () => {
    expect(kinds('Someone in the room said the talks stalled.')).toEqual([['anonymous-source', 'Someone in the room said']]);
    expect(kinds('Someone who was in the room said the talks stalled.')).toEqual([['anonymous-source', 'Someone who was in the room said']]);
    expect(kinds('For someone who conceded that she is no natural, she did well.')).toEqual([]);
  });
  it('a participle with its agent ends the phrase ("an email seen by Reuters")', () => {
    expect(kinds('The talks stalled, according to an email seen by Reuters.')).toEqual([]);
    expect(named('The talks stalled, according to an email seen by Reuters.')).toEqual(['an email seen by Reuters']);
  });
});

describe('interviews with people', () => {
  it('cite the people interviewed', () => {
    expect(kinds('The plan stalled, according to interviews with a dozen party leaders.')).toEqual([['anonymous-source', 'according to interviews with a dozen party leaders']]);
    expect(kinds('The plan stalled, according to a meeting with Jane Roe.')).toEqual([]);
  });
});

describe('a quantity placed by a side or medium, and a relative clause with a bare noun after "who"', () => {
  it('reads "some on Twitter" and "many on the left" as crowds', () => {
    expect(kinds('According to some on Twitter, the singer was in town.')).toEqual([['vague-source', 'According to some on Twitter']]);
    expect(kinds('Many on the left say the plan is weak.')).toEqual([['vague-source', 'Many on the left say']]);
  });
  it('takes a bare singular noun after "who" for the clause’s verb, not a new subject', () => {
    expect(detect('But some who advocate free speech argue that the rules are risky.').map((f) => f.text)).toEqual(['some who advocate free speech argue']);
    expect(kinds('The official, whom analysts describe as cautious, said no.').map(([k]) => k)).toEqual(['anonymous-source', 'vague-source']);
  });
});

describe('a share of those polled', () => {
  it('is the poll’s finding, not a crowd, whatever the noun', () => {
    expect(kinds('About four in 10 voters said the economy was weak.')).toEqual([]);
    expect(kinds('Nine out of 10 say they will need new skills.')).toEqual([]);
    expect(kinds('In the survey, 56 percent of voters said the economy was weak.')).toEqual([]);
    expect(kinds('Half of GOP primary voters said they were angry.')).toEqual([]);
    expect(kinds('A majority of economists polled said growth would slow.')).toEqual([]);
    expect(kinds('Four officials said the economy was weak.')).toEqual([['anonymous-source', 'Four officials said']]);
    // "most of" is a loose quantity, no measured share: a crowd (its participle a reduced relative).
    expect(kinds('Most of the economists surveyed said growth would slow.')).toEqual([['vague-source', 'Most of the economists surveyed said']]);
  });
});

describe('a body of people is no person', () => {
  it('reads "the administration said", "the union wrote" as no unnamed source', () => {
    expect(kinds('The administration said it was following the rules.')).toEqual([]);
    expect(kinds('The union wrote that pay was low.')).toEqual([]);
    expect(kinds('The woman wrote that pay was low.')).toEqual([['anonymous-source', 'The woman wrote']]);
  });
});

describe('"those" placed somewhere', () => {
  it('are specific people inside a place, a crowd in a field or on a side', () => {
    expect(kinds('Those at the meeting said the president was angry.')).toEqual([['anonymous-source', 'Those at the meeting said']]);
    expect(kinds('Those in the industry say prices will rise.')).toEqual([['vague-source', 'Those in the industry say']]);
    expect(kinds('Those on the left say prices will rise.')).toEqual([['vague-source', 'Those on the left say']]);
  });
  it('an adjective in "-ent" before a conjunction is no person ("a dozen current and former employees")', () => {
    expect(detect('According to nearly a dozen current and former employees, the firm knew.').map((f) => f.sourceLabel)).toEqual(['a dozen current and former employees']);
  });
});

describe('"recounted" and "continued" after a quote', () => {
  it('report', () => {
    expect(kinds('“It was chaos,” recounted one survivor.')).toEqual([['anonymous-source', 'recounted one survivor']]);
    expect(kinds('“We are not done,” one official continued.')).toEqual([['anonymous-source', 'one official continued']]);
    expect(kinds('“We will go,” continued a senior official, “but not now.”')).toEqual([['anonymous-source', 'continued a senior official']]);
  });
  it('"continued" with an object does not', () => {
    expect(kinds('Officials continued the search on Monday.')).toEqual([]);
  });
});

describe('a conjunction between capitals', () => {
  it('is inside a name, not the start of the source', () => {
    expect(kinds('A spokesperson for the Parks and Recreation Department said the pool would close.')).toEqual([['anonymous-source', 'A spokesperson for the Parks and Recreation Department said']]);
    expect(kinds('Clinton and her aides said the plan was weak.')).toEqual([['anonymous-source', 'her aides said']]);
  });
});

describe('a capital after a colon', () => {
  it('starts a clause, like a sentence’s first word', () => {
    expect(kinds('The latest: Mourners say the loss is hard.')).toEqual([['vague-source', 'Mourners say']]);
    expect(kinds('The latest: Sanders says the loss is hard. Sen. Bernie Sanders spoke.')).toEqual([]);
  });
});

describe('an adverb of place after the source', () => {
  it('follows the head ("residents here say", "officials there said")', () => {
    expect(kinds('Residents here say the water is dirty.')).toEqual([['vague-source', 'Residents here say']]);
    expect(kinds('Officials there said the road was closed.')).toEqual([['anonymous-source', 'Officials there said']]);
  });
  it('is no source after the verb ("said there was")', () => {
    expect(kinds('At the time, there were 30 vacancies at the jail, said Jane Roe, head of the union.')).toEqual([]);
    expect(named('At the time, there were 30 vacancies at the jail, said Jane Roe, head of the union.')).toEqual(['Jane Roe']);
  });
});

describe('a time expression between the source and its verb', () => {
  it('is read past ("officials this week said", "residents Monday said")', () => {
    expect(kinds('Two officials last week told the paper the road was closed.')).toEqual([['anonymous-source', 'Two officials last week told']]);
    expect(kinds('Residents Monday said the water was dirty.')).toEqual([['vague-source', 'Residents Monday said']]);
    expect(kinds('The vote took place last week.')).toEqual([]);
  });
});

describe('families', () => {
  it('of someone are an unnamed group; "the family" stays one the article has named', () => {
    expect(kinds('Families of the victims said the police were slow.')).toEqual([['anonymous-source', 'Families of the victims said']]);
    expect(kinds('The Roe family said in a statement that he was kind.')).toEqual([]);
  });
});

describe('"point out" and "point to"', () => {
  it('report with their particle', () => {
    expect(kinds('Labor leaders point out that the plan could draw voters.')).toEqual([['vague-source', 'Labor leaders point out']]);
    expect(kinds('Critics point to charities that fund such groups.')).toEqual([['vague-source', 'Critics point to']]);
  });
  it('not as a noun', () => {
    expect(kinds('At one point the two officials were asleep.')).toEqual([]);
    expect(kinds('Analysts gained five points to lead the table.')).toEqual([]);
  });
});

describe('"a number of" counts people', () => {
  it('like "several", with or without an adjective', () => {
    expect(kinds('A number of writers suggested that the list was unfair.')).toEqual([['anonymous-source', 'A number of writers suggested']]);
    expect(kinds('A significant number of residents said the water was dirty.')).toEqual([['anonymous-source', 'A significant number of residents said']]);
  });
  it('"the number" alone is a figure, not people', () => {
    expect(kinds('The number who said they used the drug rose by a third.')).toEqual([]);
    expect(kinds('The rule adds another magic number to the race, officials said.')).toEqual([['anonymous-source', 'officials said']]);
  });
});

describe('a quantity of accounts after "by"', () => {
  it('opening a clause is nobody in particular', () => {
    expect(kinds('By most accounts, the new law worked.')).toEqual([['vague-source', 'By most accounts']]);
    expect(kinds('The rally was, by some estimates, 20,000 strong.')).toEqual([['vague-source', 'by some estimates']]);
    expect(kinds('But by several conservative counts the budget is short.')).toEqual([['vague-source', 'by several conservative counts']]);
  });
  it('not an agent, and not one account named', () => {
    expect(kinds('The shop was hit by many stones.')).toEqual([]);
    expect(kinds('The tally was cut by several counts of fraud.')).toEqual([]);
    expect(kinds('By his own account, the trip was short.')).toEqual([]);
  });
});

describe('a view voiced in the agentless passive', () => {
  it('with the claim after it is a crowd’s', () => {
    expect(kinds('Concerns have been raised that the vaccine trial was rushed.')).toEqual([['vague-source', 'Concerns have been raised']]);
    expect(kinds('Serious doubts were expressed over whether the count was accurate.')).toEqual([['vague-source', 'doubts were expressed']]);
    expect(kinds('Questions have been raised about whether the data were altered.')).toEqual([['vague-source', 'Questions have been raised']]);
  });
  it('not someone’s view, one with an agent, one with no claim, or one denied', () => {
    expect(kinds('His concerns were raised that the plan would fail.')).toEqual([]);
    expect(kinds('Concerns were raised by the mayor that the plan would fail.')).toEqual([]);
    expect(kinds('Concerns have been raised about the cost of the bridge.')).toEqual([]);
    expect(kinds('No concerns were raised, and fears were not voiced that the dam would fail.')).toEqual([]);
  });
});

describe('a participle with its agent after the subject', () => {
  it('says how the people were reached; the verb after it is theirs', () => {
    expect(kinds('Economists polled by the bank forecast growth of 2%.')).toEqual([['vague-source', 'Economists polled by the bank forecast']]);
    expect(kinds('Analysts surveyed by the paper said rates would rise.')).toEqual([['vague-source', 'Analysts surveyed by the paper said']]);
  });
  it('not without its agent, where it may be a clause of its own', () => {
    expect(kinds('The firm released members surveyed last year, officials said.')).toEqual([['anonymous-source', 'officials said']]);
  });
});

describe('a person tied by a possessive to an unnamed source', () => {
  const refs = (text: string) => detect(text).map((f) => [f.kind, f.text, f.sourceRef]);
  it('is unnamed, and someone other than the owner', () => {
    expect(refs('One tenant said the water was brown. Her neighbour said it smelled.')).toEqual([
      ['anonymous-source', 'One tenant said', 'tenant'],
      ['anonymous-source', 'Her neighbour said', 'neighbour'],
    ]);
    expect(refs('A witness said the van sped off. His brother said it was red.')).toEqual([
      ['anonymous-source', 'A witness said', 'witness'],
      ['anonymous-source', 'His brother said', 'brother'],
    ]);
    expect(refs("The cyclist's brother said the van was red.")).toEqual([['anonymous-source', "The cyclist's brother said", 'brother']]);
  });
  it('not when the owner is named, of the other sex, inside the sentence, or no person', () => {
    expect(kinds('Jane Roe said the water was brown. Her neighbour said it smelled.')).toEqual([]);
    expect(kinds('One tenant said the water was brown, and her neighbour agreed.').map(([k]) => k)).toEqual(['anonymous-source']);
    expect(kinds("The U.S. attorney's office said the van was red.")).toEqual([]);
    expect(kinds('A witness said the van sped off. His office said it was red.').map(([k]) => k)).toEqual(['anonymous-source']);
  });
});

describe('a clause-opening "that" before a quantity', () => {
  it('is no superlative: "laws that some say target" cites a crowd', () => {
    expect(kinds('The council passed rules that some say target renters.')).toEqual([['vague-source', 'some say']]);
    expect(kinds('The most telling said nothing.')).toEqual([]);
  });
});

describe('a quantity of a people', () => {
  it('is a crowd, though capitalized: a name takes no "many"', () => {
    expect(kinds('Many Israelis believe the war was necessary.')).toEqual([['vague-source', 'Many Israelis believe']]);
    expect(kinds('But most Britons say the tax is unfair.')).toEqual([['vague-source', 'most Britons say']]);
  });
  it('not a people named bare, nor a name', () => {
    expect(kinds('Israelis said the war was necessary.')).toEqual([]);
    expect(kinds('The Smiths said the war was necessary.')).toEqual([]);
  });
});

describe('a compound on a source noun', () => {
  it('"eyewitnesses" are witnesses', () => {
    expect(kinds('Eyewitnesses said the van sped off.')).toEqual([['anonymous-source', 'Eyewitnesses said']]);
  });
});

describe('a view held by no one named, as the circumstance of a clause', () => {
  it('with its claim is a crowd’s', () => {
    expect(kinds('Shares fell amid growing fears that the bank would fail.')).toEqual([['vague-source', 'amid growing fears']]);
    expect(kinds('The agency held firm despite criticism that it was slow.')).toEqual([['vague-source', 'despite criticism']]);
  });
  it('not someone’s view, one whose holder is named, or one with no claim', () => {
    expect(kinds('Despite his concerns that the plan would fail, he voted for it.')).toEqual([]);
    expect(kinds('The talks resumed after warnings from the agency that funds were short.')).toEqual([]);
    expect(kinds('Shares fell amid fears of a default.')).toEqual([]);
  });
});

describe('a view that exists, held by no one', () => {
  it('"there are fears that" is a crowd’s', () => {
    expect(kinds('There are fears that the war will spread.')).toEqual([['vague-source', 'There are fears']]);
    expect(kinds('There is widespread concern that the vote was rigged.')).toEqual([['vague-source', 'There is widespread concern']]);
  });
  it('not a view denied, nor a claim (a hedge)', () => {
    expect(kinds('There is no concern that the vote was rigged.')).toEqual([]);
    expect(kinds('There are claims that the vote was rigged.')).toEqual([]);
  });
});

describe('a loose quantity of "those" and a participle, and the cited in a passive', () => {
  it('"many of those interviewed" is a crowd, "those interviewed" specific people', () => {
    expect(kinds('Many of those interviewed said they would vote.')).toEqual([['vague-source', 'Many of those interviewed said']]);
    expect(kinds('Those interviewed said they would vote.').map(([k]) => k)).toEqual(['anonymous-source']);
  });
  it('"were cited by state media as saying": the one cited, not the agent', () => {
    expect(kinds('Local officials were cited by state media as saying the dam held.')).toEqual([['anonymous-source', 'Local officials were cited by state media as saying']]);
  });
});

describe('"call" with an object and a complement', () => {
  it('voices a judgement of its subject', () => {
    expect(kinds('A senior official called the report "nonsense."')).toEqual([['anonymous-source', 'A senior official called']]);
    expect(kinds('Critics called the plan a giveaway to the rich.')).toEqual([['vague-source', 'Critics called']]);
    expect(kinds('Some experts call it the worst crisis in decades.')).toEqual([['vague-source', 'Some experts call']]);
  });
  it('not an act, a name given, a passive or a clause after the object', () => {
    expect(kinds('Residents called the police the next day.')).toEqual([]);
    expect(kinds('Officials called off the search.')).toEqual([]);
    expect(kinds('Everyone called him Mike.')).toEqual([]);
    expect(kinds('The song was called "Home."')).toEqual([]);
    expect(kinds('Lawmakers called the hearing because they felt the agency was slow.')).toEqual([]);
  });
});

describe('"who" after a phrase whose head is no person', () => {
  it('is the last noun’s, for a verb that reports a claim', () => {
    expect(kinds('The plan drew a sharp rebuke from a senior official, who said it was unfair.')).toEqual([['anonymous-source', 'a senior official, who said']]);
    expect(kinds('The plan drew a rebuke from President Jane Roe, who said it was unfair.')).toEqual([]);
  });
  it('not for a verb of no claim', () => {
    expect(kinds('He wrote stories about characters who felt like real people.')).toEqual([]);
  });
});

describe('a source known only by a partial name', () => {
  it('"a man identified only as Ali" is unnamed; a name in apposition stays named', () => {
    expect(kinds('A man identified only as Ali said the men wore masks.').map(([k]) => k)).toEqual(['anonymous-source']);
    expect(kinds('A spokesman, Jane Roe, said the plan was ready.')).toEqual([]);
  });
  it('"not authorised to", as spelled in British English, marks a source as unnamed', () => {
    expect(kinds('Nurses, who were not authorised to speak, said the ward was full.').map(([k]) => k)).toEqual(['anonymous-source']);
    expect(kinds('Nurses, who were tired, said the ward was full.')).toEqual([]);
  });
});

describe('people tied to an unnamed person, and crowds named by what they are', () => {
  it('"the boy’s parents" are unnamed people; a titled owner’s are not read so', () => {
    expect(kinds("The boy's parents said he had been bullied.")).toEqual([['anonymous-source', "The boy's parents said"]]);
    expect(kinds("The senator's parents said he had been bullied.")).toEqual([]);
  });
  it('"medics", "teammates", "locals", "fans" are crowds; one of them counted out is unnamed', () => {
    expect(kinds('Medics said the boy was stable.')).toEqual([['vague-source', 'Medics said']]);
    expect(kinds('Locals said the river had flooded.')).toEqual([['vague-source', 'Locals said']]);
    expect(kinds('One teammate said he was upset.').map(([k]) => k)).toEqual(['anonymous-source']);
    expect(kinds('The local school said it was closed.')).toEqual([]);
  });
});

describe('"the source"', () => {
  it('says nothing of who: it is the unnamed person cited last', () => {
    const refs = detect('A person familiar with the matter said the deal was close. The source added that it was signed.').map((f) => f.sourceRef);
    expect(refs).toEqual(['person', 'person']);
  });
});

describe('"call" with its object fronted', () => {
  it('"what critics call “a scheme”" voices the judgement; a quote that is the object does not', () => {
    expect(kinds('The bill closes what some call the "tax loophole" for good.')).toEqual([['vague-source', 'some call']]);
    expect(kinds('The town, with its capital on the river, called the "Crossroads" by locals, grew.')).toEqual([]);
  });
});
