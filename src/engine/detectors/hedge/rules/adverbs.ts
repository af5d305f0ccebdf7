// hedge/epistemic-adverb: "reportedly", "allegedly", "probably", "a possible suspect".
import type { Token } from '../../../document';
import { findBehind, wordAt } from '../context';
import { ADVERBS, inClass } from '../lexicon';
import type { CueMatch, HedgeRule } from '../rule';

const cue = (i: number): CueMatch => ({ from: i, to: i, rule: 'epistemic-adverb' });

export const epistemicAdverbs: HedgeRule = {
  words: ADVERBS,
  match: (_tokens, i) => cue(i),
};

/**
 * "possible" is epistemic in "a possible suspect" and "it is possible that", but not when it
 * measures effort or capacity: "as soon as possible", "the best possible", "made it possible",
 * "if possible", "possible to cross".
 */
function possibleIsEpistemic(tokens: readonly Token[], i: number): boolean {
  const prev = wordAt(tokens, i, -1);
  const next = wordAt(tokens, i, 1);
  if (inClass('degree', prev) || inClass('condition', prev) || inClass('enable', prev)) return false;
  if (prev === 'it' && inClass('enable', wordAt(tokens, i, -2))) return false;
  if (next === 'to' || next === 'for') return false;
  // "as many as possible", "as soon as possible"
  if (prev === 'as' || findBehind(tokens, i, 4, (w) => w === 'as') >= 0) return false;
  return true;
}

export const possible: HedgeRule = {
  words: ['possible'],
  match: (tokens, i) => (possibleIsEpistemic(tokens, i) ? cue(i) : null),
};
