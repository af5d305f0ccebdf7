// Real saved pages from ../shared (evaluation data, never copied here): extraction must stay
// accurate, map back to the DOM exactly and stay quick. Skipped when ../shared is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/extract/node';
import { segmentProblems } from './helpers';

const PAGES = fileURLToPath(new URL('../../../shared/pages/', import.meta.url));
const EXTRACTION = PAGES + 'extraction/';
const READABILITY = PAGES + 'readability/';

const read = (path: string) => gunzipSync(readFileSync(path)).toString('utf8');

// The benchmark's measure: 4-gram shingles of word tokens, precision and recall averaged over pages.
function shingles(s: string): Map<string, number> {
  const t = s.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join(' ');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

describe.skipIf(!existsSync(EXTRACTION + 'ground-truth.json'))('article-extraction benchmark pages', () => {
  it('scores F1 >= 0.93 and every segment maps back to its node', () => {
    const truth: Record<string, { articleBody: string }> = JSON.parse(readFileSync(EXTRACTION + 'ground-truth.json', 'utf8'));
    const P: number[] = [];
    const R: number[] = [];
    for (const [key, { articleBody }] of Object.entries(truth)) {
      const a = extractFromHtml(read(`${EXTRACTION}${key}.html.gz`));
      expect(segmentProblems(a), key).toEqual([]);
      const g = shingles(articleBody);
      const o = shingles(a.text);
      let tp = 0;
      let gn = 0;
      let on = 0;
      for (const [k, n] of g) (tp += Math.min(n, o.get(k) ?? 0)), (gn += n);
      for (const n of o.values()) on += n;
      if (on) P.push(tp / on);
      if (gn) R.push(tp / gn);
    }
    const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
    const p = mean(P);
    const r = mean(R);
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.93);
  }, 60_000);
});

describe.skipIf(!existsSync(READABILITY))('large news pages', () => {
  it('are articles, extracted without errors', () => {
    const files = readdirSync(READABILITY).filter((f) => f.endsWith('.html.gz') && !f.startsWith('yahoo-2'));
    for (const f of files) {
      const a = extractFromHtml(read(READABILITY + f));
      expect(a.isArticle, f).toBe(true);
      expect(a.text.length, f).toBeGreaterThan(500);
      expect(segmentProblems(a), f).toEqual([]);
    }
  }, 60_000);

  it('a home page among them is not an article', () => {
    const f = READABILITY + 'yahoo-2.html.gz';
    if (!existsSync(f)) return;
    expect(extractFromHtml(read(f)).isArticle).toBe(false);
  });
});
