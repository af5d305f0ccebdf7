// From article-text offsets back to DOM text: the pieces of text nodes covering [start, end).
import type { ExtractedArticle, NodeRange, TextSegment } from './types';

/** Calls `visit` with each segment overlapping [start, end) and the overlap, in text order. */
function eachSegment(article: ExtractedArticle, start: number, end: number, visit: (s: TextSegment, from: number, to: number) => boolean | void): void {
  const segs = article.segments;
  if (!(end > start)) return;
  // First segment that ends after `start`.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid].start + segs[mid].length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segs.length && segs[i].start < end; i++) {
    const s = segs[i];
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.start + s.length);
    if (to > from && visit(s, from, to) === false) return;
  }
}

export function rangesForSpan(article: ExtractedArticle, start: number, end: number): NodeRange[] {
  const out: NodeRange[] = [];
  eachSegment(article, start, end, (s, from, to) => {
    out.push({ node: s.node, startOffset: s.nodeStart + (from - s.start), endOffset: s.nodeStart + (to - s.start) });
  });
  return out;
}

/**
 * Whether the DOM still holds the text `[start, end)` was extracted from: every text node it maps
 * to is in the document and still reads the same there. A page that changed its text since the
 * extraction (a live update, a swapped article) would otherwise get highlights on the wrong words.
 */
export function spanIntact(article: ExtractedArticle, start: number, end: number): boolean {
  let intact = true;
  eachSegment(article, start, end, (s, from, to) => {
    const at = s.nodeStart + (from - s.start);
    intact = s.node.isConnected && s.node.data.slice(at, at + (to - from)) === article.text.slice(from, to);
    return intact;
  });
  return intact;
}
