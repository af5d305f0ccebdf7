// The hedge detector, rule by rule (GUIDELINES.md §1): what counts as a hedge, and the look-alike
// uses that do not. Every sentence here is written for this test.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document';
import { hedge } from '../../src/engine/detectors/hedge';

const findings = (text: string) => hedge.detect(buildDoc(text));
/** The cue texts found in `text` (all sentences). */
const cues = (text: string) => findings(text).flatMap((f) => f.cues.map((c) => c.text));
const ruleOf = (text: string) => findings(text).map((f) => f.rule);

function hedged(...sentences: string[]) {
  for (const s of sentences) expect(cues(s), s).not.toEqual([]);
}
function notHedged(...sentences: string[]) {
  for (const s of sentences) expect(cues(s), s).toEqual([]);
}

describe('hedge findings', () => {
  it('report one finding per sentence with every cue, spanning the first to the last cue', () => {
    const text = 'The mayor has resigned. Reportedly, the letter may have been forged and is believed to be fake.';
    const fs = findings(text);
    expect(fs).toHaveLength(1);
    const [f] = fs;
    expect(f.kind).toBe('hedge');
    expect(f.cues.map((c) => c.text)).toEqual(['Reportedly', 'may have', 'is believed to']);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.text.startsWith('Reportedly') && f.text.endsWith('is believed to')).toBe(true);
    expect(text.slice(f.sentence.start, f.sentence.end)).toBe(
      'Reportedly, the letter may have been forged and is believed to be fake.',
    );
  });

  it('take the rule and the explanation from the first cue', () => {
    const [f] = findings('The video may have been staged, officials reportedly said.');
    expect(f.rule).toBe('hedge/modal');
    expect(f.explanation).toBe("'may have': possible, not established");
  });

  it('find nothing in plain statements of fact', () => {
    notHedged('The council approved the budget on Tuesday.', 'She said the plant will close in March.');
  });
});

describe('hedge/epistemic-adverb', () => {
  it('counts epistemic adverbs and adjectives', () => {
    expect(ruleOf('The senator reportedly met the lobbyist twice.')).toEqual(['hedge/epistemic-adverb']);
    expect(findings('The senator reportedly met the lobbyist twice.')[0].explanation).toBe(
      "'reportedly': the writer does not vouch for this",
    );
    hedged(
      'The alleged bribe was paid in cash.',
      'The fire was probably started by a heater.',
      'Perhaps the pilot saw the other plane too late.',
      'The storm is likely to reach the coast tonight.',
      'An unconfirmed account put the crowd in the thousands.',
    );
  });

  it('leaves "likely voters", the pollsters\' term, alone', () => {
    notHedged('The survey reached 800 likely voters in the state.');
  });

  it('counts "possible" of a claim, not of effort or feasibility', () => {
    hedged('Police are looking into a possible motive.', 'It is possible that the letter was never sent.');
    notHedged(
      'The repairs will be finished as soon as possible.',
      'The team gave the best possible answer.',
      'New software made it possible to track every parcel.',
      'Access to the island is possible by boat.',
      'Each player has four possible moves.',
      'The bowler rolled the highest score possible.',
    );
  });
});

