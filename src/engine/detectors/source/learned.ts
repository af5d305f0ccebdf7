// The attribution tagger: an averaged perceptron, trained on PolNeAR's attribution relations
// (scripts/train/attribution.ts, `npm run train`), that tags a sentence's tokens with BIO tags for
// source and cue spans. It finds attributions in shapes the rules in attribution.ts do not know
// ("among those who described", "provided to reporters by"); the rules still decide what kind of
// source a found phrase is. Decoding is greedy, left to right, as in training.
import polnearCues from '../../../lexicons/polnear-cues';
import model from '../../../models/attribution.json';
import type { Token } from '../../document';
import { type Attribution, byStart } from './attribution';
import { hasRole, hasVerbRole, isVerbForm, ROLE, VERB } from './lexicon';
import { AFTER_VERB, findHead, isAppositive } from './phrase';
import { quotedTokens } from './quotes';
import { isAbbreviationStop, isApostrophe, isLyAdverb } from './tokens';
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

/** The word of a cue that says what kind of predicate it is: the first that is not an auxiliary,
 *  a negation or an adverb ("has long said" -> "said"). */
export function cueWord(tokens: readonly Token[], cue: TaggedSpan): number {
  for (let k = cue.from; k < cue.to; k++) if (tokens[k].word && !hasRole(tokens[k], ROLE.aux) && !isLyAdverb(tokens[k])) return k;
  return cue.from;
}

/** The cue of a source span: one right after it (past auxiliaries and adverbs: "officials have
 *  long said") or right before it ("said a senior official"). A cue farther away belongs to
 *  another clause more often than not. */
function cueOf(tokens: readonly Token[], spans: readonly TaggedSpan[], source: TaggedSpan): TaggedSpan | undefined {
  let after = source.to;
  while (after < tokens.length && tokens[after].word && (hasRole(tokens[after], ROLE.aux) || isLyAdverb(tokens[after]))) after++;
  for (const c of spans) if (c.kind === 'cue' && (c.from === after || (c.to === source.from && !tokens[c.from - 1]?.word))) return c;
  return undefined;
}

/** A source span is a phrase: words, with apostrophes and the stops of abbreviations inside. */
function isPhrase(tokens: readonly Token[], span: TaggedSpan): boolean {
  for (let k = span.from; k < span.to; k++) if (!tokens[k].word && !isApostrophe(tokens[k]) && !isAbbreviationStop(tokens, k)) return false;
  return true;
}

/**
 * The rules' attributions of a sentence (`rules`, from findAttributions) with the tagger's: a
 * source span with a cue next to it, whose cue is a reporting predicate (a verb of the source
 * lexicon, or "according"). Where the rules have no attribution with that cue, the tagger's is
 * added; where they read a shorter phrase inside the tagger's span as the source of the same cue
 * ("the call" in "The staff member who reported the call recalled"), the tagger's phrase replaces
 * it. Each is a phrase site for classify(), which still decides whether the source is named,
 * unnamed or a crowd.
 */
export function withLearned(tokens: readonly Token[], rules: Attribution[]): Attribution[] {
  const spans = learnedSpans(tokens);
  let out = rules;
  const quoted = quotedTokens(tokens);
  for (const source of spans) {
    if (source.kind !== 'source' || quoted[source.from]) continue;
    const cue = isPhrase(tokens, source) ? cueOf(tokens, spans, source) : undefined;
    if (!cue) continue;
    const verb = cueWord(tokens, cue);
    if (!isReporting(tokens, verb)) continue;
    const found = findHead(tokens, source.from, source.to);
    if (!found) continue;
    const sameCue = out.find((a) => a.verb[0] < cue.to && cue.from < a.verb[1]);
    if (sameCue && (sameCue.head === undefined || sameCue.head === found.head || sameCue.head < source.from || sameCue.head >= source.to)) continue;
    if (out.some((a) => a !== sameCue && a.phrase && a.phrase[0] < source.to && source.from < a.phrase[1])) continue;
    const learned: Attribution = {
      order: 'learned',
      verb: [cue.from, cue.to],
      phrase: [found.start, source.to],
      head: found.head,
      context: [[found.end, source.to], [cue.to, Math.min(tokens.length, cue.to + AFTER_VERB)]],
      appositiveName: isAppositive(tokens, source.from, found, source.to),
      clear: hasVerbRole(tokens[verb], VERB.clear),
    };
    out = [...out.filter((a) => a !== sameCue), learned].sort(byStart);
  }
  return out;
}

// A PolNeAR cue word counts as a reporting predicate when it is one in most of its uses there.
const MIN_CUES = 10;
const MIN_CUE_SHARE = 0.5;

/** Words that are cues of attribution in most of their uses in PolNeAR (polnear-cues.txt). */
export const LEARNED_CUES: ReadonlySet<string> = new Set(
  polnearCues
    .map((line) => line.split(' '))
    .filter(([w, n, total]) => /^[a-z]+$/.test(w) && Number(n) >= MIN_CUES && Number(n) >= MIN_CUE_SHARE * Number(total))
    .map(([w]) => w),
);

/**
 * A cue the detector flags claims by: a reporting verb of the source lexicon, "according", or a
 * word that is a cue in most of its uses in PolNeAR and is not followed by "to": "declined to",
 * "vowed to", "urged X to" state an intention or a request, not a claim (GUIDELINES.md §2).
 */
function isReporting(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (isVerbForm(t) || hasRole(t, ROLE.according)) return true;
  if (!LEARNED_CUES.has(t.lower)) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 3); j++) if (tokens[j].lower === 'to') return false;
  return true;
}

