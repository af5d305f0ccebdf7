// From article-text offsets back to DOM text: the pieces of text nodes covering [start, end).
import type { ExtractedArticle, NodeRange } from './types';

export function rangesForSpan(article: ExtractedArticle, start: number, end: number): NodeRange[] {
  const segs = article.segments;
  const out: NodeRange[] = [];
  if (!(end > start)) return out;
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
    if (to <= from) continue;
    out.push({ node: s.node, startOffset: s.nodeStart + (from - s.start), endOffset: s.nodeStart + (to - s.start) });
  }
  return out;
}