describe('hedge/modal', () => {
  it('counts "may", "might" and "could" of likelihood, with a following "have" or "be"', () => {
    expect(cues('The files may have been copied.')).toEqual(['may have']);
    expect(cues('The merger could collapse next week.')).toEqual(['could']);
    expect(cues('The leak might be an inside job.')).toEqual(['might be']);
  });

  it('does not count May the month or the name', () => {
    notHedged(
      'The law came into force in May.',
      'On May 5 the council met again.',
      'The vote was held last May.',
      'Prime Minister Theresa May spoke to reporters.',
      'May 2019 was the wettest month on record.',
    );
  });

  it('does not count a wish or a question', () => {
    notHedged('The crowd cheered, and may the best team win.', 'Well may we ask what the board was thinking.');
    hedged('The firm could one day rival its old partner.');
  });

  it('does not count a concessive idiom that grants any case', () => {
    notHedged(
      'Fares will rise or fall next spring, as the case may be.',
      'The club will sell the ground, whatever the case might be.',
      'Be that as it may, the council approved the scheme.',
      'Come what may, the ferry sails at dawn.',
      'Try as they might, the divers never reached the wreck.',
    );
    // The same words weighing a case stay hedges.
    hedged('The case may be heard in the spring.', 'Fares rose, as the operators had warned they might.', 'Whatever the board decides, the scheme may stall.');
  });

  it('does not count "could" of ability', () => {
    notHedged(
      'The governor could not attend the ceremony.',
      'The spokesman could not be reached for comment.',
      'They left early so that they could catch the train.',
      'From the tower she could see the harbour.',
    );
  });

  it('does not count "could" in a clause of purpose or proviso, however long its subject', () => {
    notHedged(
      'The team trained all winter so that the new striker from Porto could settle in.',
      'The army agreed to pull back provided the mountain pass near the border could be held.',
    );
    notHedged('He saved for years so he could buy the farm.');
    // "so" after a comma introduces a consequence, which is a likelihood.
    hedged('Rates are rising, so the project could stall.');
  });

  it('does not count "could" with a generic subject', () => {
    notHedged('One could argue that the bridge is ugly.', 'No one could doubt her courage.');
    hedged('The council could argue that the bridge is unsafe.');
  });

  it('counts "should" only when it predicts an outcome', () => {
    hedged('The new plant should help the company cut costs.', 'Prices should not rise much this year.');
    notHedged('The minister should resign, the opposition said.');
  });

  it('does not count "would" in reported speech, wishes or counterfactuals', () => {
    notHedged(
      'He said he would travel to Paris on Monday.',
      'The coach would like more time with the squad.',
      'The team would have won with a fit goalkeeper.',
    );
  });

  it('does not count "might" the noun', () => {
    notHedged('The parade showed off the military might of the regime.');
  });
});

describe('hedge/epistemic-verb', () => {
  it('counts verbs of belief and inference', () => {
    expect(ruleOf('The suspect is believed to have fled abroad.')).toEqual(['hedge/epistemic-verb']);
    hedged(
      'The ship appears to have sunk in minutes.',
      'The results seem too good to be true.',
      'The data suggest that the drug works.',
      'I think the vote will be close.',
      'Investigators suspect that the fire was set deliberately.',
      'Police arrested the suspected gunman at dawn.',
      'Experts assumed that the bridge was safe.',
      'The firm estimated that demand would double.',
      'The painting is considered the finest of his works.',
      'The treaty was widely regarded as a failure.',
      'The deal was seen as a victory for the unions.',
      'Many voters felt that the debate was unfair.',
      'The tower is supposed to have been built by monks.',
      'Several scientists questioned whether the sample was clean.',
      'The report cast doubt on the official figures.',
    );
  });

  it('leaves the plain uses of the same verbs alone', () => {
    notHedged(
      'The defendant appeared in court on Monday.',
      'The band appeared on national television.',
      'Voters were asked to think about the future.',
      'She works at a think tank in Washington.',
      'He belongs to a school of thought that rejects this.',
      'The suspect fled on foot.',
      'There is no doubt about the result.',
      'She assumed office in January.',
      'An estimated 20,000 people marched through the city.',
      'The board considered running a second round.',
      'The committee will consider it next week.',
      'In this regard the plan is sound.',
      'The gadget was first shown as seen on television.',
      'He felt pain in his left arm.',
      'Tenants are supposed to pay on the first of the month.',
    );
  });

  it('counts "suspect" the verb before its object, not the noun', () => {
    hedged('Detectives suspect a link between the two fires.', 'Regulators suspect his firm of hiding losses.');
    notHedged('Police questioned a suspect on Friday.', 'The suspect the guards saw has vanished.');
  });

  it('counts "is thought of as" like "is regarded as", not "thought of leaving"', () => {
    hedged('The lake is often thought of as the source of the river.');
    notHedged('He thought of leaving the band in 1990.');
  });

  it('counts "expect" of an outcome, not an event taken as given', () => {
    hedged(
      'The senator is expected to win the primary easily.',
      'Analysts expected the bank to cut rates.',
      'He expected the Austin, Texas, company to earn more.',
      'She expected the Reno, Nev., casino to close.',
    );
    notHedged(
      'As expected, the bank kept rates unchanged.',
      'Sales were higher than expected in the spring.',
      'Aides prepared for the expected debate question on trade.',
      'The ruling, which had been expected, ends the dispute.',
    );
  });
});

