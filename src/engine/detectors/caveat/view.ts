// A sentence as the caveat rules read it: lower-case words by position, plus the small grammar
// helpers they share (negation, clause boundaries, skipping adverbs, the future-tense check).
// Every helper looks at a bounded window, so a rule stays linear in the sentence length.
import type { Sentence, Token } from '../../document';
import type { Span } from '../../types';
import { classSet, inClass, PHRASES, phraseStarts } from './lexicon';
import type { Anchor, CaveatRuleId } from './rule';

export interface View {
  tokens: readonly Token[];
  /** `tokens[i].lower`, or '' past either end. */
  w(i: number): string;
  length: number;
}

// A class rather than an object with a closure: a view is made for every sentence with an anchor.
class SentenceView implements View {
  readonly length: number;
  constructor(readonly tokens: readonly Token[]) {
    this.length = tokens.length;
  }
  w(i: number): string {
    return i >= 0 && i < this.tokens.length ? this.tokens[i].lower : '';
  }
}

export function viewOf(s: Sentence): View {
  return new SentenceView(s.tokens);
}

// The classes every window step reads, resolved once: these helpers are the detector's inner loop.
const NEGATION = classSet('negation');
const BOUNDARY = classSet('boundary');
const ADVERB = classSet('adverb');

/** "not", "never", "no", and every "n't" form ("didn't", "won't") the tokenizer keeps whole. */
export function isNegation(word: string): boolean {
  return NEGATION.has(word) || word.endsWith("n't");
}

export function isBoundary(word: string): boolean {
  return BOUNDARY.has(word);
}

/** Does the clause end at `word`: a boundary, the sentence's full stop, or past the last token? */
export function endsClause(word: string): boolean {
  return word === '' || word === '.' || isBoundary(word) || word === '"' || word === '”' || word === "'" || word === '’';
}

export function isAdverb(word: string): boolean {
  return ADVERB.has(word);
}

/** Index of the first word at or after `i` that is not a skippable adverb. */
export function skipAdverbs(v: View, i: number): number {
  while (i < v.length && isAdverb(v.w(i))) i++;
  return i;
}

/** The first index at or before `i` whose word fails `skip`. */
export function skipBack(v: View, i: number, skip: (w: string) => boolean): number {
  while (i >= 0 && skip(v.w(i))) i--;
  return i;
}

/** Index of the first word at or before `i` that is not a skippable adverb or a short aside set
 *  off by commas ("did not, however, respond", "declined, when asked on Monday, to comment",
 *  "weren't, for instance, able to"). */
export function skipAdverbsBack(v: View, i: number): number {
  for (;;) {
    while (i >= 0 && isAdverb(v.w(i))) i--;
    const open = v.w(i) === ',' ? asideOpening(v, i) : -1;
    if (open === -1) return i;
    i = open - 1;
  }
}

/** The longest aside a verb group is read across, in tokens between its commas. */
const ASIDE = 6;

/** For the comma at `close`: the comma that opens a short aside ending there, or -1. A list ("calls,
 *  emails, texts") opens no aside: the word before the opening comma must be a verb-group word. */
function asideOpening(v: View, close: number): number {
  for (let j = close - 2; j >= 1 && j >= close - 1 - ASIDE; j--) {
    const word = v.w(j);
    if (word === ',') return inClass('aux', v.w(j - 1)) || isNegation(v.w(j - 1)) || inClass('refuse', v.w(j - 1)) ? j : -1;
    if (isBoundary(word) || word === '"' || word === '“' || word === '”') return -1;
  }
  return -1;
}

/** The nearest index in the `window` words before `i` that satisfies `test`, not crossing a clause
 *  boundary (with `overCommas`, commas are crossed: an apposition between a subject and its verb,
 *  "the data is for Colorado, a state where ..., and does not reflect"); -1 if none. */
export function findBefore(v: View, i: number, window: number, test: (word: string) => boolean, overCommas = false): number {
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    const word = v.w(j);
    if (overCommas && word === ',') continue;
    if (isBoundary(word)) return -1;
    if (test(word)) return j;
  }
  return -1;
}

