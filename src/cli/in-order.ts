// Outcomes arrive in any order when several threads analyse; the output keeps input order. Each
// outcome is written as soon as every input before it is written, so output streams (and `| head`
// stops the run early) instead of waiting for the last input.
import type { Outcome } from './json-line';

export interface Sink {
  line(text: string): void;
  error(message: string): void;
}

export class InOrder {
  private readonly pending: (Outcome | undefined)[];
  private next = 0;
  failed = 0;
  private resolveDone!: () => void;
  /** Settles once every outcome is written. */
  readonly done: Promise<void>;

  constructor(
    readonly count: number,
    private readonly sink: Sink,
  ) {
    this.pending = new Array(count);
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    if (count === 0) this.resolveDone();
  }

  has(index: number): boolean {
    return index < this.next || this.pending[index] !== undefined;
  }

  settle(index: number, outcome: Outcome): void {
    if (this.has(index)) return;
    this.pending[index] = outcome;
    while (this.next < this.count) {
      const o = this.pending[this.next];
      if (!o) return;
      this.pending[this.next++] = undefined;
      if (o.error !== undefined) {
        this.failed++;
        this.sink.error(o.error);
      } else this.sink.line(o.line);
    }
    this.resolveDone();
  }
}
