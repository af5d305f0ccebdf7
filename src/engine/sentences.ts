// Sentence segmentation: one linear pass over the candidate full stops of the text.
// Copes with titles ("Gen. Smith"), abbreviations ("the U.S. Army", "Acme Inc. said"), initials
// ("John F. Kennedy", "E. T. A. Hoffmann"), decimals ("3.5"), ellipses, list numbers ("1. FC
// Pforzheim") and closing quotes ("... he said." Then).
import type { Span } from './types';
import titleList from '../lexicons/title-abbreviations';
import abbreviationList from '../lexicons/abbreviations';
import starterList from '../lexicons/sentence-starters';

const TITLES = new Set(titleList);
const ABBREVIATIONS = new Set(abbreviationList);
const STARTERS = new Set(starterList);

// A run of terminal punctuation, or a line break (paragraphs, headlines and list items end at
// one). A run ends a sentence only with closing quotes/brackets and then white space after it;
// that is checked by hand, not by a lookahead, so a long run of dots cannot make the scan quadratic.
const TERMINAL = /[.!?…]+|\n/g;
const CLOSERS = '"\'”’»)]';
const LIST_NUMBER = /^\s*\p{N}{1,3}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENERS = '"\'“‘«([`';
const QUOTES = /["'“‘«`]/;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;

function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

interface Next {
  /** Opening quotes or brackets before the next word. */
  opener: string;
  word: string;
  /** The character right after the next word ("." after an initial). */
  after: string;
}

/** The opening quotes, word and following character after position `i` (past white space). */
function nextWord(text: string, i: number): Next {
  const n = Math.min(text.length, i + 60);
  while (i < n && /\s/.test(text[i])) i++;
  const from = i;
  while (i < n && OPENERS.includes(text[i])) i++;
  const opener = text.slice(from, i);
  const wordStart = i;
  while (i < n && isLetterOrDigit(text[i])) i++;
  return { opener, word: text.slice(wordStart, i), after: text[i] ?? '' };
}

/** The word (letters, digits, inner dots, '&' and '-') that ends right before position `end`. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const ch = text[i - 1];
    if (ch === '.' || ch === '&' || ch === '-' || isLetterOrDigit(ch)) i--;
    else break;
  }
  return text.slice(i, end);
}

/** Does the full stop after `before` (the word it ends) belong to an abbreviation rather than
 *  end the sentence? */
function stopIsAbbreviation(before: string, next: Next): boolean {
  let k = 0;
  while (k < before.length && (before[k] === '.' || before[k] === '&' || before[k] === '-')) k++;
  const word = before.slice(k);
  if (!word) return false;
  // A number after the stop: the sentence goes on ("Jan. 5", "No. 1").
  if (next.word && !next.opener && isDigit(next.word[0])) return true;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  // Initials ("John F. Kennedy", "J.K. Rowling": a lone capital) and known abbreviations go on
  // unless the next word plainly opens a sentence; any other word ends it.
  const initial = word.length === 1 && isUpper(word);
  if (!initial && !ABBREVIATIONS.has(lower) && !(word.includes('.') && DOTTED.test(word))) return false;
  // Another initial follows ("E. T. A. Hoffmann"), even one that looks like the article "A".
  if (next.word.length === 1 && isUpper(next.word) && next.after === '.') return true;
  // A bracket after an abbreviation adds to it ("Amherst, N.Y. (AP)", "Acme Inc. (NYSE: ACM)");
  // a quote may open the next sentence.
  const opensQuote = next.opener !== '' && QUOTES.test(next.opener);
  return !(opensQuote || STARTERS.has(next.word.toLowerCase()));
}

/**
 * Split `text` into sentences. Returned spans are trimmed of surrounding white space, cover every
 * non-blank character of the text once, and are in order.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(text); m; m = TERMINAL.exec(text)) {
    if (m[0] === '\n') {
      push(m.index);
      continue;
    }
    const punct = m[0];
    let end = m.index + punct.length;
    while (end < text.length && CLOSERS.includes(text[end])) end++;
    if (end >= text.length || !/\s/.test(text[end])) continue;
    const closed = end > m.index + punct.length;
    const next = nextWord(text, end);
    // A lower-case word after the stop continues the sentence: "Jan. 5 and", an ellipsis inside a
    // quote ("the three countries... is"), a question inside a quote before its attribution
    // ("“Why now?” she asked.").
    if (next.word && !isUpper(next.word[0]) && !isDigit(next.word[0])) continue;
    if (/^\.+$/.test(punct)) {
      // ". . ." written with spaces: the dots belong together.
      if (punct === '.' && (text.startsWith('. ', m.index - 2) || text.startsWith(' .', end))) continue;
      // "1. FC Pforzheim": a list number, not a sentence.
      if (punct === '.' && m.index - start <= 8 && LIST_NUMBER.test(text.slice(start, m.index))) continue;
      if (punct === '.' && !closed && stopIsAbbreviation(wordBefore(text, Math.max(start, m.index - 40), m.index), next)) continue;
    }
    push(end);
  }
  push(text.length);
  return spans;
}
