// Trains the attribution tagger (src/engine/detectors/source/learned.ts): an averaged perceptron
// over the features of learned-features.ts, tagging source and cue spans (BIO), on the train split
// of PolNeAR's attribution relations (../shared/corpora/polnear-attributions.jsonl), read over the
// engine's own sentences and tokens. Deterministic: fixed vocabularies (sorted by count, then
// alphabetically), a seeded shuffle, no clock. Pruned to the features that carry weight.
import {
  type Atoms, DYNAMIC_FEATURES, dynamicFeatures, N_TAGS, SLOT, type SentenceAtoms, sentenceAtoms, START, STATIC_FEATURES, staticFeatures,
  TAGS, TEMPLATES, WORD_RADIX,
} from '../../src/engine/detectors/source/learned-features';
import { type AddWeights, type AttributionModel, viterbi } from '../../src/engine/detectors/source/learned';
import { wordClassKey } from '../../src/engine/detectors/source/lexicon';
import { labelledSentences, readArticles } from '../polnear';

export const output = 'src/models/attribution.json';

const EPOCHS = 5;
// A word, suffix or feature seen fewer times than this in training is left out.
const MIN_WORD = 3;
const MIN_SUFFIX = 10;
const MIN_FEATURE = 10;
// Weights are stored as integers: the averaged weight times SCALE, rounded. A feature whose
// largest stored weight is below PRUNE is dropped.
const SCALE = 10;
const PRUNE = 50;

/** Cue-rate buckets: how often a word stands in a cue span, of all its occurrences. */
export function rateBucket(cue: number, total: number): number {
  if (total < 5 || cue === 0) return 0;
  const r = cue / total;
  return r >= 0.5 ? 4 : r >= 0.2 ? 3 : r >= 0.05 ? 2 : 1;
}

const byCountThenName = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function vocabulary(counts: Map<string, number>, min: number): string[] {
  return [...counts].filter(([, n]) => n >= min).sort(byCountThenName).map(([w]) => w);
}

