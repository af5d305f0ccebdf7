// Sentence segmentation: one linear pass over the candidate full stops of the text.
// Copes with titles ("Gen. Smith"), abbreviations ("the U.S. Army", "Acme Inc. said"), initials
// ("John F. Kennedy"), decimals ("3.5"), ellipses and closing quotes ("... he said." Then).
import type { Span } from './types';
import titleList from '../lexicons/title-abbreviations';
import abbreviationList from '../lexicons/abbreviations';
import starterList from '../lexicons/sentence-starters';

const TITLES = new Set(titleList);
const ABBREVIATIONS = new Set(abbreviationList);
const STARTERS = new Set(starterList);

// A run of terminal punctuation, closing quotes/brackets after it, then white space; or a line
// break (paragraphs, headlines and list items end at one).
// The lookbehind makes only the first stop of a run start a match: without it a long run of stops
// with no space after it ("......") is retried from every position, which is quadratic.
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["'”’»)\]]*)(?=\s)|\n/g;
const WORD_BEFORE = /([\p{L}\p{N}.&-]+)$/u;
const NEXT_WORD = /^\s*(["'“‘«(\[]*)([\p{L}\p{N}]+)?/u;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Does the full stop at the end of `before` belong to an abbreviation rather than end the sentence? */
function stopIsAbbreviation(before: string, after: string): boolean {
  const m = WORD_BEFORE.exec(before.slice(-40));
  if (!m) return false;
  const word = m[1].replace(/^[.&-]+/, '');
  const lower = word.toLowerCase();
  const next = NEXT_WORD.exec(after.slice(0, 60));
  const nextWord = next?.[2] ?? '';
  const opensQuote = !!next?.[1];
  // Lower-case continuation or a number after the stop: the sentence goes on ("Jan. 5", "etc. and").
  if (nextWord && !opensQuote && !isUpper(nextWord[0])) return true;
  if (TITLES.has(lower)) return true;
  // Initials: "John F. Kennedy", "J.K. Rowling". A lone capital before a stop.
  const startsNewSentence = opensQuote || STARTERS.has(nextWord.toLowerCase());
  if (/^\p{Lu}$/u.test(word)) return !startsNewSentence;
  if (ABBREVIATIONS.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) return !startsNewSentence;
  return false;
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
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0] === '\n') {
      push(m.index);
      continue;
    }
    const end = m.index + m[0].length;
    const punct = m[1];
    if (punct === '.' && stopIsAbbreviation(text.slice(Math.max(start, m.index - 40), m.index), text.slice(end, end + 60))) continue;
    // A question or exclamation inside a quote followed by a lower-case attribution goes on:
    // "“Why now?” she asked."
    if (punct !== '.' || m[2]) {
      const next = NEXT_WORD.exec(text.slice(end, end + 40));
      const w = next?.[2];
      if (w && !next?.[1] && !isUpper(w[0]) && !/^\p{N}/u.test(w)) continue;
    }
    push(end);
  }
  push(text.length);
  return spans;
}
