// Reading around a cue inside one sentence. Rules see the sentence's tokens and the index of the
// candidate cue; these helpers keep the bounds checks and the punctuation handling in one place.
import type { Token } from '../../document';

/** The lower-case word `k` tokens away from `i` (negative: before), or undefined past a
 *  sentence edge or when that token is punctuation. */
export function wordAt(tokens: readonly Token[], i: number, k: number): string | undefined {
  const t = tokens[i + k];
  return t && t.word ? t.lower : undefined;
}

/** Is the token `k` away from `i` punctuation, or past the sentence edge? */
export function isBreak(tokens: readonly Token[], i: number, k: number): boolean {
  const t = tokens[i + k];
  return !t || !t.word;
}

/** Index of the first word in `words` within `span` tokens after `i`, before any punctuation;
 *  -1 if none. */
export function findAhead(tokens: readonly Token[], i: number, span: number, test: (word: string) => boolean): number {
  for (let j = i + 1; j <= i + span && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.word) return -1;
    if (test(t.lower)) return j;
  }
  return -1;
}

/** Same as findAhead, looking back. */
export function findBehind(tokens: readonly Token[], i: number, span: number, test: (word: string) => boolean): number {
  for (let j = i - 1; j >= i - span && j >= 0; j--) {
    const t = tokens[j];
    if (!t.word) return -1;
    if (test(t.lower)) return j;
  }
  return -1;
}

export function isCapitalised(token: Token): boolean {
  const c = token.text[0];
  return c !== c.toLowerCase();
}

export function isNumber(token: Token | undefined): boolean {
  if (!token) return false;
  const c = token.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Index of the first word token of the sentence (quotes and brackets may come before it). */
export function firstWordIndex(tokens: readonly Token[]): number {
  for (let j = 0; j < tokens.length; j++) if (tokens[j].word) return j;
  return -1;
}
