// Builds the article text the way a browser shows it (whitespace runs collapse to one space,
// blocks are separated by a blank line) and records where every character came from.
import type { TextSegment } from './types';

const isWs = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/** Accumulates text and segments; callers announce blocks, line breaks and text nodes. */
export class TextBuilder {
  private parts: string[] = [];
  private pos = 0;
  readonly segments: TextSegment[] = [];
  /** 0: none; 1: line break; 2: blank line (new block). */
  private pendingBreak = 0;
  /** Whitespace seen since the last emitted character: where a literal ' ' sits (node -1 offset if none). */
  private spaceNode: Text | null = null;
  private spaceOffset = -1;
  private pendingSpace = false;
  /** Number of characters emitted in the current block (to collapse repeated <br>). */
  private sinceBreak = 0;

  get length(): number {
    return this.pos;
  }

  block(): void {
    this.pendingBreak = 2;
    this.pendingSpace = false;
  }

  lineBreak(): void {
    // Two <br> in a row end a paragraph.
    if (this.pendingBreak === 1 && this.sinceBreak === 0) this.pendingBreak = 2;
    else if (this.pendingBreak === 0) this.pendingBreak = 1;
    this.pendingSpace = false;
    this.sinceBreak = 0;
  }

  private push(s: string, node: Text | null, nodeStart: number): void {
    if (node) {
      const last = this.segments[this.segments.length - 1];
      if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === this.pos) {
        last.length += s.length;
      } else this.segments.push({ node, start: this.pos, nodeStart, length: s.length });
    }
    this.parts.push(s);
    this.pos += s.length;
    this.sinceBreak += s.length;
  }

  /** Emits whatever separator is owed before new visible text. */
  private lead(): void {
    if (this.pendingBreak) {
      if (this.pos > 0) this.push(this.pendingBreak === 2 ? '\n\n' : '\n', null, 0);
      this.pendingBreak = 0;
      this.sinceBreak = 0;
    } else if (this.pendingSpace && this.pos > 0) {
      if (this.spaceNode) this.push(' ', this.spaceNode, this.spaceOffset);
      else this.push(' ', null, 0);
    }
    this.pendingSpace = false;
    this.spaceNode = null;
  }

  text(node: Text, pre: boolean): void {
    const d = node.data;
    const n = d.length;
    if (pre) {
      if (n) {
        this.lead();
        this.push(d, node, 0);
      }
      return;
    }
    let i = 0;
    while (i < n) {
      if (isWs(d.charCodeAt(i))) {
        const from = i;
        while (i < n && isWs(d.charCodeAt(i))) i++;
        if (!this.pendingSpace || !this.spaceNode) {
          const sp = d.indexOf(' ', from);
          this.spaceNode = sp >= 0 && sp < i ? node : null;
          this.spaceOffset = sp;
        }
        this.pendingSpace = true;
      } else {
        const from = i;
        while (i < n && !isWs(d.charCodeAt(i))) i++;
        this.lead();
        this.push(d.slice(from, i), node, from);
      }
    }
  }

  result(): string {
    return this.parts.join('');
  }
}
