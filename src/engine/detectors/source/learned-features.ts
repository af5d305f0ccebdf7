// What the attribution tagger (learned.ts) sees of each token: its word, suffix, shape and word
// class (from the source lexicon), the same of its neighbours, how far the nearest strong cue word
// is, and the tag of the token before. Shared by the trainer
// (scripts/train/attribution.ts) and the engine, so that both read a sentence the same way.
//
// A feature is a number: template * SLOT + value, where the value is an atom id (a word, suffix or
// class interned in the model's vocabularies) or a small combination of them. Numbers rather than
// strings: the engine scores every token of the sentences it tags, and a number needs no string
// built per feature.
import type { Token } from '../../document';
import { wordClassKey } from './lexicon';
import { quotedTokens } from './quotes';

/** BIO tags for source and cue spans. */
export const TAGS = ['O', 'B-S', 'I-S', 'B-C', 'I-C'] as const;
export type Tag = (typeof TAGS)[number];
export const N_TAGS = TAGS.length;
export const O = 0;
export const B_S = 1;
export const I_S = 2;
export const B_C = 3;
export const I_C = 4;
/** The "tag" before a sentence's first token. */
export const START = 5;

/** May tag `next` follow tag `prev`? An inside tag only continues a span of its own kind. */
export const allowed = (prev: number, next: number): boolean =>
  next === I_S ? prev === B_S || prev === I_S : next === I_C ? prev === B_C || prev === I_C : true;

/** Feature templates, in a fixed order (their index is part of every feature number). */
export const TEMPLATES = [
  'bias', 'w0', 'w-1', 'w+1', 'w-2', 'w+2', 'suffix', 'shape', 'shape-1', 'shape+1',
  'class', 'class-1', 'class+1', 'class-2', 'class+2', 'class-1|class', 'class|class+1',
  'cue-left', 'cue-right', 'rate', 'position', 'tag-1', 'tag-1|w0', 'tag-1|class',
] as const;
export type Template = (typeof TEMPLATES)[number];
const T = Object.fromEntries(TEMPLATES.map((n, i) => [n, i])) as Record<Template, number>;
export const SLOT = 2 ** 21;
/** Combined values: a class id (< CLASS_RADIX) after a tag or another class; a word id after a tag. */
export const CLASS_RADIX = 1024;
export const WORD_RADIX = 2 ** 18;
export const STATIC_FEATURES = T['position'] + 1;

/** Word ids: 0 for a word the model does not know, 1 past either end of the sentence. */
export const UNKNOWN = 0;
export const EDGE = 1;

/**
 * The model's vocabularies. `words`: word -> id (from 2); `rates`: word -> how often it is a cue
 * word in the training data, as a bucket 1-4; `suffixes` and `classes`: -> id (from 1).
 */
export interface Atoms {
  words: ReadonlyMap<string, number>;
  rates: ReadonlyMap<string, number>;
  suffixes: ReadonlyMap<string, number>;
  classes: ReadonlyMap<string, number>;
}

// A word at least this likely to be a cue word counts as a strong cue (rate bucket ≥ 3).
export const STRONG_RATE = 3;

/** Word shapes: capitalisation and digits of words, the kind of punctuation of the rest. */
export function shapeOf(t: Token | undefined): number {
  if (!t) return 0;
  const s = t.text;
  const c = s.charCodeAt(0);
  if (t.word) {
    if (c >= 48 && c <= 57) return 1;
    if (t.lower === s) return 4;
    // Upper case throughout ("FBI") or a capital first ("Roe"), told by the second letter.
    const d = s.charCodeAt(1);
    return d >= 65 && d <= 90 ? 2 : 3;
  }
  switch (s) {
    case ',':
      return 5;
    case '.':
    case '?':
    case '!':
      return 6;
    case '"':
    case '“':
    case '”':
    case "'":
    case '’':
    case '‘':
      return 7;
    case '(':
    case ')':
      return 8;
    case '-':
    case '–':
    case '—':
      return 9;
    case ':':
    case ';':
      return 10;
    default:
      return 11;
  }
}

const distanceBucket = (d: number) => (d <= 0 ? 0 : d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6);

/** The atoms of a sentence's tokens, read once; the features of each token index into them. */
export interface SentenceAtoms {
  n: number;
  word: Int32Array;
  suffix: Int32Array;
  shape: Int32Array;
  cls: Int32Array;
  rate: Int32Array;
  cueLeft: Int32Array;
  cueRight: Int32Array;
  position: Int32Array;
}

function newAtoms(n: number): SentenceAtoms {
  return {
    n,
    word: new Int32Array(n),
    suffix: new Int32Array(n),
    shape: new Int32Array(n),
    cls: new Int32Array(n),
    rate: new Int32Array(n),
    cueLeft: new Int32Array(n),
    cueRight: new Int32Array(n),
    position: new Int32Array(n),
  };
}

// The engine tags one sentence at a time: its arrays are reused while sentences fit.
let shared = newAtoms(64);

/** Reads the atoms of `tokens`. `fresh`: new arrays the caller keeps (training); else shared ones.
 *  `quoted`: the sentence's quoted tokens (quotes.ts), when the caller has them already. */
