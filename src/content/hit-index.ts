// Which findings cover a point of the page. Built once per analysis: text node → the pieces of
// findings inside it, so a hover looks up one small list instead of scanning every finding.
import type { NodeRange } from '../extract/types';

interface Entry {
  start: number;
  end: number;
  id: number;
}

export class HitIndex {
  private readonly byNode = new Map<Text, Entry[]>();

  add(id: number, ranges: readonly NodeRange[]): void {
    for (const r of ranges) {
      let list = this.byNode.get(r.node);
      if (!list) this.byNode.set(r.node, (list = []));
      list.push({ start: r.startOffset, end: r.endOffset, id });
    }
  }

  /** Findings whose text covers the character at or just before `offset` (a caret sits between characters). */
  at(node: Text, offset: number): number[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    const ids = list.filter((e) => e.start <= offset && offset <= e.end && e.start < e.end).map((e) => e.id);
    return [...new Set(ids)];
  }

  /** The first finding inside `el` (keyboard focus lands on elements, not on characters). */
  firstInside(el: Element): number | undefined {
    let best: { node: Text; id: number } | undefined;
    for (const [node, list] of this.byNode) {
      if (!el.contains(node)) continue;
      const id = Math.min(...list.map((e) => e.id));
      if (!best || id < best.id) best = { node, id };
    }
    return best?.id;
  }

  /**
   * Findings whose painted text the page has changed, by these mutations: an edited text node, or
   * one taken out of the document (a moved node reads the same, so it still counts as intact).
   */
  touchedBy(records: readonly MutationRecord[]): Set<number> {
    const ids = new Set<number>();
    let removals = false;
    for (const r of records) {
      if (r.type === 'characterData') this.byNode.get(r.target as Text)?.forEach((e) => ids.add(e.id));
      else if (r.removedNodes.length) removals = true;
    }
    // One pass over the painted nodes, however many nodes were removed (pages remove thousands).
    if (removals) for (const [node, list] of this.byNode) if (!node.isConnected) list.forEach((e) => ids.add(e.id));
    return ids;
  }

  get size(): number {
    return this.byNode.size;
  }
}
