// The caveat detector: each rule on sentences written for this test (never corpus sentences),
// with the look-alikes each rule must leave alone.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document';
import { caveat } from '../../src/engine/detectors/caveat';

const run = (text: string) => caveat.detect(buildDoc(text));
/** The rule that fired on a one-sentence text, or null. */
const ruleOf = (text: string) => {
  const f = run(text);
  expect(f.length).toBeLessThanOrEqual(1);
  return f.length ? f[0].rule : null;
};

const cases: Record<string, { fires: string[]; quiet: string[] }> = {
  verification: {
    fires: [
      'The photographs of the flooded depot could not be independently verified.',
      'The figure has not been confirmed by the port authority.',
      'Most of the sightings go unverified.',
      'An unverified recording of the meeting circulated on Sunday.',
      'The ministry would neither confirm nor deny the transfer.',
      'Fact-checking claims from inside the camp is extremely difficult.',
    ],
    quiet: [
      'The lab confirmed the sample matched the river water.',
      'Her nomination was not confirmed by the Senate until March.',
      'He could not attend the hearing because of the storm.',
    ],
  },
  'source-reliability': {
    fires: [
      'Accounts from former guards are notoriously unreliable, historians say.',
      'The informant has a history of false claims about the cartel.',
      'The tabloid paid for stories from neighbours of the couple.',
      'Several of their testimonies have fallen apart under cross-examination.',
      'The judge questioned the veracity of the witness.',
    ],
    quiet: ['The museum has a history of lending paintings abroad.', 'The workers were paid on Friday.'],
  },
  explicit: {
    fires: [
      'This account comes with the caveat that the diary was found decades later.',
      'It should be noted that the survey covered only two towns.',
      'The data, however, do not necessarily show a national trend.',
      'The new records cast doubt on the mayor’s version of events.',
    ],
    quiet: [
      'The bridge, however, reopened on Tuesday.',
      'However, the team won the next three games.',
      'She will finish the race, however unlikely that seems.',
      'The coach added a caveat: the new players need time.',
    ],
  },
  'non-response': {
    fires: [
      'The mining company declined to comment.',
      'A lawyer for the mayor did not respond to a request for comment.',
      'Harlan could not be reached for comment on Friday.',
      'The hospital would not say whether the patient had been moved.',
      'The agency declined to publicly detail the scope of the audit.',
      'Calls to the embassy went unanswered.',
      'The firm referred questions to its parent company.',
      'We do not discuss ongoing investigations, the bank said.',
      'The school declined to be interviewed for this story.',
      'Questions to the regulator were not answered.',
    ],
    quiet: [
      'The club declined to renew the contract.',
      'The campaign declined to discuss its plans for the spring.',
      'The senator would not say whether she will run again.',
      'He refused to say the words on stage.',
      "\"I wouldn't say that,\" the coach laughed.",
      'The officer, who was not named, described the scene.',
      'The carrier did not respond to the offer before the deadline.',
      'Financial details of the merger were not disclosed.',
      "The driver's name wasn't released.",
      'The letters were answered within a week.',
    ],
  },
  denial: {
    fires: [
      'The minister denied the report.',
      'The company has always denied it.',
      'The striker vigorously denied any wrongdoing.',
      'The union disputed the account given by the managers.',
      'The governor called the allegations baseless.',
      'Her spokesman rejected the characterization as a false narrative.',
      'The mayor later insisted she never signed the contract.',
      'Both men pleaded not guilty.',
    ],
    quiet: [
      'The suspect was denied bail.',
      'The board denied funding for the new stadium.',
      'The two countries are locked in a trade dispute.',
      'The committee rejected the bill on Tuesday.',
      'The airline did not dispute the figures.',
    ],
  },
  'open-question': {
    fires: [
      'It is unclear who else attended the dinner.',
      'It is not clear whether the files were ever opened.',
      'The cause of the leak remains unknown.',
      'There is no evidence that the pump was tampered with.',
      'The inspectors did not provide evidence that the dam was unsafe.',
      'Investigators were unable to determine which accounts had been accessed.',
      'It is too early to know whether the spike reflects a real rise.',
      'The names of the donors are not a matter of public record.',
    ],
    quiet: [
      'It is unclear whether the Greens will win the seat.',
      'It remains to be seen whether the deal will hold.',
      'How the market will react remains unclear.',
      'It is not clear if the new rules are going to pass.',
      'The band is a great unknown in the local scene.',
      'Courts did not require written evidence of the contract.',
      'The company is not a public firm.',
    ],
  },
  correction: {
    fires: [
      'An earlier version of this article misstated the date of the vote.',
      'This story has been updated with a statement from the council.',
      'Correction: The museum opens at 10 a.m., not 9 a.m.',
      'The caption incorrectly identified the man on the left.',
    ],
    quiet: ['The updated version of the phone ships in May.', 'The teacher corrected the essays overnight.'],
  },
};

describe('caveat detector', () => {
  for (const [rule, { fires, quiet }] of Object.entries(cases))
    describe(rule, () => {
      for (const text of fires) it(`fires: ${text}`, () => expect(ruleOf(text)).toBe(`caveat/${rule}`));
      for (const text of quiet) it(`quiet: ${text}`, () => expect(ruleOf(text)).toBeNull());
    });

  it('gives one finding per sentence, spanning its cues, with a plain explanation', () => {
    const text = 'The claim could not be independently verified, and the ministry declined to comment. The sky was clear.';
    const found = run(text);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.kind).toBe('caveat');
    expect(f.text).toBe('could not be independently verified');
    expect(f.explanation).toBe("'could not be independently verified': the article itself says this is unconfirmed");
    expect(text.slice(f.sentence.start, f.sentence.end)).toBe(
      'The claim could not be independently verified, and the ministry declined to comment.',
    );
  });

  it('keeps separate cues apart (however … doubt word)', () => {
    const [f] = run('The numbers, however, are not necessarily final.');
    expect(f.cues.map((c) => c.text)).toEqual(['however', 'necessarily']);
  });

  it('stays linear on long and repetitive input', () => {
    const text = 'However however however '.repeat(20000) + 'not necessarily.';
    const t0 = performance.now();
    run(text);
    run('declined to '.repeat(30000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
