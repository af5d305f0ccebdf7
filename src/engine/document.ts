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
// non-space character is a token of its own. A hand-written scanner rather than a regex: this
// runs over every character of every page, and ASCII (most of it) needs no Unicode tables.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Length in UTF-16 units of the letter or digit at `i`, or 0 if there is none. */
function alnumAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}

function isSpace(c: number, ch: string): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(ch));
}

/** An inner joiner of a word: apostrophe, typographic apostrophe, dot or hyphen. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

// One shared string per ASCII symbol: punctuation is a third of all tokens.
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** Is the UTF-16 unit `c` an ASCII letter or digit? */
function isAsciiAlnum(c: number): boolean {
  return c < 128 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let len = isAsciiAlnum(c) ? 1 : c < 128 ? 0 : alnumAt(text, i);
    if (len) {
      const from = i;
      // Most words are plain lower-case ASCII: then `lower` is the text itself.
      let plain = c >= 97 || c < 65;
      let curly = false;
      i += len;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isAsciiAlnum(d)) {
          if (d < 97 && d >= 65) plain = false;
          i++;
        } else if (d >= 128 && (len = alnumAt(text, i))) {
          plain = false;
          i += len;
        } else if (i + 1 < n && isJoiner(d) && (isAsciiAlnum(text.charCodeAt(i + 1)) || alnumAt(text, i + 1))) {
          if (d >= 128) curly = true;
          i++;
        } else break;
      }
      const t = text.slice(from, i);
      let lower = plain && c < 128 ? t : t.toLowerCase();
      if (curly) lower = lower.replace(/’/g, "'");
      tokens.push({ start: offset + from, end: offset + i, text: t, lower, word: true });
      continue;
    }
    if (isSpace(c, text[i])) {
      i++;
      continue;
    }
    // A lone symbol; keep a surrogate pair (an emoji) together.
    const size = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const t = c < 128 ? ASCII[c] : text.slice(i, i + size);
    tokens.push({ start: offset + i, end: offset + i + size, text: t, lower: c < 128 ? t : c === 0x2019 ? "'" : t.toLowerCase(), word: false });
    i += size;
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
