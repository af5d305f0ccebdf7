// Walks the chosen elements in document order and feeds their visible text to the builder,
// leaving out what the model marks hidden, chrome or droppable.
import { BLOCK_TAGS } from './hints';
import { STEP, drain } from './model';
import type { Model } from './model';
import { isDropped } from './prune';
import type { TextBuilder } from './render';

const EXIT_BLOCK = 1;
const EXIT_PRE = 2;

const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4']);

export interface WalkOptions {
  /** Elements never to enter (the headline, already emitted). */
  skip: Element | null;
  /** Whether to apply the chrome/droppable verdicts below the start element. */
  prune: boolean;
}

export interface WalkCounts {
  /** Headings that are mostly a link, met where text is kept. */
  linkedHeadings: number;
}

export function walkText(start: Element, model: Model, out: TextBuilder, opts: WalkOptions, counts: WalkCounts): void {
  drain(walkTextSteps(start, model, out, opts, counts));
}

/** walkText as steps, pausing every STEP nodes (see buildModelSteps). */
export function* walkTextSteps(start: Element, model: Model, out: TextBuilder, opts: WalkOptions, counts: WalkCounts): Generator<void, void> {
  const stack: Array<Node | number> = [start];
  let pre = 0;
  let visited = 0;
  while (stack.length) {
    if (++visited % STEP === 0) yield;
    const item = stack.pop()!;
    if (typeof item === 'number') {
      if (item & EXIT_PRE) pre--;
      if (item & EXIT_BLOCK) out.block();
      continue;
    }
    if (item.nodeType === 3) {
      out.text(item as Text, pre > 0);
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const idx = model.index.get(el);
    if (idx === undefined || el === opts.skip) continue;
    const f = model.infos[idx];
    if (f.tag === 'br') {
      out.lineBreak();
      continue;
    }
    if (TEASER_HEADINGS.has(f.tag) && f.text > 0 && f.link >= 0.5 * f.text && !f.chrome) counts.linkedHeadings++;
    if (opts.prune && el !== start && isDropped(f)) {
      if (f.isBlock) out.block();
      continue;
    }
    let exit = 0;
    if (BLOCK_TAGS.has(f.tag)) {
      out.block();
      exit |= EXIT_BLOCK;
    }
    if (f.tag === 'pre' || f.tag === 'textarea' || f.tag === 'listing' || f.tag === 'xmp') {
      pre++;
      exit |= EXIT_PRE;
    }
    if (exit) stack.push(exit);
    const first = stack.length;
    for (let c = el.firstChild; c; c = c.nextSibling) stack.push(c);
    // Pop in document order (previousSibling is slow in some DOM implementations).
    for (let i = first, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i];
      stack[i] = stack[j];
      stack[j] = t;
    }
  }
}
