// The attribution tagger: an averaged perceptron, trained on PolNeAR's attribution relations
// (scripts/train/attribution.ts, `npm run train`), that tags a sentence's tokens with BIO tags for
// source and cue spans. It finds attributions in shapes the rules in attribution.ts do not know
// ("among those who described", "provided to reporters by"); the rules still decide what kind of
// source a found phrase is. Decoding is greedy, left to right, as in training.
import model from '../../../models/attribution.json';
import type { Token } from '../../document';
import {
  allowed, type Atoms, DYNAMIC_FEATURES, dynamicFeatures, N_TAGS, O, sentenceAtoms, spansOf, START, STATIC_FEATURES,
  staticFeatures, type TaggedSpan,
} from './learned-features';

/** The model file: vocabularies, and weights (integers, divided by `scale`) by feature number. */
export interface AttributionModel {
  about: string;
  scale: number;
  words: string[];
  suffixes: string[];
  classes: string[];
  rates: Record<string, number>;
  /** Feature number (as its difference from the previous row's), then one weight per tag. */
  weights: number[][];
}

interface Loaded {
  atoms: Atoms;
  /** Feature number -> offset of its N_TAGS weights in `w`. */
  index: Map<number, number>;
  w: Float64Array;
}

export function loadModel(m: AttributionModel): Loaded {
  const atoms: Atoms = {
    words: new Map(m.words.map((w, i) => [w, i + 2])),
    rates: new Map(Object.entries(m.rates)),
    suffixes: new Map(m.suffixes.map((s, i) => [s, i + 1])),
    classes: new Map(m.classes.map((c, i) => [c, i + 1])),
  };
  const index = new Map<number, number>();
  const w = new Float64Array(m.weights.length * N_TAGS);
  let key = 0;
  m.weights.forEach(([delta, ...ws], i) => {
    key += delta;
    index.set(key, i * N_TAGS);
    for (let t = 0; t < N_TAGS; t++) w[i * N_TAGS + t] = ws[t] / m.scale;
  });
  return { atoms, index, w };
}

let loaded: Loaded | undefined;
const features = new Int32Array(STATIC_FEATURES + DYNAMIC_FEATURES);
const scores = new Float64Array(N_TAGS);

function add(l: Loaded, from: number, to: number): void {
  for (let j = from; j < to; j++) {
    const at = l.index.get(features[j]);
    if (at === undefined) continue;
    for (let t = 0; t < N_TAGS; t++) scores[t] += l.w[at + t];
  }
}

/** The tags of a sentence's tokens (indices into TAGS); `with` a model other than the committed one (tests). */
export function tagTokens(tokens: readonly Token[], withModel?: Loaded): Uint8Array {
  const l = withModel ?? (loaded ??= loadModel(model as AttributionModel));
  const a = sentenceAtoms(tokens, l.atoms);
  const tags = new Uint8Array(tokens.length);
  let prev2 = START;
  let prev = START;
  for (let k = 0; k < tokens.length; k++) {
    scores.fill(0);
    staticFeatures(a, k, features);
    add(l, 0, STATIC_FEATURES);
    dynamicFeatures(a, k, prev2, prev, features.subarray(STATIC_FEATURES));
    add(l, STATIC_FEATURES, STATIC_FEATURES + DYNAMIC_FEATURES);
    let best = O;
    for (let t = 1; t < N_TAGS; t++) if (allowed(prev, t) && scores[t] > scores[best]) best = t;
    tags[k] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}

/** The source and cue spans the tagger finds in a sentence, in text order. */
export function learnedSpans(tokens: readonly Token[]): TaggedSpan[] {
  return spansOf(tagTokens(tokens));
}