describe('forecasts', () => {
  it('count "predict", "forecast" and "foresee" held by a source', () => {
    hedged(
      'Several economists predict a sharp slowdown next year.',
      'The utility foresees a shortage of power by 2030.',
      'The chairman forecast an increase in profit for the year.',
      'Traders predicted that the currency would fall.',
    );
  });

  it('leave the noun, a figure taken as given, and an act to perform alone', () => {
    notHedged(
      'The weather forecast calls for rain.',
      'Most forecast models favour the incumbent.',
      'Retail sales rose 4%, far above the 2% forecast by economists.',
      'Sales grew faster than forecast in the spring.',
      'The outcome is hard to predict.',
      'The model was built to accurately predict floods.',
      'As predicted, the bank kept rates unchanged.',
    );
  });
});

describe('hedge/hearsay-verb', () => {
  it('counts passive hearsay and allegations', () => {
    expect(cues('The singer is said to have paid the fine.')).toEqual(['is said to']);
    expect(ruleOf('The singer is said to have paid the fine.')).toEqual(['hedge/hearsay-verb']);
    hedged(
      'The lawsuit alleges fraud by two directors.',
      'The general is rumored to be gravely ill.',
    );
  });
});

describe('hedge/hearsay-framing', () => {
  it('counts framings of rumour and report', () => {
    expect(ruleOf('There are reports that the border was closed.')).toEqual(['hedge/hearsay-framing']);
    hedged(
      'According to reports, the talks broke down overnight.',
      'There is news circulating that the singer has retired.',
      'The allegations that the coach lied are serious.',
      'Rumors of a takeover lifted the shares.',
      'If true, the letter would embarrass the ministry.',
      'It is claimed that the mayor knew of the deal.',
      'The deal was worth a reported $4 million.',
    );
  });

  it('counts "who knows" asked, not the relative "who" that knows', () => {
    hedged('Who knows whether the bridge will be finished on time.', 'The bridge may open in May, but who knows.');
    notHedged('She is the engineer who knows the bridge best.', 'Anyone who knows the harbour avoids the north quay.');
  });

  it('counts "claim" as the noun for an unproven assertion', () => {
    hedged('He repeated his claim that the count was rigged.', 'The ministry rejected claims of a secret deal.');
    // Named without being stated (GUIDELINES.md, conventions: allegation words).
    notHedged('She later withdrew the claim.', 'The ministry rejected claims by the rebels.', 'The claims could not be checked.');
  });

  it('leaves the claims department, a filed claim and the verb "claim" alone', () => {
    notHedged(
      'She works in the claims department of an insurer.',
      'The farmer filed a claim for the flood damage.',
      'Critics claim that the law is unfair.',
    );
  });

  it('counts "assertion" like "claim": with the claim it states, not a bare mention', () => {
    hedged('The minister repeated her assertion that the figures were wrong.', 'The assertion of a cover-up was never tested.');
    notHedged('Lawyers advised the board to avoid any sweeping assertion.', 'The assertion by the club was never tested.');
  });

  it('counts "belief" and "assumption" with a clause saying what is believed', () => {
    expect(ruleOf('The plan rests on the assumption that rates will fall.')).toEqual(['hedge/epistemic-verb']);
    hedged('The belief that the well was cursed kept villagers away.');
    notHedged(
      'The buyer agreed to the assumption of $2 million in debt.',
      'The festival celebrates the religious beliefs of the valley.',
    );
  });

  it('counts the idioms of likelihood', () => {
    expect(cues('In all probability the letter was lost in the post.')).toEqual(['In all probability']);
    hedged('The mill will in all likelihood close next year.');
  });
});

