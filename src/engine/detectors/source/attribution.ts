// Finding attributions in a sentence: the reporting verb (or "according to", or an agentless
// passive) and the token range of the source phrase it attributes the claim to. Works on tokens
// only, without a parser: a source phrase is the run of words between a clause boundary and its
// verb ("X said"), after an inverting verb ("..., said X"), or after "according to" / "by".
import type { Token } from '../../document';
import { ANONYMITY_CUES, hasRole, verbRoles } from './lexicon';

export type Order = 'subject' | 'inverted' | 'according' | 'agent' | 'impersonal' | 'participle';

/** Token index ranges are half-open `[from, to)` into the sentence's tokens. */
export type Range = readonly [number, number];

export interface Attribution {
  order: Order;
  /** The reporting verb (or "according to", "is widely believed"). */
  verb: Range;
  /** The source phrase, without a leading connector; absent for impersonal attributions. */
  phrase?: Range;
  /** The head noun of the phrase. */
  head?: number;
  /** Where anonymity cues may sit: the phrase's post-modifiers, a parenthetical, what follows the verb. */
  context: Range[];
  /** A name stands in apposition to the phrase ("a spokesman, Jane Roe, said"). */
  appositiveName: boolean;
}

// Longest stretch of tokens read as one source phrase; keeps every search bounded.
const MAX_PHRASE = 18;
// How far after the verb an anonymity cue still counts ("said in interviews").
const AFTER_VERB = 6;

const isWord = (t: Token | undefined): t is Token => !!t && t.word;
export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const isLyAdverb = (t: Token) => t.lower.length > 4 && t.lower.endsWith('ly') && !isCapitalized(t);

/** Does an anonymity cue phrase ("familiar with") start at token `k`? Returns its length or 0. */
export function cueAt(tokens: readonly Token[], k: number): number {
  const phrases = ANONYMITY_CUES.get(tokens[k].lower);
  if (!phrases) return 0;
  for (const words of phrases) {
    let n = 0;
    while (n < words.length && tokens[k + n]?.lower === words[n]) n++;
    if (n === words.length) return n;
  }
  return 0;
}

const isPostModifier = (tokens: readonly Token[], k: number) =>
  hasRole(tokens[k].lower, 'postmod') || hasRole(tokens[k].lower, 'rel') || cueAt(tokens, k) > 0;

/**
 * The head of the phrase `[from, to)`: the last word before its first post-modifier
 * ("a source | familiar with ..."). Leading connectors and prepositions are skipped, and "of"
 * after a quantity looks into its complement ("some of | her longtime allies").
 */
export function findHead(tokens: readonly Token[], from: number, to: number): { start: number; head: number; end: number } | undefined {
  let start = from;
  while (start < to && isWord(tokens[start]) && (hasRole(tokens[start].lower, 'lead') || isPostModifier(tokens, start))) start++;
  let head = -1;
  let k = start;
  for (; k < to; k++) {
    const t = tokens[k];
    if (!t.word) {
      // A possessive apostrophe standing alone ("the employees' lawyers") stays inside the phrase.
      if ((t.text === "'" || t.text === '’') && head === k - 1) continue;
      break;
    }
    if (head >= 0 && isPostModifier(tokens, k)) {
      const quantity = hasRole(tokens[head].lower, 'quant') || hasRole(tokens[head].lower, 'counted');
      if (t.lower === 'of' && quantity) continue;
      break;
    }
    head = k;
  }
  if (head < 0) return undefined;
  return { start, head, end: k };
}

