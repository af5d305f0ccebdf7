// analyze() shows a detector that declares `triggers` only the sentences holding one of them
// (src/engine/triggers.ts). That is a speed-up and must never change a finding: here the engine
// is held to giving exactly what it gives when every detector reads every sentence.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import type { Detector } from '../../src/engine/detector';
import type { Sentence } from '../../src/engine/document';
import { detectors } from '../../src/engine/detectors';

/** The same detectors without triggers: each reads every sentence. */
const ungated: Detector[] = detectors.map((d) => ({ id: d.id, detect: (doc) => d.detect(doc) }));

const same = (text: string) => {
  const gated = analyze(text);
  const full = analyze(text, { detectors: ungated });
  expect(JSON.stringify(gated)).toBe(JSON.stringify(full));
};

// Cue words of every detector, pronouns that reach back to earlier sentences, names, and the
// punctuation and spellings a word scan could get wrong.
const pieces = [
  'reportedly', 'Allegedly', 'may', 'May', 'might have', 'could not', 'is said to', 'it has been reported that',
  'said', 'SAID', 'told', 'says', 'according to', 'a senior official', 'the official', 'officials', 'he', 'she',
  'they', 'He', 'experts say', 'critics argue', 'spokeswoman Jane Roe', 'Jane Roe, a spokeswoman for the agency,',
  'people familiar with the matter', 'on condition of anonymity', 'who spoke on condition of anonymity',
  'declined to comment', 'could not be independently verified', 'it is unclear whether', 'did not respond',
  'Governor Ortiz disagreed', 'The mayor', 'it', 'was', 'and', 'The river rose', 'Nobody knows', 'doesn’t',
  'don’t believe', '_reportedly', 'may-be',
  // anchors that read only where a second word is: a refusal before a verb of answering, "only"
  // or "nothing" after "say", "never" after "said she", a doubt word after "however"
  'would only say that', 'said nothing about', 'said she never', 'however', 'unclear', 'None of the firms responded',
  'has yet to respond', 'couldn’t comment', 'did n\'t', 'declined to', 'give details', 'had no comment', 'who \u212anows', 'U.S.', 'Mr.', '.', '?', '!', ',', '"', '“', '”',
  '’', '(', ')', '\n', ' ', ' ', '. ', '. ', '🧂', 'é',
];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(' '));

describe('trigger words', () => {
  it('change no finding: the same analysis as reading every sentence', () => {
    fc.assert(fc.property(fc.oneof(texts, texts, fc.string({ maxLength: 300 })), same), { numRuns: 1500 });
  });

  it('are found however they are written', () => {
    for (const text of ['He SAID it REPORTEDLY fell.', 'It’s believed they don’t know.', 'x_reportedly fell.', 'Who \u212anows what fell.'])
      same(text);
    // The Kelvin sign lower-cases to "k": "who knows" is a hedge even so.
    expect(analyze('Who \u212anows what happened.').findings.map((f) => f.kind)).toEqual(['hedge']);
  });

  it('open the sentences of anchors that need a second word (a refusal, "only", "never", a doubt)', () => {
    // Short, so that no other trigger word opens the sentence for the anchor.
    const texts = [
      'He would only say that.',
      'It said nothing.',
      'He said she never went.',
      'This, however, is unclear.',
      'None of them responded.',
      'He has yet to respond.',
      'He couldn’t comment.',
      'He declined to give details.',
    ];
    for (const text of texts) {
      // each is a caveat, and found as such with the triggers as without
      expect(analyze(text).findings.some((f) => f.kind === 'caveat'), text).toBe(true);
      same(text);
    }
  });

  /** The numbers of the sentences a detector with these trigger words is shown, per text. */
  const focusFor = (words: string[], ...texts: string[]) => {
    const seen: number[][] = [];
    const spy: Detector = {
      id: 'spy',
      triggers: new Set(words),
      detect: (_doc, focus?: readonly Sentence[]) => (seen.push((focus ?? []).map((s) => s.index)), []),
    };
    for (const text of texts) analyze(text, { detectors: [spy] });
    return seen;
  };

  it('show a detector only the sentences holding one of its words, with their true numbers', () => {
    expect(focusFor(['zebra', 'zebras'], 'A zebra ran. A horse ran. The zebrafish swam. Zebras? The ZEBRA slept.')).toEqual([[0, 3, 4]]);
  });

  it('find a word after "_" and past a Kelvin sign, and read a text whose lower case is longer in full', () => {
    const texts = [
      'A horse ran. Tag_zebra ran. A \u212aUDU ran. The zebra_ ran. A tag_horse ran.',
      // "İ" lower-cases to two units: the scan would lose its offsets, so every sentence is read.
      'A horse ran. İzmir is far. A zebra ran.',
    ];
    expect(focusFor(['zebra', 'kudu'], ...texts)).toEqual([
      [1, 2, 3],
      [0, 1, 2],
    ]);
  });
});