/** A small seeded generator (mulberry32): the same shuffle on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

export function train(shared: string): AttributionModel {
  const sentences = readArticles(shared, 'train').flatMap(labelledSentences);

  // Vocabularies and cue rates.
  const words = new Map<string, number>();
  const cueWords = new Map<string, number>();
  const suffixes = new Map<string, number>();
  const classes = new Set<string>();
  for (const s of sentences)
    s.tokens.forEach((t, k) => {
      words.set(t.lower, (words.get(t.lower) ?? 0) + 1);
      if (s.tags[k] === 'B-C' || s.tags[k] === 'I-C') cueWords.set(t.lower, (cueWords.get(t.lower) ?? 0) + 1);
      if (t.word && t.lower.length > 3) suffixes.set(t.lower.slice(-3), (suffixes.get(t.lower.slice(-3)) ?? 0) + 1);
      if (t.word) classes.add(wordClassKey(t));
    });
  const wordList = vocabulary(words, MIN_WORD);
  const suffixList = vocabulary(suffixes, MIN_SUFFIX);
  const classList = [...classes].sort();
  const rates: Record<string, number> = {};
  for (const [w] of [...cueWords].sort(byCountThenName)) {
    const b = rateBucket(cueWords.get(w)!, words.get(w)!);
    if (b >= 2) rates[w] = b;
  }
  const atoms: Atoms = {
    words: new Map(wordList.map((w, i) => [w, i + 2])),
    rates: new Map(Object.entries(rates)),
    suffixes: new Map(suffixList.map((s, i) => [s, i + 1])),
    classes: new Map(classList.map((c, i) => [c, i + 1])),
  };

  // Static features of every token, computed once; then only those seen MIN_FEATURE times.
  const data = sentences.map((s) => {
    const a = sentenceAtoms(s.tokens, atoms, true);
    const feats = new Int32Array(s.tokens.length * STATIC_FEATURES);
    for (let k = 0; k < s.tokens.length; k++) staticFeatures(a, k, feats, k * STATIC_FEATURES);
    return { a, feats, gold: Uint8Array.from(s.tags, (t) => tagIndex.get(t)!) };
  });
  const seen = new Map<number, number>();
  for (const { feats } of data) for (const key of feats) seen.set(key, (seen.get(key) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const key of [...seen.keys()].sort((x, y) => x - y)) if (seen.get(key)! >= MIN_FEATURE) index.set(key, index.size);
  const staticIds = data.map(({ feats }) => feats.map((key) => index.get(key) ?? -1));

  // The averaged perceptron, with lazy averaging: `total` holds the sum of each weight over all
  // steps up to `stamp`.
  let capacity = (index.size + 4096) * N_TAGS;
  let w = new Float64Array(capacity);
  let total = new Float64Array(capacity);
  let stamp = new Float64Array(capacity);
  const idOf = (key: number): number => {
    let id = index.get(key);
    if (id === undefined) {
      id = index.size;
      index.set(key, id);
      if ((id + 1) * N_TAGS > capacity) {
        capacity *= 2;
        const grow = (x: Float64Array) => {
          const y = new Float64Array(capacity);
          y.set(x);
          return y;
        };
        w = grow(w);
        total = grow(total);
        stamp = grow(stamp);
      }
    }
    return id;
  };
  let step = 0;
  const bump = (id: number, tag: number, by: number) => {
    const at = id * N_TAGS + tag;
    total[at] += (step - stamp[at]) * w[at];
    stamp[at] = step;
    w[at] += by;
  };

  // Structured perceptron: decode each sentence with the current weights (Viterbi, as the engine
  // does); where the best sequence is not the gold one, move the weights of the gold sequence's
  // features up and those of the predicted one's down, token by token where they differ.
  const add: AddWeights = (keys, n, out, at) => {
    for (let j = 0; j < n; j++) {
      const id = index.get(keys[j]);
      if (id === undefined) continue;
      for (let t = 0; t < N_TAGS; t++) out[at + t] += w[id * N_TAGS + t];
    }
  };
  const keys = new Int32Array(DYNAMIC_FEATURES);
  const update = (a: SentenceAtoms, st: Int32Array, k: number, prev: number, tag: number, by: number) => {
    for (let j = 0; j < STATIC_FEATURES; j++) {
      const id = st[k * STATIC_FEATURES + j];
      if (id >= 0) bump(id, tag, by);
    }
    dynamicFeatures(a, k, prev, keys);
    for (let j = 0; j < DYNAMIC_FEATURES; j++) bump(idOf(keys[j]), tag, by);
  };
  const rnd = random(7);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const si of order) {
      const { a, gold } = data[si];
      const st = staticIds[si];
      step++;
      const predicted = new Uint8Array(a.n);
      viterbi(a, add, predicted);
      for (let k = 0; k < a.n; k++) {
        const gp = k ? gold[k - 1] : START;
        const pp = k ? predicted[k - 1] : START;
        if (gold[k] === predicted[k] && gp === pp) continue;
        update(a, st, k, gp, gold[k], 1);
        update(a, st, k, pp, predicted[k], -1);
      }
    }
  }

  // Average, round, prune; then keep only the words and suffixes the kept features use.
  const kept: [number, number[]][] = [];
  for (const [key, id] of [...index].sort((x, y) => x[0] - y[0])) {
    const ws: number[] = [];
    let big = 0;
    for (let t = 0; t < N_TAGS; t++) {
      const at = id * N_TAGS + t;
      const avg = (total[at] + (step - stamp[at]) * w[at]) / step;
      const v = Math.round(avg * SCALE) || 0;
      ws.push(v);
      big = Math.max(big, Math.abs(v));
    }
    if (big >= PRUNE) kept.push([key, ws]);
  }
  return compact(kept, wordList, suffixList, classList, rates);
}

// Templates whose value is a word id, a suffix id, or a tag and a word id.
const WORD_TEMPLATES = new Set(['w0', 'w-1', 'w+1', 'w-2', 'w+2'].map((n) => TEMPLATES.indexOf(n as never)));
const SUFFIX_TEMPLATE = TEMPLATES.indexOf('suffix');
const TAG_WORD_TEMPLATE = TEMPLATES.indexOf('tag-1|w0');

/** Renumbers words and suffixes to those the kept features use, so the model file carries no others. */
function compact(kept: [number, number[]][], wordList: string[], suffixList: string[], classList: string[], rates: Record<string, number>): AttributionModel {
  const wordOf = (key: number) => {
    const t = Math.floor(key / SLOT);
    const v = key % SLOT;
    if (WORD_TEMPLATES.has(t)) return v;
    if (t === TAG_WORD_TEMPLATE) return v % WORD_RADIX;
    return -1;
  };
  const usedWords = new Set<number>();
  const usedSuffixes = new Set<number>();
  for (const [key] of kept) {
    const wid = wordOf(key);
    if (wid >= 2) usedWords.add(wid);
    if (Math.floor(key / SLOT) === SUFFIX_TEMPLATE && key % SLOT > 0) usedSuffixes.add(key % SLOT);
  }
  const newWord = new Map([...usedWords].sort((x, y) => x - y).map((old, i) => [old, i + 2]));
  const newSuffix = new Map([...usedSuffixes].sort((x, y) => x - y).map((old, i) => [old, i + 1]));
  const weights: number[][] = [];
  for (const [key, ws] of kept) {
    const t = Math.floor(key / SLOT);
    let v = key % SLOT;
    const wid = wordOf(key);
    if (wid >= 2) v = t === TAG_WORD_TEMPLATE ? Math.floor(v / WORD_RADIX) * WORD_RADIX + newWord.get(wid)! : newWord.get(wid)!;
    if (t === SUFFIX_TEMPLATE && v > 0) v = newSuffix.get(v)!;
    weights.push([t * SLOT + v, ...ws]);
  }
  weights.sort((x, y) => x[0] - y[0]);
  // Each feature number as its difference from the one before: the file stays small.
  for (let i = weights.length - 1; i > 0; i--) weights[i][0] -= weights[i - 1][0];
  return {
    about: 'Attribution tagger (averaged perceptron, BIO tags for source and cue spans), trained by scripts/train/attribution.ts (npm run train) on the train split of PolNeAR (../shared/corpora/polnear-attributions.jsonl). Weights are integers: divide by scale.',
    scale: SCALE,
    words: [...newWord.keys()].map((old) => wordList[old - 2]),
    suffixes: [...newSuffix.keys()].map((old) => suffixList[old - 1]),
    classes: classList,
    rates,
    weights,
  };
}
