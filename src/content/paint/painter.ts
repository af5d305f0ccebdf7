// How highlights reach the page. Two ways with one interface: the CSS Custom Highlight API (the page's
// DOM is never touched) and, where that API is missing, <mark> wrappers that can be removed cleanly.
import type { NodeRange } from '../../extract/types';

export interface Painter {
  /** Paint `ranges` under `name`, replacing what that name painted before. */
  set(name: string, ranges: readonly NodeRange[], priority: number): void;
  /**
   * `set` in pieces, for thousands of ranges: `add` prepares ranges out of sight, `show` then paints
   * them all at once (one repaint, not one per piece). Only where preparing is cheap (CSS highlights).
   */
  stage?(name: string, priority: number): { add(ranges: readonly NodeRange[]): void; show(): void };
  clear(name: string): void;
  clearAll(): void;
  /** A live DOM position (from the caret or selection) in the coordinates of the extracted text nodes. */
  locate(node: Node, offset: number): { node: Text; offset: number } | null;
  /** A live Range for a piece of an extracted text node, wherever the painter has moved it. */
  rangeFor(range: NodeRange): Range | null;
}

/** A DOM Range over one text node, clamped because the page may have edited the node since. */
export function textRange(node: Text, start: number, end: number): Range | null {
  if (!node.isConnected) return null;
  const len = node.length;
  const range = document.createRange();
  range.setStart(node, Math.min(start, len));
  range.setEnd(node, Math.min(Math.max(start, end), len));
  return range;
}