describe('a story built on a defector\'s word (the guidelines\' worked example, retold)', () => {
  it('flags the rumour, the speculation and the experts\' suggestion', () => {
    expect(cues('There is news circulating that a tape shows the general reportedly weeping.')).toEqual([
      'news circulating',
      'reportedly',
    ]);
    expect(cues('The defector speculated that the tape was meant to prepare the public.')).toEqual(['speculated']);
    expect(cues('Experts have suggested that the blockade has crippled the port.')).toEqual(['suggested']);
    notHedged('The account of the tape was given by a former guard.');
  });
});

describe('the rules do not reach across sentences', () => {
  it('keeps each finding inside its own sentence', () => {
    const text = 'The plan may work. It was approved. The cost is thought to be high.';
    const fs = findings(text);
    expect(fs).toHaveLength(2);
    for (const f of fs) expect(f.sentence.start <= f.start && f.end <= f.sentence.end).toBe(true);
  });
});

describe('settled conventions (GUIDELINES.md): what circumstances allow, plans, named charges, posed questions', () => {
  it('"could" beside a condition says what the condition allows', () => {
    notHedged(
      'If found guilty, the driver could face ten years in prison.',
      'The archive could fill a library, if anyone could find the boxes.',
      'She could have won the race if the wind had dropped.',
    );
    // "as if", "even if", "asked if" set no condition; other modals keep their likelihood.
    hedged(
      'The tower could collapse, engineers warned, as if nothing had been learned.',
      'The plant may close even if the sale goes through.',
      'The rally could draw thousands, organisers said.',
    );
  });

  it('"could be" with the participle of an act is an option; with a state or a view it is a likelihood', () => {
    notHedged('The funds could be spent on new buses.', 'An appeal could be made to the higher court.', 'Troops could be sent to the border.');
    hedged('The outbreak could be linked to the market.', 'The senator could be seen as a compromise pick.', 'The fire could have been started deliberately.');
  });

  it('a party\'s own plan ("expects to hire") is no hedge; an expectation about others is', () => {
    notHedged(
      'The bakery expects to open two more shops next year.',
      'The council is not expecting to raise taxes.',
      '“We expect strong demand for the new model,” the chief executive said.',
      'The brewery expects its sales to rise by a tenth.',
    );
    hedged(
      'Traders expect the bank to cut rates.',
      'The merger is expected to save the company millions.',
      'Analysts expect strong demand for the new model.',
      'The brewery expects the duty to rise by a tenth.',
    );
  });

  it('allegation nouns count when they state the claim, not when they name a charge', () => {
    notHedged(
      'The coach denied the allegations.',
      'Prosecutors dropped a fraud allegation against the mayor.',
      'The guards rejected accusations of cruelty.',
      'Two men were arrested on suspicion of smuggling cigarettes.',
    );
    hedged(
      'Allegations that the mayor took bribes surfaced last year.',
      'Rumours spread that the singer had quit the band.',
      'She faces accusations of hiding the money abroad.',
      'Suspicions of smuggling cigarettes hung over the port.',
      'He was fired on allegations that he had lied.',
    );
  });

  it('"accused of" names a charge (only forms of "allege" hedge it)', () => {
    notHedged('The former clerk is accused of stealing from the parish.');
    hedged('The former clerk allegedly stole from the parish.', 'The former clerk is alleged to have stolen from the parish.');
  });

  it('a question the article poses asks rather than claims', () => {
    notHedged(
      'How likely is a conviction?',
      '“What do you think?”',
      'Was it really possible that the letter was lost?',
      'Could the new bridge collapse?',
      'But might a recount change the result?',
      'Couldn’t the fire have started upstairs?',
    );
    hedged('Perhaps the answer was there all along?', 'The letter may have been lost, but who wrote it?');
  });
});

