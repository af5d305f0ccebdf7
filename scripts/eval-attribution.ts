// `npm run eval:attribution`: how well the attribution tagger (src/models/attribution.json, read by
// src/engine/detectors/source/learned.ts) finds PolNeAR's source and cue spans on the dev and test
// splits it was not trained on: precision, recall and F1 of spans, exact (same tokens) and overlap
// (sharing a token). Skips cleanly when ../shared is not here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AttributionModel, loadModel, tagTokens } from '../src/engine/detectors/source/learned';
import { spansOf, type TaggedSpan } from '../src/engine/detectors/source/learned-features';
import { labelledSentences, POLNEAR, readArticles, type Split } from './polnear';
import { SHARED } from './train';

interface Counts {
  predicted: number;
  gold: number;
  exact: number;
  /** Predicted spans that overlap a gold span; gold spans that a predicted span overlaps. */
  overlapP: number;
  overlapR: number;
}

const overlaps = (a: TaggedSpan, b: TaggedSpan) => a.kind === b.kind && a.from < b.to && b.from < a.to;

export function score(shared: string, split: Split, model?: AttributionModel): Record<'source' | 'cue', Counts> {
  const loaded = model && loadModel(model);
  const out = { source: zero(), cue: zero() };
  for (const article of readArticles(shared, split))
    for (const s of labelledSentences(article)) {
      const predicted = spansOf(tagTokens(s.tokens, loaded));
      for (const kind of ['source', 'cue'] as const) {
        const p = predicted.filter((x) => x.kind === kind);
        const g = s.spans.filter((x) => x.kind === kind);
        const c = out[kind];
        c.predicted += p.length;
        c.gold += g.length;
        c.exact += p.filter((x) => g.some((y) => y.from === x.from && y.to === x.to)).length;
        c.overlapP += p.filter((x) => g.some((y) => overlaps(x, y))).length;
        c.overlapR += g.filter((y) => p.some((x) => overlaps(x, y))).length;
      }
    }
  return out;
}

function zero(): Counts {
  return { predicted: 0, gold: 0, exact: 0, overlapP: 0, overlapR: 0 };
}

const prf = (tpP: number, tpR: number, predicted: number, gold: number) => {
  const p = predicted ? tpP / predicted : 0;
  const r = gold ? tpR / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
};

export function report(shared: string, model?: AttributionModel): string[] {
  const lines: string[] = [];
  for (const split of ['dev', 'test'] as const) {
    const s = score(shared, split, model);
    for (const kind of ['source', 'cue'] as const) {
      const c = s[kind];
      lines.push(`${split.padEnd(4)} ${kind.padEnd(6)} exact   ${prf(c.exact, c.exact, c.predicted, c.gold)}   (gold ${c.gold}, predicted ${c.predicted})`);
      lines.push(`${split.padEnd(4)} ${kind.padEnd(6)} overlap ${prf(c.overlapP, c.overlapR, c.predicted, c.gold)}`);
    }
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(POLNEAR(SHARED))) console.log('eval:attribution: skipped (../shared/corpora/polnear-attributions.jsonl is not here)');
  else for (const line of report(SHARED)) console.log(line);
}
