// The analysed text as detectors see it: sentences, each with its tokens. Built once per text in
// linear time; detectors read it and never change it.
import { splitSentences } from './sentences';
import type { Span } from './types';

export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower case, with typographic apostrophes folded to "'". */
  lower: string;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  tokens: Token[];
}

export interface Doc {
  text: string;
  sentences: Sentence[];
  words: number;
}

// Words keep inner apostrophes, hyphens and dots ("don't", "co-founder", "U.S"); any other
// non-space character is a token of its own.
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const code = t.charCodeAt(0);
    const word = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    tokens.push({
      start: offset + m.index,
      end: offset + m.index + t.length,
      text: t,
      lower: code < 128 && !t.includes('’') ? t.toLowerCase() : t.toLowerCase().replace(/’/g, "'"),
      word,
    });
  }
  return tokens;
}

export function buildDoc(text: string): Doc {
  let words = 0;
  const sentences = splitSentences(text).map((span, index) => {
    const slice = text.slice(span.start, span.end);
    const tokens = tokenize(slice, span.start);
    for (const t of tokens) if (t.word) words++;
    return { index, start: span.start, end: span.end, text: slice, tokens };
  });
  return { text, sentences, words };
}
