// PolNeAR's attribution relations (../shared/corpora/polnear-attributions.jsonl) read over the
// engine's own sentences and tokens, for the scripts that learn from it: the counted lexicons
// (scripts/lexicon-from-polnear.ts), the attribution tagger's trainer (scripts/train/attribution.ts)
// and its evaluation (scripts/eval-attribution.ts). The corpus text is read here and never written
// anywhere: only counts and weights derived from it leave these scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDoc, type Token } from '../src/engine/document';
import type { Tag } from '../src/engine/detectors/source/learned-features';

export type Split = 'train' | 'dev' | 'test';

interface Article {
  id: string;
  split: Split;
  text: string;
  attributions: { source?: [number, number][]; cue?: [number, number][] }[];
}

/** A labelled span: `[from, to)` token indices of its sentence. */
export interface TokenSpan {
  kind: 'source' | 'cue';
  from: number;
  to: number;
}

export interface LabelledSentence {
  tokens: Token[];
  /** One BIO tag a token (see TAGS). */
  tags: Tag[];
  spans: TokenSpan[];
}

export const POLNEAR = (shared: string) => join(shared, 'corpora', 'polnear-attributions.jsonl');

export function readArticles(shared: string, split?: Split): Article[] {
  const out: Article[] = [];
  for (const line of readFileSync(POLNEAR(shared), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as Article;
    if (!split || a.split === split) out.push(a);
  }
  return out;
}

/** Token range of the character range `[s, e)` within `tokens`, or undefined if it covers none. */
function tokenRange(tokens: readonly Token[], s: number, e: number): [number, number] | undefined {
  let from = -1;
  let to = -1;
  for (let k = 0; k < tokens.length; k++)
    if (tokens[k].start < e && tokens[k].end > s) {
      if (from < 0) from = k;
      to = k + 1;
    }
  return from < 0 ? undefined : [from, to];
}

/**
 * The article's sentences with BIO tags for source and cue spans. Each piece of a span is a span
 * of its own; a source is tagged before cues, and a cue never overwrites a source token.
 */
export function labelledSentences(article: Article): LabelledSentence[] {
  const doc = buildDoc(article.text);
  const out: LabelledSentence[] = [];
  const pieces: { kind: 'source' | 'cue'; s: number; e: number }[] = [];
  for (const a of article.attributions) {
    for (const [s, e] of a.source ?? []) pieces.push({ kind: 'source', s, e });
    for (const [s, e] of a.cue ?? []) pieces.push({ kind: 'cue', s, e });
  }
  // Sources first, then cues, each in text order: a fixed order, so the tags are deterministic.
  pieces.sort((x, y) => (x.kind === y.kind ? x.s - y.s || x.e - y.e : x.kind === 'source' ? -1 : 1));
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    const tags: Tag[] = new Array(tokens.length).fill('O');
    const spans: TokenSpan[] = [];
    const seen = new Set<string>();
    for (const { kind, s, e } of pieces) {
      if (e <= sentence.start || s >= sentence.end) continue;
      const r = tokenRange(tokens, s, e);
      if (!r) continue;
      const key = `${kind}:${r[0]}:${r[1]}`;
      if (seen.has(key)) continue;
      let free = true;
      for (let k = r[0]; k < r[1]; k++) if (tags[k] !== 'O') free = false;
      if (!free) continue;
      seen.add(key);
      spans.push({ kind, from: r[0], to: r[1] });
      const b = kind === 'source' ? 'B-S' : 'B-C';
      const i = kind === 'source' ? 'I-S' : 'I-C';
      for (let k = r[0]; k < r[1]; k++) tags[k] = k === r[0] ? b : i;
    }
    out.push({ tokens, tags, spans });
  }
  return out;
}
