// The analysed text as detectors see it: sentences, each with its tokens. Sentence boundaries are
// found for the whole text (sentence numbers must be exact); a sentence's text and tokens are made
// only when a detector reads them, so sentences no detector looks at cost nothing more.
import { isSpaceCode, splitSentences } from './sentences';
import type { Span } from './types';

export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower case, with typographic apostrophes folded to "'". */
  lower: string;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
  /** What the source lexicon knows of this word, looked up the first time a rule asks (undefined
   *  until then): a rule asks about the same token many times, and a field read is cheaper than a
   *  Map lookup. Every token has the field from the start, so all tokens share one shape. */
  lexicon: object | undefined;
}

export interface Sentence extends Span {
  index: number;
  readonly text: string;
  readonly tokens: Token[];
}

export interface Doc {
  text: string;
  sentences: Sentence[];
  /** How many word tokens the text has (counted on first read). */
  readonly words: number;
}

// Words keep inner apostrophes, hyphens and dots ("don't", "co-founder", "U.S"); any other
// non-space character is a token of its own. A hand-written scanner rather than a regex: this
// runs over every character of every page, and ASCII (most of it) needs no Unicode tables.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// The regex's answer for each non-ASCII UTF-16 unit outside the surrogates, remembered the first
// time it is asked (0: not asked yet, 1: no, 2: yes): curly quotes and dashes are common.
const BMP_LETTER_OR_DIGIT = new Uint8Array(0x10000);

/** Length in UTF-16 units of the letter or digit at `i`, or 0 if there is none; the text ends at `end`. */
function alnumAt(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff && i + 1 < end) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
    return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
  }
  let known = BMP_LETTER_OR_DIGIT[c];
  if (known === 0) BMP_LETTER_OR_DIGIT[c] = known = LETTER_OR_DIGIT.test(text[i]) ? 2 : 1;
  return known === 2 ? 1 : 0;
}

// What an ASCII unit is to the tokenizer, read from one table: most text is ASCII, and one load
// answers what would otherwise be a chain of range tests per character.
const SYMBOL = 0;
const LOWER = 1; // a lower-case letter or a digit: a word goes on, `lower` stays the text
const UPPER = 2; // an upper-case letter: a word goes on, `lower` must be made
const SPACE = 3;
const JOINER = 4; // ' . -: inside a word when a letter or digit follows
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_CLASS[c] =
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? LOWER : c >= 65 && c <= 90 ? UPPER : c === 32 || (c >= 9 && c <= 13) ? SPACE : c === 39 || c === 46 || c === 45 ? JOINER : SYMBOL;

// One shared string per ASCII symbol: punctuation is a third of all tokens.
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** Is the UTF-16 unit `c` an ASCII letter or digit? */
function isAsciiAlnum(c: number): boolean {
  return c < 128 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57));
}

/** Does a letter or digit start at `i` (before `end`)? */
function alnumStarts(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const k = ASCII_CLASS[c];
    return k === LOWER || k === UPPER;
  }
  return alnumAt(text, i, end) > 0;
}

export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeRange(text, 0, text.length, offset);
}

/** The tokens of `text` from `from` to `to`, as if that were the whole text; offsets are
 *  positions in `text` plus `shift`. A sentence is read in place: no copy of it is made. */
function tokenizeRange(text: string, from: number, to: number, shift: number): Token[] {
  const tokens: Token[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? ASCII_CLASS[c] : SYMBOL;
    if (k === SPACE) {
      i++;
      continue;
    }
    let len = k === LOWER || k === UPPER ? 1 : c < 128 ? 0 : alnumAt(text, i, n);
    if (len) {
      const wordStart = i;
      // Most words are plain lower-case ASCII: then `lower` is the text itself.
      let plain = k !== UPPER && c < 128;
      let curly = false;
      i += len;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const kd = ASCII_CLASS[d];
          if (kd === LOWER) i++;
          else if (kd === UPPER) {
            plain = false;
            i++;
          } else if (kd === JOINER && i + 1 < n && alnumStarts(text, i + 1, n)) i++;
          else break;
        } else if ((len = alnumAt(text, i, n))) {
          plain = false;
          i += len;
        } else if (d === 0x2019 && i + 1 < n && alnumStarts(text, i + 1, n)) {
          curly = true;
          i++;
        } else break;
      }
      const t = text.slice(wordStart, i);
      let lower = plain ? t : t.toLowerCase();
      if (curly) lower = lower.replace(/’/g, "'");
      tokens.push({ start: shift + wordStart, end: shift + i, text: t, lower, word: true, lexicon: undefined });
      continue;
    }
    if (c < 128) {
      const t = ASCII[c];
      tokens.push({ start: shift + i, end: shift + i + 1, text: t, lower: t, word: false, lexicon: undefined });
      i++;
      continue;
    }
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    // A lone symbol; keep a surrogate pair (an emoji) together.
    const size = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const t = text.slice(i, i + size);
    tokens.push({ start: shift + i, end: shift + i + size, text: t, lower: c === 0x2019 ? "'" : t.toLowerCase(), word: false, lexicon: undefined });
    i += size;
  }
  return tokens;
}

/** How many word tokens `tokenize(text)` would return, without making them. The same as the sum
 *  over the sentences: a word never spans the white space between two sentences. */
export function countWords(text: string): number {
  const n = text.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let len = isAsciiAlnum(c) ? 1 : c < 128 ? 0 : alnumAt(text, i, n);
    if (!len) {
      // A symbol, or white space; a high surrogate takes the next unit with it, as in tokenize().
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      continue;
    }
    words++;
    i += len;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isAsciiAlnum(d)) i++;
      else if (d >= 128 && (len = alnumAt(text, i, n))) i += len;
      else if (i + 1 < n && (d < 128 ? ASCII_CLASS[d] === JOINER : d === 0x2019) && alnumStarts(text, i + 1, n)) i++;
      else break;
    }
  }
  return words;
}

class LazySentence implements Sentence {
  private slice: string | undefined;
  private tokenList: Token[] | undefined;

  constructor(
    private readonly source: string,
    readonly index: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return (this.slice ??= this.source.slice(this.start, this.end));
  }

  get tokens(): Token[] {
    return (this.tokenList ??= tokenizeRange(this.source, this.start, this.end, 0));
  }

  /** Plain data, as a sentence object literal would print. */
  toJSON(): { index: number; start: number; end: number; text: string; tokens: Token[] } {
    return { index: this.index, start: this.start, end: this.end, text: this.text, tokens: this.tokens };
  }
}

// A class, not an object literal with a getter: V8 builds such a literal on its slow path, and a
// document is made for every call of analyze().
class LazyDoc implements Doc {
  readonly sentences: Sentence[];
  private wordCount: number | undefined;

  constructor(readonly text: string) {
    const spans = splitSentences(text);
    this.sentences = new Array<Sentence>(spans.length);
    for (let i = 0; i < spans.length; i++) this.sentences[i] = new LazySentence(text, i, spans[i].start, spans[i].end);
  }

  get words(): number {
    return (this.wordCount ??= countWords(this.text));
  }
}

export function buildDoc(text: string): Doc {
  return new LazyDoc(text);
}