export function sentenceAtoms(tokens: readonly Token[], atoms: Atoms, fresh = false, quoted = quotedTokens(tokens)): SentenceAtoms {
  const n = tokens.length;
  let a: SentenceAtoms;
  if (fresh) a = newAtoms(n);
  else {
    if (shared.word.length < n) shared = newAtoms(Math.max(n, shared.word.length * 2));
    a = shared;
    a.n = n;
  }
  let firstWord = -1;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const lower = t.lower;
    a.word[k] = atoms.words.get(lower) ?? UNKNOWN;
    a.rate[k] = atoms.rates.get(lower) ?? 0;
    a.suffix[k] = t.word && lower.length > 3 ? (atoms.suffixes.get(lower.slice(-3)) ?? 0) : 0;
    a.shape[k] = shapeOf(t);
    a.cls[k] = t.word ? (atoms.classes.get(wordClassKey(t)) ?? 0) : 0;
    if (firstWord < 0 && t.word) firstWord = k;
    a.position[k] = (quoted[k] ? 2 : 0) + (k === firstWord ? 1 : 0);
  }
  let last = -1;
  for (let k = 0; k < n; k++) {
    a.cueLeft[k] = last < 0 ? 0 : distanceBucket(k - last);
    if (a.rate[k] >= STRONG_RATE) last = k;
  }
  last = -1;
  for (let k = n - 1; k >= 0; k--) {
    a.cueRight[k] = last < 0 ? 0 : distanceBucket(last - k);
    if (a.rate[k] >= STRONG_RATE) last = k;
  }
  return a;
}

const f = (template: number, value: number) => template * SLOT + value;

/** Writes the STATIC_FEATURES features of token `k` that do not depend on earlier tags into `out`. */
export function staticFeatures(a: SentenceAtoms, k: number, out: Int32Array | number[], at = 0): void {
  const n = a.n;
  const c0 = a.cls[k] + 2;
  const cm1 = k > 0 ? a.cls[k - 1] + 2 : 1;
  const cp1 = k + 1 < n ? a.cls[k + 1] + 2 : 1;
  out[at] = f(T['bias'], 0);
  out[at + 1] = f(T['w0'], a.word[k]);
  out[at + 2] = f(T['w-1'], k > 0 ? a.word[k - 1] : EDGE);
  out[at + 3] = f(T['w+1'], k + 1 < n ? a.word[k + 1] : EDGE);
  out[at + 4] = f(T['w-2'], k > 1 ? a.word[k - 2] : EDGE);
  out[at + 5] = f(T['w+2'], k + 2 < n ? a.word[k + 2] : EDGE);
  out[at + 6] = f(T['suffix'], a.suffix[k]);
  out[at + 7] = f(T['shape'], a.shape[k]);
  out[at + 8] = f(T['shape-1'], k > 0 ? a.shape[k - 1] : 0);
  out[at + 9] = f(T['shape+1'], k + 1 < n ? a.shape[k + 1] : 0);
  out[at + 10] = f(T['class'], c0);
  out[at + 11] = f(T['class-1'], cm1);
  out[at + 12] = f(T['class+1'], cp1);
  out[at + 13] = f(T['class-2'], k > 1 ? a.cls[k - 2] + 2 : 1);
  out[at + 14] = f(T['class+2'], k + 2 < n ? a.cls[k + 2] + 2 : 1);
  out[at + 15] = f(T['class-1|class'], cm1 * CLASS_RADIX + c0);
  out[at + 16] = f(T['class|class+1'], c0 * CLASS_RADIX + cp1);
  out[at + 17] = f(T['cue-left'], a.cueLeft[k]);
  out[at + 18] = f(T['cue-right'], a.cueRight[k]);
  out[at + 19] = f(T['rate'], a.rate[k]);
  out[at + 20] = f(T['position'], a.position[k]);
}

export const DYNAMIC_FEATURES = 3;

/** Writes the features of token `k` that depend on the tag before it into `out` (first order, so
 *  that the best tag sequence can be found exactly, by Viterbi). */
export function dynamicFeatures(a: SentenceAtoms, k: number, prev: number, out: Int32Array | number[], at = 0): void {
  out[at] = f(T['tag-1'], prev);
  out[at + 1] = f(T['tag-1|w0'], prev * WORD_RADIX + a.word[k]);
  out[at + 2] = f(T['tag-1|class'], prev * CLASS_RADIX + a.cls[k] + 2);
}

/** A tagged span: `[from, to)` token indices of its sentence. */
export interface TaggedSpan {
  kind: 'source' | 'cue';
  from: number;
  to: number;
}

/** The spans of a tag sequence: each B-X with the I-X after it. */
export function spansOf(tags: ArrayLike<number>, n = tags.length): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < n; k++) {
    const t = tags[k];
    if (t !== B_S && t !== B_C) continue;
    const inside = t === B_S ? I_S : I_C;
    let e = k + 1;
    while (e < n && tags[e] === inside) e++;
    out.push({ kind: t === B_S ? 'source' : 'cue', from: k, to: e });
  }
  return out;
}