/** The nearest index in the `window` words after `i` that satisfies `test`, not crossing a clause boundary; -1 if none. */
export function findAfter(v: View, i: number, window: number, test: (word: string) => boolean): number {
  for (let j = i + 1; j < v.length && j <= i + window; j++) {
    const word = v.w(j);
    if (isBoundary(word)) return -1;
    if (test(word)) return j;
  }
  return -1;
}

/**
 * Do the words from `i` (up to `end`, at most 15) speak of the future ("whether he will run", "if
 * they plan to")?
 */
export function speaksOfFuture(v: View, i: number, end = v.length): boolean {
  for (let j = i; j < end && j < i + 15; j++) {
    const word = v.w(j);
    if (word === ';' || word === '?' || word === '!') return false;
    if (word.endsWith("'ll")) return true;
    // "would" is future-in-the-past ("whether the deal would survive") except in the counterfactual
    // "would have", which is about what happened.
    // so are "may" and "might" ("whether the plan may give way", "what effect it might have"),
    // except in "may have been", which is about what happened
    if (word === 'would' || word === "wouldn't" || word === 'may' || word === 'might') {
      if (v.w(j + 1) !== 'have' && v.w(j + 2) !== 'have') return true;
      continue;
    }
    if (word === 'going' && v.w(j + 1) !== 'to') continue;
    if (inClass('future', word)) return true;
  }
  return false;
}

/**
 * A negative subject in the clause before the verb at `i` ("None of the claims have been verified",
 * "Neither the embassy nor the ministry responded", "No one at the firm replied", "Nobody
 * answered"): the negation sits on the subject, not beside the verb. Returns its index or -1.
 */
export function negativeSubject(v: View, i: number, window = 10): number {
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    const word = v.w(j);
    if (isBoundary(word)) return -1;
    if (inClass('negative-subject', word)) return j;
    // "no one", and "no" opening the clause ("No official responded"); not "denied no one"
    if (word === 'no' && (v.w(j + 1) === 'one' || j === clauseStart(v, j))) return j;
  }
  return -1;
}

/**
 * What says, before the verb at `i`, that it did not or cannot happen: a negation beside it ("did
 * not", "has so far not", "never"), "has yet to", "unable to", "not able to", "failed to", or a
 * negative subject. Returns the first index of that blocker, or -1. Rules that must tell a refusal
 * from an inability read their own auxiliaries; this is for verbs where either one is a caveat
 * (verify, confirm, establish, reach for comment).
 */
export function blockerBefore(v: View, i: number): number {
  let j = skipAdverbsBack(v, i - 1);
  // passive: "could not be verified", "has not yet been established", "is not fully understood"
  if (v.w(j) === 'be' || v.w(j) === 'been' || v.w(j) === 'being') j = skipAdverbsBack(v, j - 1);
  const w = v.w(j);
  if (isNegation(w) && w !== 'without') {
    // "has so far not": a two-word adverbial before the negation
    let aux = skipAdverbsBack(v, j - 1);
    if (v.w(aux) === 'far' && v.w(aux - 1) === 'so') aux -= 2;
    return inClass('aux', v.w(aux)) || inClass('be', v.w(aux)) ? aux : j;
  }
  if (w === 'to') {
    // "has yet to", "is yet to" ("yet" is also a skippable adverb, so it is read first)
    if (v.w(j - 1) === 'yet') return inClass('aux', v.w(j - 2)) || inClass('be', v.w(j - 2)) ? j - 2 : j - 1;
    const before = skipAdverbsBack(v, j - 1);
    const b = v.w(before);
    if (inClass('verify-blocker', b) || inClass('find-out-blocker', b)) return before;
    // "was not able to", "were never able to"
    if (b === 'able') {
      const neg = skipAdverbsBack(v, before - 1);
      return isNegation(v.w(neg)) ? neg : -1;
    }
    // "no way to verify"
    if (b === 'way' && v.w(before - 1) === 'no') return before - 1;
    // "it was not possible to verify"
    if (b === 'possible') {
      const neg = skipAdverbsBack(v, before - 1);
      return isNegation(v.w(neg)) ? neg : -1;
    }
  }
  return negativeSubject(v, i);
}

