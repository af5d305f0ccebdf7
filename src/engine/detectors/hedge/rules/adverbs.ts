// hedge/epistemic-adverb: "reportedly", "allegedly", "probably", "a possible suspect".
import type { Token } from '../../../document';
import { findBehind, isBreak, isNumber, wordAt } from '../context';
import { ADVERBS, inClass } from '../lexicon';
import type { CueMatch, HedgeRule } from '../rule';

const cue = (i: number): CueMatch => ({ from: i, to: i, rule: 'epistemic-adverb' });

export const epistemicAdverbs: HedgeRule = {
  words: ADVERBS,
  // "likely voters" is the pollsters' term for a group, not a likelihood.
  match: (tokens, i) => (tokens[i].lower === 'likely' && inClass('likely-compound', wordAt(tokens, i, 1)) ? null : cue(i)),
};

/**
 * "possible" is epistemic in "a possible suspect" and "it is possible that", but not when it
 * measures effort or capacity: "as soon as possible", "the best (score) possible", "made it possible",
 * "if possible", "possible to cross", "access is possible", "four possible outcomes".
 */
function possibleIsEpistemic(tokens: readonly Token[], i: number): boolean {
  const prev = wordAt(tokens, i, -1);
  const next = wordAt(tokens, i, 1);
  if (inClass('degree', prev) || inClass('condition', prev) || inClass('enable', prev)) return false;
  // After its noun: "the best score possible", "the lowest price possible".
  const prev2 = wordAt(tokens, i, -2);
  if (prev2 !== 'as' && inClass('degree', prev2) && !inClass('determiner', prev)) return false;
  // "made it possible", "made this book possible", "has made faster trains possible": enabled.
  if (findBehind(tokens, i, 4, (w) => inClass('enable', w)) >= 0) return false;
  // "the deal became possible" states feasibility, as "the deal is possible" does.
  if (inClass('become', prev)) return next === 'that';
  if (next === 'to' || next === 'for') return false;
  if (isNumber(tokens[i - 1]) || inClass('cardinal', prev)) return false;
  // "as many as possible", "as soon as possible" (but "seen as a possible suspect" counts)
  if (prev === 'as') return false;
  // Predicative "X is possible" states feasibility, unless it opens a clause ("it is possible
  // that") or answers for a claim already made ("it was possible, but").
  const be = findBehind(tokens, i, 3, (w) => inClass('be', w));
  if (be >= 0 && !tokens.slice(be + 1, i).some((t) => inClass('determiner', t.lower) || inClass('possessive', t.lower))) {
    return next === 'that' || (findBehind(tokens, i, 4, (w) => w === 'it') >= 0 && isBreak(tokens, i, 1));
  }
  return true;
}

export const possible: HedgeRule = {
  words: ['possible'],
  match: (tokens, i) => (possibleIsEpistemic(tokens, i) ? cue(i) : null),
};
