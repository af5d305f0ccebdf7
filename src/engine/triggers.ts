// Which sentences hold a detector's trigger words: one regex of every detector's words, scanned
// once over a lower-cased copy of the text. A sentence without any costs a detector nothing beyond
// this scan: it is not even tokenized unless another detector reads it. On news text about half
// of the characters are in sentences some detector must read.
//
// The copy rather than a case-insensitive regex: V8 compiles a regex of ~1,000 words in about 3 ms
// without the `i` flag and 7 ms with it, on every start (the CLI, each page's content script), and
// the text is lower-cased natively in a fraction of that. In the copy "_" is a space, so one regex
// with `\b` finds "may" in "_may" as the tokenizer reads it (see scannerFor).
import type { Detector } from './detector';
import type { Doc, Sentence } from './document';

interface Scanner {
  regex: RegExp;
  /** Lower-case word -> bit set of the detectors (by position) it triggers. */
  masks: Map<string, number>;
  /** Bits of the detectors with triggers; the others read every sentence. */
  gated: number;
}

const scanners = new WeakMap<readonly Detector[], Scanner>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A trigger is a word token: it starts and ends with a letter or digit, and holds no "_" (which the
// scanned copy turns into a space). Only ASCII: a non-ASCII trigger could miss a differently cased
// token ("ẞ" lower-cases to "ß"). A detector with any other trigger simply reads every sentence.
const ASCII_WORD = /^[a-z0-9](?:[\x21-\x5e\x60-\x7e’]*[a-z0-9])?$/;

/**
 * What the scan looks for to find a trigger: a word with an apostrophe ("didn't", "n't") by its
 * part before it ("didn", "n"), which is found wherever the word is, in either apostrophe, and
 * rarely anywhere else. An alternative with an apostrophe class ("didn['’]t") made V8's scan of
 * every text ~12% slower: it no longer knows every alternative's characters in advance.
 */
const scanned = (w: string) => {
  const plain = w.replace(/’/g, "'");
  const at = plain.indexOf("'");
  return at > 0 ? plain.slice(0, at) : plain;
};

function scannerFor(detectors: readonly Detector[]): Scanner {
  let scanner = scanners.get(detectors);
  if (scanner) return scanner;
  const masks = new Map<string, number>();
  let gated = 0;
  detectors.forEach((d, k) => {
    if (!d.triggers || k > 30) return;
    const words = [...d.triggers].filter((w) => w !== '');
    if (!words.every((w) => ASCII_WORD.test(w))) return;
    gated |= 1 << k;
    for (const w of words.map(scanned)) masks.set(w, (masks.get(w) ?? 0) | (1 << k));
  });
  // (No key holds an apostrophe: see `scanned`.)
  const alternatives = [...masks.keys()].sort((a, b) => b.length - a.length).map(escape);
  // A token is a maximal run of letters and digits (with inner joiners), so it never has an ASCII
  // letter or digit right before or after it; the regex may also match inside a longer token
  // ("may" in "may-be"), which only shows a detector a sentence it finds nothing in. `\b` counts
  // "_" as a letter, hence the space for it in the scanned copy.
  const words = alternatives.length ? alternatives.join('|') : '(?!)';
  scanner = { regex: new RegExp(`\\b(?:${words})(?![A-Za-z0-9])`, 'g'), masks, gated };
  scanners.set(detectors, scanner);
  return scanner;
}

/** Adds sentence `s` to the focus of each detector in `mask`. */
function addTo(focus: (Sentence[] | undefined)[], mask: number, s: Sentence): void {
  for (let d = 0; mask >> d; d++) if (mask & (1 << d)) focus[d]!.push(s);
}

/** For each detector, the sentences holding one of its triggers, or undefined when it has none. */
export function focusOf(doc: Doc, detectors: readonly Detector[]): (Sentence[] | undefined)[] {
  const scanner = scannerFor(detectors);
  const { masks, gated } = scanner;
  const focus: (Sentence[] | undefined)[] = detectors.map((_, k) => (gated & (1 << k) ? [] : undefined));
  if (!gated) return focus;
  const { text, sentences } = doc;
  // Lower-casing keeps every offset, and turns no character but the Kelvin sign into an ASCII
  // letter ("K" -> "k", as tokens' `lower` has it too), except "İ", which becomes two units: a text
  // with it is read in full.
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    for (const s of sentences) addTo(focus, gated, s);
    return focus;
  }
  if (lower.includes('_')) lower = lower.replace(/_/g, ' ');
  const { regex } = scanner;
  regex.lastIndex = 0;
  let k = 0;
  let mask = 0;
  for (let m = regex.exec(lower); m; m = regex.exec(lower)) {
    const at = m.index;
    while (k < sentences.length && sentences[k].end <= at) {
      if (mask) addTo(focus, mask, sentences[k]);
      mask = 0;
      k++;
    }
    if (k >= sentences.length) break;
    if (sentences[k].start > at) continue;
    mask |= masks.get(m[0]) ?? gated;
    // Every detector reads this sentence already: its other words need not be found.
    if (mask === gated) regex.lastIndex = sentences[k].end;
  }
  if (k < sentences.length && mask) addTo(focus, mask, sentences[k]);
  return focus;
}
