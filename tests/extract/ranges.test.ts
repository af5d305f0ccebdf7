import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangesForSpan } from '../../src/extract';
import type { ExtractedArticle } from '../../src/extract';
import { extractFromHtml } from '../../src/extract/node';
import { fixture } from './helpers';

const article = extractFromHtml(fixture('article.html'));

/** What a span covers on the page: the node pieces' text, joined. */
const pageText = (a: ExtractedArticle, start: number, end: number) =>
  rangesForSpan(a, start, end)
    .map((r) => r.node.data.slice(r.startOffset, r.endOffset))
    .join('');

/** The same span read from the article text, minus the characters no node backs. */
function mappedText(a: ExtractedArticle, start: number, end: number): string {
  let out = '';
  for (const s of a.segments) {
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.start + s.length);
    if (to > from) out += a.text.slice(from, to);
  }
  return out;
}

describe('rangesForSpan', () => {
  it('maps a phrase inside one paragraph to one piece of one text node', () => {
    const phrase = 'could not be independently verified';
    const start = article.text.indexOf(phrase);
    const ranges = rangesForSpan(article, start, start + phrase.length);
    expect(ranges).toHaveLength(1);
    expect(ranges[0].node.data.slice(ranges[0].startOffset, ranges[0].endOffset)).toBe(phrase);
  });

  it('splits a phrase that crosses inline markup into one piece per text node', () => {
    const phrase = 'built in under two years, although';
    const start = article.text.indexOf(phrase);
    const ranges = rangesForSpan(article, start, start + phrase.length);
    expect(ranges.map((r) => r.node.data.slice(r.startOffset, r.endOffset))).toEqual(['built in ', 'under two years', ', although']);
  });

  it('skips the blank line between blocks', () => {
    const start = article.text.indexOf('last year.');
    const end = article.text.indexOf('The proposal') + 'The proposal'.length;
    expect(pageText(article, start, end)).toBe('last year.The proposal');
  });

  it('returns nothing for empty, reversed or out-of-text spans', () => {
    expect(rangesForSpan(article, 10, 10)).toEqual([]);
    expect(rangesForSpan(article, 20, 10)).toEqual([]);
    expect(rangesForSpan(article, article.text.length + 5, article.text.length + 9)).toEqual([]);
    const sep = article.text.indexOf('\n\n');
    expect(rangesForSpan(article, sep, sep + 2)).toEqual([]);
  });

  it('agrees with the segments for any span', () => {
    const n = article.text.length;
    fc.assert(
      fc.property(fc.integer({ min: -5, max: n + 5 }), fc.integer({ min: 0, max: 400 }), (start, len) => {
        const end = start + len;
        expect(pageText(article, start, end)).toBe(mappedText(article, start, end));
        for (const r of rangesForSpan(article, start, end)) {
          expect(r.startOffset).toBeGreaterThanOrEqual(0);
          expect(r.endOffset).toBeLessThanOrEqual(r.node.data.length);
          expect(r.endOffset).toBeGreaterThan(r.startOffset);
        }
      }),
      { numRuns: 300 },
    );
  });
});
