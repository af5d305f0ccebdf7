// Which sentences hold a detector's trigger words: one case-insensitive regex of every detector's
// words, scanned once over the whole text. A sentence without any costs a detector nothing beyond
// this scan: it is not even tokenized unless another detector reads it. On news text about half
// of the characters are in sentences some detector must read.
import type { Detector } from './detector';
import type { Doc, Sentence } from './document';

interface Scanner {
  regex: RegExp;
  /** The same words for a text with "_" in it, where `\b` would not see a word start. */
  underscoreRegex: RegExp;
  /** Lower-case word -> bit set of the detectors (by position) it triggers. */
  masks: Map<string, number>;
  /** Bits of the detectors with triggers; the others read every sentence. */
  gated: number;
}

const scanners = new WeakMap<readonly Detector[], Scanner>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A trigger is a word token: it starts and ends with a letter or digit. Only ASCII: a non-ASCII
// trigger could miss a differently cased token ("ẞ" lower-cases to "ß", which a non-Unicode /i
// regex does not equate). A detector with any other trigger simply reads every sentence.
const ASCII_WORD = /^[a-z0-9](?:[\x21-\x7e’]*[a-z0-9])?$/;

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
    for (const w of words.map((w) => w.replace(/’/g, "'"))) masks.set(w, (masks.get(w) ?? 0) | (1 << k));
  });
  const alternatives = [...masks.keys()].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/'/g, "['’]"));
  // A token is a maximal run of letters and digits (with inner joiners), so it never has an ASCII
  // letter or digit right before or after it; the regex may also match inside a longer token
  // ("may" in "may-be"), which only shows a detector a sentence it finds nothing in. `\b` is the
  // fastest start test, but counts "_" as a letter ("_may" is "_" and "may" to the tokenizer), so
  // a text with "_" gets the slower look-behind.
  const words = alternatives.length ? alternatives.join('|') : '(?!)';
  const regex = new RegExp(`\\b(?:${words})(?![A-Za-z0-9])`, 'gi');
  const underscoreRegex = new RegExp(`(?<![A-Za-z0-9])(?:${words})(?![A-Za-z0-9])`, 'gi');
  scanner = { regex, underscoreRegex, masks, gated };
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
  // The Kelvin sign is the one non-ASCII character that lower-cases to an ASCII letter ("K" -> "k");
  // the regex would not see it, so such a text is read in full.
  if (text.includes('\u212a')) {
    for (const s of sentences) addTo(focus, gated, s);
    return focus;
  }
  const regex = text.includes('_') ? scanner.underscoreRegex : scanner.regex;
  regex.lastIndex = 0;
  let k = 0;
  let mask = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const at = m.index;
    while (k < sentences.length && sentences[k].end <= at) {
      if (mask) addTo(focus, mask, sentences[k]);
      mask = 0;
      k++;
    }
    if (k >= sentences.length) break;
    if (sentences[k].start > at) continue;
    let word = m[0].toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    mask |= masks.get(word) ?? gated;
    // Every detector reads this sentence already: its other words need not be found.
    if (mask === gated) regex.lastIndex = sentences[k].end;
  }
  if (k < sentences.length && mask) addTo(focus, mask, sentences[k]);
  return focus;
}