describe('permission, penalties, proposals and idioms (GUIDELINES.md, conventions: modals; §1 does not count)', () => {
  it('"could"/"may" of what a rule or the law permits is no likelihood', () => {
    notHedged(
      'Up to two thousand farmers could be eligible for the grant.',
      'Tenants may be entitled to a refund.',
      'The smuggling charge could carry a prison sentence of ten years.',
      'Her conduct may result in a fine from the league.',
    );
    // The same verbs with other complements still weigh a likelihood.
    hedged(
      'The farmers could be angry about the grant.',
      'The bridge could face closure next spring.',
      'The strike may result in empty shelves.',
      'Tenants may be unable to pay.',
    );
  });

  it('"may not be" with the participle of an act forbids it; with a state it doubts it', () => {
    notHedged('These photographs may not be copied or sold.');
    hedged('The figures may not be reliable.', 'The results may not be linked to the new drug.', 'The tablets may be copied in bulk.');
  });

  it('"may" after people named as holders of a right under a rule grants a permission', () => {
    notHedged('Visitors may park behind the chapel.', 'Members may bring one guest each.');
    hedged('Visitors may be disappointed by the chapel.', 'Visitors may have seen the thief.', 'Residents may face higher water bills.');
  });

  it('"believe" a person or a statement is trust, not a belief about a claim', () => {
    notHedged('Nobody should believe them.', "I'll believe it when I see the money.", 'Believe it or not, the ferry left on time.', 'Her sister did not believe her.');
    hedged('The jury believed him to be lying.', 'Investigators believe it was arson.', 'Her sister believes she left early.');
  });

  it('"suggested" with a gerund that takes an object proposes an act; other uses infer', () => {
    notHedged('The coach suggested moving the match to Sunday.', 'The mayor suggested putting off the vote.');
    hedged('The figures suggest growing demand.', 'The tests suggested that the pipe had cracked.', 'The clues suggest nothing is missing.');
  });

  it('"consider" of a policy adopted or a fact weighed is no view held', () => {
    notHedged(
      'The board voted to no longer consider late entries valid.',
      'The gap is striking when you consider that the school is new.',
    );
    hedged('The board still considers late entries invalid.', 'Many historians consider the treaty a failure.');
  });

  it('"one estimate" is the noun; "one estimates" the verb', () => {
    notHedged('The flood cost the region $4 billion, according to one estimate.');
    hedged('One estimates the flood cost the region $4 billion.');
  });
});

