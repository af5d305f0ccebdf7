// The attribution tagger: an averaged perceptron, trained on PolNeAR's attribution relations
// (scripts/train/attribution.ts, `npm run train`), that tags a sentence's tokens with BIO tags for
// source and cue spans, decoded by Viterbi. It finds attributions in shapes the rules in attribution.ts do not know
// ("among those who described", "provided to reporters by"); the rules still decide what kind of
// source a found phrase is.
import model from '../../../models/attribution.json';
import type { Token } from '../../document';
import { type Attribution, byStart, isSaidToInfinitive } from './attribution';
import { hasGrammarRole, hasRole, hasVerbRole, headClass, isVerbForm, ROLE, VERB } from './lexicon';
import { isPersonWord } from './person';
import { AFTER_VERB, findHead, isAppositive, MAX_PHRASE } from './phrase';
import { quotedTokens } from './quotes';
import { isAbbreviationStop, isApostrophe, isCapitalized, isLyAdverb, isWord } from './tokens';
import {
  allowed, type Atoms, DYNAMIC_FEATURES, dynamicFeatures, N_TAGS, O, sentenceAtoms, spansOf, START, STATIC_FEATURES,
  type SentenceAtoms, staticFeatures, type TaggedSpan,
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
  /** An open-addressing table from feature number to the offset of its N_TAGS weights in `w`
   *  (keys -1 where empty): every token asks it some 25 times, and typed arrays answer faster
   *  than a Map. */
  keys: Int32Array;
  offsets: Int32Array;
  mask: number;
  w: Float64Array;
}

// Multiplicative hashing: the feature numbers are spread over the table by their high bits.
const slotOf = (key: number, mask: number) => Math.imul(key, 0x9e3779b1) >>> 0 & mask;

export function loadModel(m: AttributionModel): Loaded {
  const atoms: Atoms = {
    words: new Map(m.words.map((w, i) => [w, i + 2])),
    rates: new Map(Object.entries(m.rates)),
    suffixes: new Map(m.suffixes.map((s, i) => [s, i + 1])),
    classes: new Map(m.classes.map((c, i) => [c, i + 1])),
  };
  let size = 1024;
  while (size < m.weights.length * 3) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const offsets = new Int32Array(size);
  const mask = size - 1;
  const w = new Float64Array(m.weights.length * N_TAGS);
  let key = 0;
  m.weights.forEach(([delta, ...ws], i) => {
    key += delta;
    let slot = slotOf(key, mask);
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    offsets[slot] = i * N_TAGS;
    for (let t = 0; t < N_TAGS; t++) w[i * N_TAGS + t] = ws[t] / m.scale;
  });
  return { atoms, keys, offsets, mask, w };
}

let loaded: Loaded | undefined;

/** Adds the weights of `features[0, n)` to `out` (N_TAGS scores from `at`). */
export type AddWeights = (features: Int32Array, n: number, out: Float64Array, at: number) => void;

function weightsOf(l: Loaded): AddWeights {
  const { keys, offsets, mask, w } = l;
  return (features, n, out, at) => {
    for (let j = 0; j < n; j++) {
      const key = features[j];
      let slot = slotOf(key, mask);
      while (keys[slot] !== key && keys[slot] !== -1) slot = (slot + 1) & mask;
      if (keys[slot] === -1) continue;
      const o = offsets[slot];
      for (let t = 0; t < N_TAGS; t++) out[at + t] += w[o + t];
    }
  };
}
let committed: AddWeights | undefined;

const features = new Int32Array(STATIC_FEATURES);
const scores = new Float64Array(N_TAGS);
// Per-sentence Viterbi tables, reused while sentences fit: best score of each tag at each token,
// and the tag before it on that best path.
let best = new Float64Array(64 * N_TAGS);
let back = new Uint8Array(64 * N_TAGS);
// The scores of each tag after each previous tag (START last), for one token.
const pair = new Float64Array((N_TAGS + 1) * N_TAGS);

/**
 * The best tag sequence for a sentence's atoms under the weights `add`, by Viterbi over
 * first-order tag transitions, an inside tag only after its own kind. Written into `tags`.
 * (The trainer decodes with it too: the structured perceptron learns from whole sequences.)
 */
