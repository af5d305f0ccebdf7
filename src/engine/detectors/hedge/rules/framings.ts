// hedge/hearsay-framing and the passive hedges of hedge/hearsay-verb: "there are reports that",
// "according to reports", "is said to", "allegations of", "her claim that".
import type { Token } from '../../../document';
import { findAhead, findBehind, firstWordIndex, isCapitalised, wordAt } from '../context';
import { NOUNS, PHRASES, classWords, inClass } from '../lexicon';
import type { Phrase } from '../lexicon';
import type { CueMatch, HedgeRule, HedgeRuleId } from '../rule';

/**
 * An allegation noun counts when it introduces the claim itself: "allegations that he took
 * bribes", "rumours that she resigned", "accusations of taking bribes". Naming a charge without
 * stating it is no hedge: "he denied the allegations", "a rape allegation", "accusations of
 * brutality" (GUIDELINES.md, conventions: allegation words). A rumour is passed on by its object
 * too: "rumours of a takeover".
 */
function statesTheClaim(tokens: readonly Token[], i: number): boolean {
  // "allegations that", "rumors spread that", "accusations made by rivals that".
  if (findAhead(tokens, i, 4, (w) => w === 'that') >= 0) return true;
  const next = wordAt(tokens, i, 1);
  if (next !== 'of') return false;
  // "arrested on suspicion of murder", "held on allegations of fraud": the ground of an arrest,
  // a charge named as "accused of" names it.
  if (wordAt(tokens, i, -1) === 'on') return false;
  // "rumours of a takeover" pass on what is rumoured; "accusations of cruelty" name a charge,
  // "accusations of hiding the money" state it.
  const after = wordAt(tokens, i, 2);
  return inClass('rumour-noun', tokens[i].lower) || (!!after && after.length > 4 && after.endsWith('ing'));
}

/** "the Poincaré conjecture", "Kuznets's hypothesis": a theory named after its author, not a
 *  claim in doubt. */