/**
 * Is the word at `i` inside a condition ("If they make one discredited leak, ...", "even if the
 * figures were inflated")? What a condition supposes is not reported, so it qualifies no claim.
 * Only "if" opening a clause, or after "even"/"as": "unclear if", "asked if" ask a question.
 */
export function inCondition(v: View, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = v.w(j);
    if (isBoundary(w) || w === '.' || w === '"' || w === '“' || w === '”') return false;
    if (w !== 'if' && w !== 'unless') continue;
    const before = v.w(j - 1);
    return before === '' || isBoundary(before) || before === 'even' || before === 'as' || before === 'and' || before === 'but' || before === '"' || before === '“';
  }
  return false;
}

/**
 * Is the subject of the verb group at `at` a question opening the sentence ("What caused the fire is
 * being investigated", "Exactly how the files left is disputed")? Only at the sentence's start: after
 * a comma "who"/"which" open a relative clause ("Clinton, who has been criticized as ...").
 */
export function questionSubject(v: View, at: number): boolean {
  if (clauseStart(v, at) !== 0) return false;
  const first = skipAdverbs(v, 0);
  // not "when": a sentence opening "When he was questioned, ..." tells the time
  return ['what', 'how', 'why', 'who', 'whether', 'where'].includes(v.w(first)) && !speaksOfFuture(v, first + 1, at);
}

/** The first index of the clause that holds `i` (after the last boundary before it). */
export function clauseStart(v: View, i: number): number {
  let j = i;
  while (j > 0 && !isBoundary(v.w(j - 1))) j--;
  return j;
}

/** The span from the start of token `a` to the end of token `b`. */
export function span(v: View, a: number, b: number): Span {
  return { start: v.tokens[a].start, end: v.tokens[b].end };
}

/** The phrase of `rule` from caveat-phrases.txt that starts at token `i`, longest first, as a span. */
export function phraseAt(v: View, i: number, rule: CaveatRuleId): Span | null {
  const candidates = PHRASES.get(v.w(i));
  if (!candidates) return null;
  for (const p of candidates) {
    if (p.rule !== rule) continue;
    let k = 0;
    while (k < p.slots.length && p.slots[k].has(v.w(i + k))) k++;
    if (k === p.slots.length) return span(v, i, i + k - 1);
  }
  return null;
}

// A phrase matches only where every one of its slots does, so any slot can stand for it: the slot
// of longest words, other than grammar words ("no", "is", "the"), is the rarest in running text.
// Punctuation cannot stand for it (the engine finds words only).
const GRAMMAR = ['negation', 'be', 'aux', 'determiner', 'boundary', 'wh'] as const;
const WORD = /^[a-z0-9](?:.*[a-z0-9])?$/;
// Grammar words and the adverbs a verb group may hold ("also", "still") are in most sentences.
const rarity = (slot: ReadonlySet<string>) =>
  Math.min(...[...slot].map((w) => (!WORD.test(w) ? -1 : GRAMMAR.some((c) => inClass(c, w)) || isAdverb(w) ? 0 : w.length)));

/** The words of the rarest slot of every phrase of `rule`. */
function phraseTriggers(rule: CaveatRuleId): string[] {
  const phrases = new Set([...PHRASES.values()].flat().filter((p) => p.rule === rule));
  return [...phrases].flatMap((p) => [...p.slots.reduce((best, slot) => (rarity(slot) > rarity(best) ? slot : best))]);
}

/** An anchor at the first word of every phrase of `rule`. */
export function phraseAnchor(rule: CaveatRuleId): Anchor {
  return {
    classes: [],
    words: phraseStarts(rule),
    triggers: phraseTriggers(rule),
    match(v, i) {
      const cue = phraseAt(v, i, rule);
      return cue ? { rule, cues: [cue] } : null;
    },
  };
}
