// The fallback where CSS.highlights is missing: wrap the highlighted pieces of text nodes in
// <mark class="gos-mark gos-hedge ..."> elements. Every repaint first restores the original text
// nodes (the same Text objects, with their full text), so the extractor's node references stay
// valid and toggling off leaves the page as it was.
import type { NodeRange } from '../../extract/types';
import type { Painter } from './painter';
import { textRange } from './painter';

interface Piece {
  node: Text;
  /** Offset of this piece inside the original node's text. */
  start: number;
}

/** Text that must not get element children (form controls, scripts) or lives in SVG. */
function wrappable(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent || !(parent instanceof HTMLElement)) return false;
  return !/^(?:TEXTAREA|OPTION|SCRIPT|STYLE|TITLE|NOSCRIPT)$/.test(parent.tagName);
}

export function createMarkPainter(): Painter {
  const layers = new Map<string, { ranges: readonly NodeRange[]; priority: number }>();
  /** Original node → its pieces while wrapped; the first piece is always the original node itself. */
  const split = new Map<Text, Piece[]>();
  const owner = new WeakMap<Text, { orig: Text; start: number }>();

  function unwrapAll() {
    for (const [orig, pieces] of split) {
      for (const p of pieces) {
        const mark = p.node.parentElement;
        if (mark?.classList.contains('gos-mark')) mark.replaceWith(p.node);
      }
      orig.data = pieces.map((p) => p.node.data).join('');
      for (const p of pieces.slice(1)) p.node.remove();
    }
    split.clear();
  }

  function wrapAll() {
    const byNode = new Map<Text, { start: number; end: number; name: string; priority: number }[]>();
    for (const [name, { ranges, priority }] of layers) {
      for (const r of ranges) {
        if (r.endOffset <= r.startOffset || !r.node.isConnected || !wrappable(r.node)) continue;
        let list = byNode.get(r.node);
        if (!list) byNode.set(r.node, (list = []));
        list.push({ start: r.startOffset, end: Math.min(r.endOffset, r.node.length), name, priority });
      }
    }
    for (const [orig, spans] of byNode) {
      const cuts = new Set<number>();
      for (const s of spans) cuts.add(s.start).add(s.end);
      const offsets = [...cuts].filter((o) => o > 0 && o < orig.length).sort((a, b) => b - a);
      const pieces: Piece[] = [];
      // Splitting from the right keeps `orig` as the first piece.
      for (const o of offsets) pieces.unshift({ node: orig.splitText(o), start: o });
      pieces.unshift({ node: orig, start: 0 });
      for (const p of pieces) {
        owner.set(p.node, { orig, start: p.start });
        const covering = spans
          .filter((s) => s.start <= p.start && p.start + p.node.length <= s.end)
          .sort((a, b) => a.priority - b.priority);
        if (!covering.length) continue;
        const mark = document.createElement('mark');
        mark.className = ['gos-mark', ...covering.map((s) => s.name)].join(' ');
        p.node.replaceWith(mark);
        mark.append(p.node);
      }
      split.set(orig, pieces);
    }
  }

  function repaint() {
    unwrapAll();
    wrapAll();
  }

  return {
    set(name, ranges, priority) {
      layers.set(name, { ranges, priority });
      repaint();
    },
    clear(name) {
      if (layers.delete(name)) repaint();
    },
    clearAll() {
      layers.clear();
      unwrapAll();
    },
    locate(node, offset) {
      if (node.nodeType !== Node.TEXT_NODE) return null;
      const o = owner.get(node as Text);
      return o ? { node: o.orig, offset: o.start + offset } : { node: node as Text, offset };
    },
    rangeFor(r) {
      const pieces = split.get(r.node);
      if (!pieces) return textRange(r.node, r.startOffset, r.endOffset);
      const at = (offset: number) => {
        let i = pieces.length - 1;
        while (i > 0 && pieces[i].start > offset) i--;
        return { node: pieces[i].node, offset: Math.min(offset - pieces[i].start, pieces[i].node.length) };
      };
      const a = at(r.startOffset);
      // An end on a cut belongs to the piece before it, so the range does not reach into the next mark.
      const b = at(Math.max(r.startOffset, r.endOffset - 1));
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, Math.min(b.offset + (r.endOffset > r.startOffset ? 1 : 0), b.node.length));
      return range;
    },
  };
}