export function namesTheory(tokens: readonly Token[], i: number): boolean {
  if (!inClass('theory-noun', tokens[i].lower)) return false;
  let j = i - 1;
  if (j >= 0 && /^['’]s?$/.test(tokens[j].text)) j--;
  const name = tokens[j];
  return !!name && name.word && j > firstWordIndex(tokens) && isCapitalised(name);
}

/** Does a noun of conjecture pass a claim on ("speculation that he will resign", "speculation
 *  about a merger"), rather than name a trade or stand bare ("land speculation")? */
function conjectureHasContent(tokens: readonly Token[], i: number): boolean {
  return statesTheClaim(tokens, i) || inClass('content-preposition', wordAt(tokens, i, 1));
}

export const unprovenNouns: HedgeRule = {
  words: NOUNS,
  match: (tokens, i) => {
    const lower = tokens[i].lower;
    if (inClass('allegation-noun', lower) && !statesTheClaim(tokens, i)) return null;
    if (inClass('speculation-noun', lower) && !conjectureHasContent(tokens, i)) return null;
    if (namesTheory(tokens, i)) return null;
    return { from: i, to: i, rule: 'hearsay-framing' };
  },
};

/**
 * "claim(s)", "assertion(s)" as the noun for an unproven assertion, when it introduces the claim
 * itself: "his claim that the count was rigged", "claims of a breakthrough" (GUIDELINES.md,
 * conventions: allegation words). Not a claim named without being stated ("she recanted the
 * claim", "claims about its benefits"), not the verb ("critics claim", an attribution the source
 * detector handles), not a demand ("filed a claim", "their claims to the land"), not a modifier
 * ("claims department").
 */
function claimIsAssertion(tokens: readonly Token[], i: number): boolean {
  const next = wordAt(tokens, i, 1);
  if (inClass('claim-compound', next)) return false;
  if (findBehind(tokens, i, 2, (w) => inClass('claim-demand', w)) >= 0) return false;
  if (next === 'of') return true;
  // The noun after a determiner or a possessive ("his claim that"), not the verb ("critics claim that").
  const prev = tokens[i - 1];
  const noun = !!prev && prev.word && (inClass('claim-determiner', prev.lower) || /['’]s?$/.test(prev.text));
  return noun && statesTheClaim(tokens, i);
}

export const claims: HedgeRule = {
  words: classWords('assertion-noun'),
  match: (tokens, i) => (claimIsAssertion(tokens, i) ? { from: i, to: i, rule: 'hearsay-framing' } : null),
};

/** "the belief that", "the assumption that": a belief named with what is believed. */
export const beliefNouns: HedgeRule = {
  words: classWords('belief-noun'),
  match: (tokens, i) => (wordAt(tokens, i, 1) === 'that' ? { from: i, to: i, rule: 'epistemic-verb' } : null),
};

/** An adverb that may sit inside a phrase: "is widely believed to", "is still tipped to". */
const isInnerAdverb = (word: string | undefined) => !!word && (inClass('inner-adverb', word) || (word.length > 4 && word.endsWith('ly')));

/** The index of the phrase's last token if it matches at `i`, or -1. One adverb may be skipped. */
function matchPhrase(tokens: readonly Token[], i: number, phrase: Phrase): number {
  let j = i;
  let skipped = false;
  for (let k = 1; k < phrase.slots.length; k++) {
    j++;
    let word = wordAt(tokens, j, 0);
    if (!phrase.slots[k].has(word ?? '') && !skipped && isInnerAdverb(word)) {
      skipped = true;
      j++;
      word = wordAt(tokens, j, 0);
    }
    if (!phrase.slots[k].has(word ?? '')) return -1;
  }
  return j;
}

// For each first word, every word its phrases accept second: "is" starts many phrases and is
// everywhere, so most of its occurrences are turned away with one lookup.
const SECOND_WORDS = new Map<string, Set<string>>();
for (const [first, phrases] of PHRASES) SECOND_WORDS.set(first, new Set(phrases.flatMap((p) => [...(p.slots[1] ?? [])])));

// A phrase matches only where every one of its slots does, so any slot can stand for it: the slot
// of longest words, other than the grammar words ("is", "has", "that"), is the rarest in running text.
const GRAMMAR_CLASSES = ['be', 'have', 'determiner', 'complementizer', 'subject-pronoun'] as const;
const rarity = (slot: ReadonlySet<string>) =>
  Math.min(...[...slot].map((w) => (GRAMMAR_CLASSES.some((c) => inClass(c, w)) ? 0 : w.length)));
const RAREST_SLOT_WORDS = new Set(
  [...PHRASES.values()].flat().flatMap((p) => [...p.slots.reduce((best, slot) => (rarity(slot) > rarity(best) ? slot : best))]),
);

/** "who knows whether it will hold" asks; "the one who knows the answer" and "anyone who knows
 *  him" relate: a "who" right after a word other than a conjunction is a relative pronoun. */
function isRelativeWho(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].lower !== 'who') return false;
  const prev = tokens[i - 1];
  return !!prev && prev.word && !inClass('clause-joiner', prev.lower);
}

export const framingPhrases: HedgeRule = {
  words: [...PHRASES.keys()],
  triggers: RAREST_SLOT_WORDS,
  match(tokens, i): CueMatch | null {
    if (isRelativeWho(tokens, i)) return null;
    const seconds = SECOND_WORDS.get(tokens[i].lower);
    const next = wordAt(tokens, i, 1) ?? '';
    if (!seconds || (!seconds.has(next) && !(isInnerAdverb(next) && seconds.has(wordAt(tokens, i, 2) ?? '')))) return null;
    for (const phrase of PHRASES.get(tokens[i].lower) ?? []) {
      const to = matchPhrase(tokens, i, phrase);
      if (to >= 0) return { from: i, to, rule: phrase.rule as HedgeRuleId };
    }
    return null;
  },
};