describe('advice, wishes, ability, plans and proposals (GUIDELINES.md, conventions: modals, "would like", counterfactuals, plans)', () => {
  it('"may/might want to", "may wish to", "might do well to" give advice, not a likelihood', () => {
    notHedged(
      'You might want to bring an umbrella.',
      'The council may wish to review the contract.',
      'The club might do well to sell the striker.',
      'Investors may just want to read the small print.',
    );
    // Without the infinitive of advice the modal weighs a likelihood again.
    hedged('The council may review the contract.', 'Voters might want change more than they admit.', 'The club might sell the striker.');
  });

  it('a modal after a verb of wishing is counterfactual', () => {
    notHedged('I wish I could sing like that.', 'She wished the ferry might wait for her.');
    hedged('She said the ferry might wait for her.', 'The ferry could be late again.');
  });

  it('"could" of the extent of what someone is able to do is an ability', () => {
    notHedged(
      'The crew did everything they could to save the ship.',
      'All she could do was wait for the bus.',
      'There was nothing anyone could have done.',
      'He ran as fast as he could.',
      'The builders did the best they could with the timber.',
      'It was the longest queue they could remember.',
      'You could say the plan failed.',
    );
    // The same heads as the subject of "could" keep its likelihood.
    hedged(
      'Everything could change next week.',
      'All the files could vanish overnight.',
      'Much of the valley could flood.',
      'The best team could still lose.',
      'It is a fire that could spread.',
      'The biggest storm could hit on Monday.',
      'The longest bridge in the region could close.',
    );
  });

  it('"supposed to be" of a plan or a norm is no belief; "supposed to have", "supposed to be caused" are', () => {
    notHedged(
      'The visit was supposed to be a short one.',
      'The cuts were supposed to be temporary.',
      'This is not what the park is supposed to be about.',
    );
    hedged('The statue is supposed to have been carved by monks.', 'The noise is supposed to be caused by the wind.');
  });

  it('"suggest" with a clause of duty proposes an act; with a likelihood or a fact it infers', () => {
    notHedged('The auditor suggested that the town should sell the land.', 'Her lawyer suggested the hearing be postponed.');
    hedged(
      'The auditor suggested that the town may have sold the land.',
      'The bones suggest that the two birds must share an ancestor.',
      'The memo suggested the deal wouldn’t be simple.',
      'The data suggested the pipe was cracked.',
    );
  });

  it('"possible" of what something enabled, or of what became feasible, is no likelihood', () => {
    notHedged('The grant made the new library possible.', 'Cheaper batteries have made longer flights possible.', 'The crossing became possible after the thaw.');
    hedged('It became possible that the vote would be delayed.', 'A possible suspect was seen near the bank.');
  });
});

describe('nouns of conjecture (GUIDELINES.md, conventions: allegation words — stated, not named)', () => {
  it('"speculation" counts with its content, not as the trade or the bare noun', () => {
    hedged('The visit fuelled speculation that the minister would resign.', 'There was speculation about a merger.', 'Speculation over his health grew.');
    notHedged('The tax is aimed at land speculation.', 'Shares rose on takeover speculation.', 'The speculation continued all week.');
  });

  it('a theory named after its author is no conjecture in doubt', () => {
    notHedged('The proof of the Poincaré conjecture took a century.', 'The model builds on the Kuznets hypothesis.');
    hedged('The team tested the hypothesis that the lake was once salt water.', 'Historians conjecture that the map was copied.');
  });
});

describe('"could" of an act by someone who acts is an option (GUIDELINES.md, conventions: modals — "the department could bring indictments")', () => {
  it('a person, an office, a body or a name with a verb of an act: no likelihood', () => {
    notHedged(
      'She could take a firmer line on the budget.',
      'Prosecutors could still go after the smugglers.',
      'Officials said the company could sell its river barges.',
      'The agency could use the new satellites to map the coast.',
      'The report names three landers that Orbitex could use for the trip.',
      'The senators could each file a motion.',
    );
  });

  it('things, events and verbs of a state or an outcome keep the likelihood', () => {
    hedged(
      'The merger could collapse next week.',
      'Prices could rise again in the spring.',
      'He could lose his seat in the spring.',
      'She could become the first mayor from the valley.',
      'The company could be in trouble.',
      'The drought could use up the reservoir.',
    );
  });

  it('"might" and "may" stay likelihoods even of an act (the labelled corpora mark them)', () => {
    hedged('She might take a firmer line on the budget.', 'The agency may use the new satellites.');
  });

  it('a clause someone believes, fears or hopes, or a possibility named, weighs a likelihood', () => {
    expect(cues('Analysts worry that the company could sell its river barges.')).toEqual(['could']);
    expect(cues('There is a chance that she could take a firmer line.')).toEqual(['could']);
    expect(cues('Some believe he could win back the county.')).toContain('could');
  });

  it('no subject is read from a modifier, a sentence opening or a headline\'s capitals', () => {
    hedged(
      'The errata of John M. Ford could fill a book.',
      'The return of another candidate could split the vote.',
      'Events could overtake the talks.',
      'Why the Farm Plan Could Backfire on Growers',
    );
    // Words that only end like an agent noun are no person: "the weather", "the incident".
    hedged('The weather could delay the launch.', 'The incident could sour the talks.');
  });
});