/** Walk left from `last` to the start of its clause; returns the first index of the clause. */
function clauseStart(tokens: readonly Token[], last: number): number {
  const limit = Math.max(0, last - MAX_PHRASE);
  let k = last;
  for (; k >= limit; k--) {
    const t = tokens[k];
    if (!t.word) {
      if ((t.text === "'" || t.text === '’') && k > 0 && isWord(tokens[k - 1])) continue;
      break;
    }
    if (hasRole(t.lower, 'boundary') || hasRole(t.lower, 'rel')) break;
    if (hasRole(t.lower, 'coord') && k < last) {
      // "current and former officials" is one phrase; "Clinton and her aides", "X and other
      // critics" end the phrase at the conjunction: the source is the part after it.
      const next = tokens[k + 1];
      const l = next.lower;
      if (isCapitalized(next) || hasRole(l, 'definite') || hasRole(l, 'counted') || hasRole(l, 'quant') || hasRole(l, 'possessive')) break;
    }
  }
  return k + 1;
}

/** The subject phrase that ends just before token `verbAt` (after skipping auxiliaries). */
function subjectBefore(tokens: readonly Token[], verbAt: number): Omit<Attribution, 'order' | 'verb'> | undefined {
  let j = verbAt - 1;
  while (j >= 0 && isWord(tokens[j]) && (hasRole(tokens[j].lower, 'aux') || isLyAdverb(tokens[j]))) j--;
  if (j < 0) return undefined;
  const context: Range[] = [[verbAt + 1, Math.min(tokens.length, verbAt + 1 + AFTER_VERB)]];
  let appositiveName = false;
  let end = j + 1;
  if (!tokens[j].word) {
    if (tokens[j].text !== ',') return undefined;
    // "One attendee, who spoke on condition of anonymity, said"; "a spokesman, Jane Roe, said".
    let p = j - 1;
    while (p >= Math.max(0, j - 30) && tokens[p].text !== ',' && (tokens[p].word || tokens[p].text === '-' || tokens[p].text === "'" || tokens[p].text === '’')) p--;
    if (p < 1 || tokens[p].text !== ',' || !isWord(tokens[p - 1])) return undefined;
    const first = tokens[p + 1];
    if (!isWord(first)) return undefined;
    const l = first.lower;
    const parenthetical = hasRole(l, 'rel') || hasRole(l, 'counted') || hasRole(l, 'definite') || hasRole(l, 'postmod') || isCapitalized(first);
    if (!parenthetical) return undefined;
    appositiveName = isCapitalized(first) && !hasRole(l, 'counted') && !hasRole(l, 'definite') && !hasRole(l, 'rel');
    context.push([p + 1, j]);
    end = p;
  }
  let start = clauseStart(tokens, end - 1);
  // "analysts, who until recently regarded ..." : the source is the noun the relative clause hangs on.
  const atStart = tokens[start - 1];
  if (start === end && atStart && hasRole(atStart.lower, 'rel')) {
    let a = start - 2;
    if (tokens[a]?.text === ',') a--;
    if (!isWord(tokens[a])) return undefined;
    context.push([start - 1, end]);
    end = a + 1;
    start = clauseStart(tokens, a);
  }
  if (start >= end) return undefined;
  const found = findHead(tokens, start, end);
  if (!found) return undefined;
  context.push([found.end, end]);
  return { phrase: [found.start, end], head: found.head, context, appositiveName };
}

/** A phrase that starts at `from` and runs to the next punctuation ("said a senior official who ..."). */
function phraseAfter(tokens: readonly Token[], from: number): Omit<Attribution, 'order' | 'verb'> | undefined {
  let to = from;
  const limit = Math.min(tokens.length, from + MAX_PHRASE);
  while (to < limit && (tokens[to].word || ((tokens[to].text === "'" || tokens[to].text === '’') && to > from))) to++;
  const found = findHead(tokens, from, to);
  if (!found) return undefined;
  // The phrase shown stops before a relative clause or a boundary word; the rest is context.
  let end = found.end;
  while (end < to && !hasRole(tokens[end].lower, 'rel') && !hasRole(tokens[end].lower, 'boundary')) end++;
  return { phrase: [found.start, end], head: found.head, context: [[found.end, Math.min(tokens.length, to + AFTER_VERB)]], appositiveName: false };
}

