// Painting with the CSS Custom Highlight API: ranges are registered in CSS.highlights and styled by
// ::highlight(name) rules in content.css. Nothing is added to or changed in the page's DOM.
import type { Painter } from './painter';
import { textRange } from './painter';

export function hasCssHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createCssPainter(): Painter {
  const names = new Set<string>();
  const painter: Painter = {
    set(name, ranges, priority) {
      const live: Range[] = [];
      for (const r of ranges) {
        const range = textRange(r.node, r.startOffset, r.endOffset);
        if (range) live.push(range);
      }
      const highlight = new Highlight(...live);
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
      names.add(name);
    },
    stage(name, priority) {
      // Not in the registry until shown: adding to a registered highlight repaints every time.
      const highlight = new Highlight();
      highlight.priority = priority;
      return {
        add(ranges) {
          for (const r of ranges) {
            const range = textRange(r.node, r.startOffset, r.endOffset);
            if (range) highlight.add(range);
          }
        },
        show() {
          CSS.highlights.set(name, highlight);
          names.add(name);
        },
      };
    },
    clear(name) {
      CSS.highlights.delete(name);
      names.delete(name);
    },
    clearAll() {
      for (const name of [...names]) painter.clear(name);
    },
    locate: (node, offset) => (node.nodeType === Node.TEXT_NODE ? { node: node as Text, offset } : null),
    rangeFor: (r) => textRange(r.node, r.startOffset, r.endOffset),
  };
  return painter;
}
