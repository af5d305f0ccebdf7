// hedge/hearsay-framing and the passive hedges of hedge/hearsay-verb: "there are reports that",
// "according to reports", "is said to", "allegations of", "her claim that".
import type { Token } from '../../../document';
import { findBehind, wordAt } from '../context';
import { NOUNS, PHRASES, inClass } from '../lexicon';
import type { CueMatch, HedgeRule, HedgeRuleId } from '../rule';

export const unprovenNouns: HedgeRule = {
  words: NOUNS,
  match: (_tokens, i) => ({ from: i, to: i, rule: 'hearsay-framing' }),
};

/**
 * "claim(s)" as the noun for an unproven assertion: "his claim that", "claims by officials",
 * "the claim was false". Not the verb ("critics claim", an attribution the source detector
 * handles), not a demand ("filed a claim", "insurance claims"), not a modifier ("claims department").
 */
function claimIsAssertion(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = wordAt(tokens, i, 1);
  if (inClass('claim-compound', next)) return false;
  if (findBehind(tokens, i, 2, (w) => inClass('claim-demand', w)) >= 0) return false;
  if (next === 'of' || next === 'by' || next === 'about') return true;
  if (!prev || !prev.word) return false;
  return inClass('determiner', prev.lower) || inClass('possessive', prev.lower) || /['’]s?$/.test(prev.text);
}

export const claims: HedgeRule = {
  words: ['claim', 'claims'],
  match: (tokens, i) => (claimIsAssertion(tokens, i) ? { from: i, to: i, rule: 'hearsay-framing' } : null),
};

export const framingPhrases: HedgeRule = {
  words: PHRASES.keys(),
  match(tokens, i): CueMatch | null {
    for (const phrase of PHRASES.get(tokens[i].lower) ?? []) {
      let ok = true;
      for (let k = 1; k < phrase.slots.length && ok; k++) ok = phrase.slots[k].has(wordAt(tokens, i, k) ?? '');
      if (ok) return { from: i, to: i + phrase.slots.length - 1, rule: phrase.rule as HedgeRuleId };
    }
    return null;
  },
};