/** The nearest crowd or source noun earlier in the sentence: the subject of ", saying ...". */
function mainSubject(tokens: readonly Token[], before: number, isSourceNoun: (lower: string) => boolean): Omit<Attribution, 'order' | 'verb'> | undefined {
  for (let k = 0; k < before; k++) {
    const t = tokens[k];
    if (!t.word || !(isSourceNoun(t.lower) || hasRole(t.lower, 'he') || hasRole(t.lower, 'they'))) continue;
    const next = tokens[k + 1];
    if (isWord(next) && isSourceNoun(next.lower)) continue; // a modifier ("investment analysts")
    const start = clauseStart(tokens, k);
    const found = findHead(tokens, start, k + 1);
    if (!found) return undefined;
    return { phrase: [found.start, k + 1], head: k, context: [[k + 1, Math.min(before, k + 1 + AFTER_VERB)]], appositiveName: false };
  }
  return undefined;
}

const prevWord = (tokens: readonly Token[], k: number) => {
  let j = k - 1;
  while (j >= 0 && isWord(tokens[j]) && (isLyAdverb(tokens[j]) || hasRole(tokens[j].lower, 'impersonal'))) j--;
  return j;
};

/** Every attribution in one sentence, in order. `isSourceNoun` tells a noun that can head a source. */
export function findAttributions(tokens: readonly Token[], isSourceNoun: (lower: string) => boolean): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    if (hasRole(t.lower, 'according') && tokens[i + 1]?.lower === 'to') {
      const after = phraseAfter(tokens, i + 2);
      if (after) out.push({ order: 'according', verb: [i, i + 2], ...after });
      continue;
    }
    const roles = verbRoles(t.lower);
    if (!roles.size) continue;
    const before = tokens[i - 1];
    // "declined to say", "the said agreement": not an attribution.
    if (before && (before.lower === 'to' || hasRole(before.lower, 'definite') || hasRole(before.lower, 'counted'))) continue;

    if (roles.has('passive')) {
      const b = prevWord(tokens, i);
      if (b >= 0 && hasRole(tokens[b].lower, 'be')) {
        if (tokens[i + 1]?.lower === 'by') {
          const agent = phraseAfter(tokens, i + 2);
          if (agent) out.push({ order: 'agent', verb: [b, i + 2], ...agent });
          continue;
        }
        // "it is widely believed", "had been previously reported": nobody behind the claim.
        let s = b;
        while (s > 0 && isWord(tokens[s - 1]) && hasRole(tokens[s - 1].lower, 'aux')) s--;
        const itSubject = tokens[s - 1]?.lower === 'it';
        let impersonalAdverb = false;
        for (let k = b + 1; k < i; k++) if (hasRole(tokens[k].lower, 'impersonal')) impersonalAdverb = true;
        if (itSubject || impersonalAdverb) {
          out.push({ order: 'impersonal', verb: [itSubject ? s - 1 : b, i + 1], context: [], appositiveName: false });
          continue;
        }
        continue;
      }
    }
    if (roles.has('participle')) {
      if (before?.text === ',') {
        const subject = mainSubject(tokens, i - 1, isSourceNoun);
        if (subject) out.push({ order: 'participle', verb: [i, i + 1], ...subject });
      } else if (isWord(before) && !hasRole(before.lower, 'aux')) {
        const subject = subjectBefore(tokens, i);
        if (subject) out.push({ order: 'subject', verb: [i, i + 1], ...subject });
      }
      continue;
    }
    if (!roles.has('finite')) continue;
    const subject = subjectBefore(tokens, i);
    if (subject) {
      out.push({ order: 'subject', verb: [i, i + 1], ...subject });
      continue;
    }
    // "“...,” said a senior official": the verb follows punctuation and the source follows the verb.
    if (roles.has('invert') && (!before || !before.word)) {
      const after = phraseAfter(tokens, i + 1);
      if (after) out.push({ order: 'inverted', verb: [i, i + 1], ...after });
    }
  }
  return out;
}

export { isWord };