export function viterbi(a: SentenceAtoms, add: AddWeights, tags: Uint8Array): void {
  const n = a.n;
  if (!n) return;
  if (best.length < n * N_TAGS) {
    best = new Float64Array(n * 2 * N_TAGS);
    back = new Uint8Array(n * 2 * N_TAGS);
  }
  for (let k = 0; k < n; k++) {
    scores.fill(0);
    staticFeatures(a, k, features);
    add(features, STATIC_FEATURES, scores, 0);
    pair.fill(0);
    const first = k === 0 ? START : 0;
    const last = k === 0 ? START : N_TAGS - 1;
    for (let p = first; p <= last; p++) {
      dynamicFeatures(a, k, p, features);
      add(features, DYNAMIC_FEATURES, pair, p * N_TAGS);
    }
    for (let t = 0; t < N_TAGS; t++) {
      let top = -Infinity;
      let from = first;
      for (let p = first; p <= last; p++) {
        if (!allowed(p, t)) continue;
        const v = (k === 0 ? 0 : best[(k - 1) * N_TAGS + p]) + pair[p * N_TAGS + t];
        if (v > top) {
          top = v;
          from = p;
        }
      }
      best[k * N_TAGS + t] = top + scores[t];
      back[k * N_TAGS + t] = from;
    }
  }
  let t = O;
  for (let u = 1; u < N_TAGS; u++) if (best[(n - 1) * N_TAGS + u] > best[(n - 1) * N_TAGS + t]) t = u;
  for (let k = n - 1; k >= 0; k--) {
    tags[k] = t;
    t = back[k * N_TAGS + t];
  }
}

/** The tags of a sentence's tokens (indices into TAGS). `withModel`: a model other than the
 *  committed one (tests, the evaluation of a fresh model); `quoted`: the sentence's quoted
 *  tokens, when the caller has them. */
export function tagTokens(tokens: readonly Token[], withModel?: Loaded, quoted?: readonly boolean[]): Uint8Array {
  let add: AddWeights;
  let atoms: Atoms;
  if (withModel) {
    add = weightsOf(withModel);
    atoms = withModel.atoms;
  } else {
    loaded ??= loadModel(model as AttributionModel);
    add = committed ??= weightsOf(loaded);
    atoms = loaded.atoms;
  }
  const tags = new Uint8Array(tokens.length);
  viterbi(sentenceAtoms(tokens, atoms, false, quoted), add, tags);
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
  const quoted = openCueQuotes(tokens, rules);
  if (!quoted) return rules;
  const spans = spansOf(tagTokens(tokens, undefined, quoted));
  let out = rules;
  for (const source of spans) {
    if (source.kind !== 'source' || quoted[source.from]) continue;
    const cue = isPhrase(tokens, source) ? cueOf(tokens, spans, source) : undefined;
    if (!cue) continue;
    const verb = cueWord(tokens, cue);
    if (!isReporting(tokens[verb])) continue;
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

/**
 * Is there a clear reporting verb outside quotes that no rule attribution has, or whose subject
 * the rules may have read too short? Only then can the tagger add anything, so only then is it
 * run: it costs far more than the rules, and most sentences with a reporting verb are ones the
 * rules read in full ("officials said").
 */
export function hasOpenCue(tokens: readonly Token[], rules: readonly Attribution[]): boolean {
  return openCueQuotes(tokens, rules) !== undefined;
}

/** The quoted tokens of the sentence if it has an open cue (see hasOpenCue), else undefined;
 *  quotes are looked for only once a candidate is found. */
function openCueQuotes(tokens: readonly Token[], rules: readonly Attribution[]): readonly boolean[] | undefined {
  let quoted: readonly boolean[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k].word || !isStrongCue(tokens[k]) || isSaidToInfinitive(tokens, k)) continue;
    const rule = rules.find((a) => a.verb[0] <= k && k < a.verb[1]);
    if (rule && !(rule.phrase && cutShort(tokens, rule.phrase[0], rule.head))) continue;
    quoted ??= quotedTokens(tokens);
    if (!quoted[k]) return quoted;
  }
  return undefined;
}

/** Does the rules' subject phrase starting at `start` stop inside a relative clause, right after
 *  its verb or object ("a man who watched | the fire wrote")? The subject is longer: the noun the
 *  clause describes. */
function cutShort(tokens: readonly Token[], start: number, head: number | undefined): boolean {
  const before = tokens[start - 1];
  if (start < 2 || !before?.word || isCapitalized(before)) return false;
  // "a lifeguard on duty that | morning told", "a passenger seated near | the back said": the
  // phrase the rules read, headed by no source noun, sits inside a modifier of the real subject.
  if (hasRole(before, ROLE.postmod) || before.lower === 'that') {
    const h = head === undefined ? undefined : tokens[head];
    return isWord(tokens[start - 2]) && !!h && !isCapitalized(h) && headClass(h) === undefined && !isPersonWord(h.lower);
  }
  if (hasGrammarRole(before)) return false;
  for (let k = start - 2; k >= Math.max(0, start - MAX_PHRASE) && tokens[k].word; k--) if (hasRole(tokens[k], ROLE.rel)) return k > 0;
  return false;
}


/** A reporting verb that is never anything else ("said", "told", "argued"; not "see", "report"). */
const isStrongCue = (t: Token) => hasVerbRole(t, VERB.clear);

/** A cue the detector flags claims by: a reporting verb of the source lexicon, or "according".
 *  PolNeAR counts more as attribution (questions, intentions, "mocked"); the lexicon's verbs are
 *  those GUIDELINES.md §2 calls attributing a claim, the frequent ones of PolNeAR among them. */
const isReporting = (t: Token) => isVerbForm(t) || hasRole(t, ROLE.according);
