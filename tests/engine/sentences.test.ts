// The sentence splitter: where a full stop ends a sentence and where it does not.
// Every text here is written for this test.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(split('The dam held. Is it safe? Nobody knows!')).toEqual(['The dam held.', 'Is it safe?', 'Nobody knows!']);
  });

  it('ends a sentence at a line break (headlines, paragraphs)', () => {
    expect(split('Flood warning issued\nThe river rose overnight.\n\nRoads closed.')).toEqual([
      'Flood warning issued',
      'The river rose overnight.',
      'Roads closed.',
    ]);
  });

  it('keeps titles with the name after them', () => {
    expect(split('Gen. Mark Hale spoke first. Mr. Ortiz and Mrs. Lee left. Sen. Ward agreed.')).toEqual([
      'Gen. Mark Hale spoke first.',
      'Mr. Ortiz and Mrs. Lee left.',
      'Sen. Ward agreed.',
    ]);
    expect(split('Brig. Gen. Ann Cole led the unit.')).toEqual(['Brig. Gen. Ann Cole led the unit.']);
  });

  it('reads "U.S." inside a sentence and at its end', () => {
    expect(split('The U.S. Navy sent a ship. It arrived late.')).toEqual(['The U.S. Navy sent a ship.', 'It arrived late.']);
    expect(split('She moved to the U.S. The move was hard.')).toEqual(['She moved to the U.S.', 'The move was hard.']);
    expect(split('In the U.K. prices fell.')).toEqual(['In the U.K. prices fell.']);
  });

  it('keeps initials with the surname', () => {
    expect(split('Harry S. Truman won. J.R. Miller lost.')).toEqual(['Harry S. Truman won.', 'J.R. Miller lost.']);
    expect(split('The tale inspired E. T. A. Hoffmann.')).toEqual(['The tale inspired E. T. A. Hoffmann.']);
  });

  it('does not split decimals, amounts or numbered abbreviations', () => {
    expect(split('Prices rose 3.5 percent to $1.25 billion. Sales fell.')).toEqual([
      'Prices rose 3.5 percent to $1.25 billion.',
      'Sales fell.',
    ]);
    expect(split('The No. 2 seed won on Jan. 12 in overtime.')).toEqual(['The No. 2 seed won on Jan. 12 in overtime.']);
  });

  it('keeps company and place abbreviations inside the sentence', () => {
    expect(split('Acme Inc. said profits rose. Acme Corp. The firm is small.')).toEqual([
      'Acme Inc. said profits rose.',
      'Acme Corp.',
      'The firm is small.',
    ]);
    expect(split('DENVER, Colo. (AP) -- Snow closed the pass. Drivers waited.')).toEqual([
      'DENVER, Colo. (AP) -- Snow closed the pass.',
      'Drivers waited.',
    ]);
    expect(split('The meeting ends at 5 p.m. Tomorrow we vote.')).toEqual(['The meeting ends at 5 p.m.', 'Tomorrow we vote.']);
  });

  it('keeps an example introduced by "e.g." in its sentence', () => {
    expect(split('Some birds (e.g. "Old World" vultures) scavenge. Others hunt.')).toEqual([
      'Some birds (e.g. "Old World" vultures) scavenge.',
      'Others hunt.',
    ]);
  });

  it('keeps closing quotes with their sentence and goes on after a quoted question', () => {
    expect(split('"We will rebuild," she said. "It will take years."')).toEqual([
      '"We will rebuild," she said.',
      '"It will take years."',
    ]);
    expect(split('“Why now?” he asked. Nobody answered.')).toEqual(['“Why now?” he asked.', 'Nobody answered.']);
  });

  it('treats ellipses followed by lower case as a pause', () => {
    expect(split('The talks... are over, he said. Then he left.')).toEqual(['The talks... are over, he said.', 'Then he left.']);
    expect(split('The window . . . is closing fast. Act now.')).toEqual(['The window . . . is closing fast.', 'Act now.']);
  });

  it('reads a number opening a list item as its label', () => {
    expect(split('1. FC Example won the cup.')).toEqual(['1. FC Example won the cup.']);
  });

  it('returns trimmed spans that cover every non-blank character once, in order', () => {
    const text = '  One. Two?  Three!\n\n Four ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two?', 'Three!', 'Four']);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });
});
