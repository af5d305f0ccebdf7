// Questions about single tokens that the source detector asks again and again.
import type { Token } from '../../document';
import { cuesFrom, hasRole, headClass, ROLE } from './lexicon';

export const isWord = (t: Token | undefined): t is Token => !!t && t.word;
const UPPER_FIRST = /^\p{Lu}/u;
/** Starts with a capital letter; ASCII (nearly every token) is answered without the regex. */
export const isCapitalized = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.text);
};
/** A lone apostrophe: a possessive ("the employees' lawyers") inside a phrase. */
export const isApostrophe = (t: Token): boolean => t.text === "'" || t.text === '’';
/** "U.S. officials", "Acme Inc. said": a stop attached to a capitalized word inside the sentence belongs to it. */
export const isAbbreviationStop = (tokens: readonly Token[], k: number) =>
  tokens[k].text === '.' && k > 0 && tokens[k - 1].word && tokens[k - 1].end === tokens[k].start && isCapitalized(tokens[k - 1]) && isWord(tokens[k + 1]);
/** "living", "polled": a participle after a noun starts a modifier ("a defector living in Seoul"). */
export const isParticiple = (t: Token) => t.lower.length > 4 && (t.lower.endsWith('ing') || t.lower.endsWith('ed')) && !isCapitalized(t) && headClass(t) === undefined;
export const isLyAdverb = (t: Token) => t.lower.length > 4 && t.lower.endsWith('ly') && !isCapitalized(t) && !NOT_LY_ADVERBS.has(t.lower);
// Common words in -ly that are nouns or verbs, not adverbs: "the family said", "aides reply".
const NOT_LY_ADVERBS: ReadonlySet<string> = new Set(['family', 'assembly', 'supply', 'reply', 'apply', 'imply', 'comply', 'rally', 'ally', 'monopoly', 'anomaly']);

/** "12", "1,200": a count written in digits, which picks out people as "twelve" does. */
export const isNumeral = (t: Token | undefined): boolean => isWord(t) && NUMERAL.test(t.text);
const NUMERAL = /^\d[\d,]*$/;

/** A count: "two", "several", "a dozen", "12". */
export const isCount = (t: Token | undefined): boolean => isWord(t) && (hasRole(t, ROLE.counted) || isNumeral(t));

/** Past an approximation of the count that follows ("more than | a dozen", "at least | three",
 *  "nearly | 20"): the index of the count, or `k` itself when no count follows. */
export function afterApproximation(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 3 && isWord(tokens[j]) && hasRole(tokens[j], ROLE.approx)) j++;
  return j > k && isCount(tokens[j]) ? j : k;
}

/** Does an anonymity cue phrase ("familiar with") start at token `k`? Returns its length or 0. */
export function cueAt(tokens: readonly Token[], k: number): number {
  const phrases = cuesFrom(tokens[k]);
  if (!phrases) return 0;
  for (const words of phrases) {
    let n = 0;
    while (n < words.length && tokens[k + n]?.lower === words[n]) n++;
    if (n === words.length) return n;
  }
  return 0;
}

// Adverbs of place that follow a head noun: "residents here", "officials there", "people nearby".
const PLACE: ReadonlySet<string> = new Set(['here', 'there', 'nearby']);

/** Starts what follows a head noun: a preposition, a relative pronoun, an anonymity cue, an adverb of place. */
export const isPostModifier = (tokens: readonly Token[], k: number) =>
  hasRole(tokens[k], ROLE.postmod) || hasRole(tokens[k], ROLE.rel) || PLACE.has(tokens[k].lower) || cueAt(tokens, k) > 0;

/** "in", "within", "at", "on": after a quantity or "those" it places the people ("many in the
 *  industry", "some on Twitter", "those at the meeting"). */
export const placesPeople = (t: Token | undefined): boolean => isWord(t) && (hasRole(t, ROLE.among) || t.lower === 'on');

// Nouns for a share of a group: "half of GOP voters", "a majority of economists", "56 percent of
// those polled", "two-thirds of respondents" (a share of those polled is a crowd).
const SHARES: ReadonlySet<string> = new Set(['half', 'majority', 'minority', 'plurality', 'percent', 'thirds', 'quarters', 'fraction', 'proportion', 'share']);
/** "half | of", "a majority | of": a share of the group after "of". */
export const isShareOf = (tokens: readonly Token[], k: number): boolean => isWord(tokens[k]) && SHARES.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of';
