// Sentence segmentation: one linear pass over the candidate full stops of the text.
// Copes with titles ("Gen. Smith"), abbreviations ("the U.S. Army", "Acme Inc. said"), initials
// ("John F. Kennedy", "E. T. A. Hoffmann"), decimals ("3.5"), ellipses, list numbers ("1. FC
// Pforzheim") and closing quotes ("... he said." Then).
// Every page is split in full (sentence numbers and counts must be exact), so the scan reads
// char codes and builds no strings except at the few stops that might be abbreviations.
import type { Span } from './types';
import titleList from '../lexicons/title-abbreviations';
import abbreviationList from '../lexicons/abbreviations';
import starterList from '../lexicons/sentence-starters';

const TITLES = new Set(titleList);
const ABBREVIATIONS = new Set(abbreviationList);
const STARTERS = new Set(starterList);

// Terminal punctuation or a line break (paragraphs, headlines and list items end at one). A run
// ends a sentence only with closing quotes/brackets and then white space after it; that is
// checked by hand, not by a lookahead, so a long run of dots cannot make the scan quadratic.
// `test` (not `exec`) finds the next one without allocating; the run is then read by hand.
const TERMINAL = /[.!?…\n]/g;
const LIST_NUMBER = /^\s*\p{N}{1,3}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const QUOTES = /["'“‘«`]/;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;

/** `/\s/` for one UTF-16 unit, without a regex. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** . ! ? … */
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** " ' ” ’ » ) ] */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
/** " ' “ ‘ « ( [ ` */
const isOpener = (c: number) => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91 || c === 96;

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]);
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Where the next word after position `i` lies (past white space and opening quotes): reading
 *  it as indices keeps the common case ("... held. The") free of string building. */
interface NextAt {
  openerFrom: number;
  wordStart: number;
  wordEnd: number;
}

function nextWordAt(text: string, i: number, out: NextAt): void {
  const n = Math.min(text.length, i + 60);
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  out.openerFrom = i;
  while (i < n && isOpener(text.charCodeAt(i))) i++;
  out.wordStart = i;
  while (i < n && isLetterOrDigit(text, i)) i++;
  out.wordEnd = i;
}

/** The word (letters, digits, inner dots, '&' and '-') that ends right before position `end`. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || c === 38 || c === 45 || isLetterOrDigit(text, i - 1)) i--;
    else break;
  }
  return text.slice(i, end);
}

/** Does the full stop after `before` (the word it ends) belong to an abbreviation rather than
 *  end the sentence? `next` is where the word after the stop lies in `text`. */
function stopIsAbbreviation(before: string, text: string, next: NextAt): boolean {
  let k = 0;
  while (k < before.length && (before[k] === '.' || before[k] === '&' || before[k] === '-')) k++;
  const word = k ? before.slice(k) : before;
  if (!word) return false;
  const nextLength = next.wordEnd - next.wordStart;
  const opened = next.wordStart > next.openerFrom;
  // A number after the stop: the sentence goes on ("Jan. 5", "No. 1").
  if (nextLength && !opened && isDigit(text[next.wordStart])) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  // Initials ("John F. Kennedy", "J.K. Rowling": a lone capital) and known abbreviations go on
  // unless the next word plainly opens a sentence; any other word ends it.
  const initial = word.length === 1 && isUpper(word);
  if (!initial && !ABBREVIATIONS.has(lower) && !(word.includes('.') && DOTTED.test(word))) return false;
  // Another initial follows ("E. T. A. Hoffmann"), even one that looks like the article "A".
  if (nextLength === 1 && isUpper(text[next.wordStart]) && text[next.wordEnd] === '.') return true;
  // A bracket after an abbreviation adds to it ("Amherst, N.Y. (AP)", "Acme Inc. (NYSE: ACM)");
  // a quote may open the next sentence.
  const opensQuote = opened && QUOTES.test(text.slice(next.openerFrom, next.wordStart));
  return !(opensQuote || STARTERS.has(text.slice(next.wordStart, next.wordEnd).toLowerCase()));
}

/**
 * Split `text` into sentences. Returned spans are trimmed of surrounding white space, cover every
 * non-blank character of the text once, and are in order.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  const at: NextAt = { openerFrom: 0, wordStart: 0, wordEnd: 0 };
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  TERMINAL.lastIndex = 0;
  while (TERMINAL.test(text)) {
    const from = TERMINAL.lastIndex - 1;
    if (text.charCodeAt(from) === 10) {
      push(from);
      continue;
    }
    let runEnd = from + 1;
    let dots = text.charCodeAt(from) === 46;
    while (runEnd < n && isTerminal(text.charCodeAt(runEnd))) {
      if (text.charCodeAt(runEnd) !== 46) dots = false;
      runEnd++;
    }
    TERMINAL.lastIndex = runEnd;
    let end = runEnd;
    while (end < n && isCloser(text.charCodeAt(end))) end++;
    if (end >= n || !isSpaceCode(text.charCodeAt(end))) continue;
    const closed = end > runEnd;
    nextWordAt(text, end, at);
    // A lower-case word after the stop continues the sentence: "Jan. 5 and", an ellipsis inside a
    // quote ("the three countries... is"), a question inside a quote before its attribution
    // ("“Why now?” she asked.").
    if (at.wordEnd > at.wordStart) {
      const first = text[at.wordStart];
      if (!isUpper(first) && !isDigit(first)) continue;
    }
    if (dots && runEnd - from === 1) {
      // ". . ." written with spaces: the dots belong together.
      if (text.startsWith('. ', from - 2) || text.startsWith(' .', end)) continue;
      // "1. FC Pforzheim": a list number, not a sentence.
      if (from - start <= 8 && LIST_NUMBER.test(text.slice(start, from))) continue;
      if (!closed && stopIsAbbreviation(wordBefore(text, Math.max(start, from - 40), from), text, at)) continue;
    }
    push(end);
  }
  push(n);
  return spans;
}
