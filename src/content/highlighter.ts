// Draws an analysis on the page and explains it: highlights per category, a tooltip on hover,
// caret, selection or keyboard focus, and the scroll-and-flash the popup asks for.
import { isFlagged, type FindingKind, type FlaggedKind } from '../engine';
import type { NodeRange } from '../extract/types';
import { rangesForSpan } from '../extract';
import { FLASH, PRIORITY, cueName, spanName } from './highlight-names';
import { HitIndex } from './hit-index';
import type { PageAnalysis } from './page-analysis';
import { createCssPainter, hasCssHighlights } from './paint/css-highlights';
import { createMarkPainter } from './paint/marks';
import type { Painter } from './paint/painter';
import { pageIsDark, useDarkTheme } from './page-theme';
import { debounce } from './schedule';
import { Tooltip } from './tooltip';

type Analysed = Extract<PageAnalysis, { status: 'analysed' }>;
type TipSource = 'pointer' | 'selection' | 'focus';

const FLASH_MS = 1800;
const contains = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

export class Highlighter {
  private readonly painter: Painter = hasCssHighlights() ? createCssPainter() : createMarkPainter();
  private readonly tooltip = new Tooltip();
  private hits = new HitIndex();
  private page: Analysed | null = null;
  private listeners: AbortController | null = null;
  private tipSource: TipSource | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onError: (err: unknown) => void) {}

  /** Paint `page`'s findings of the chosen kinds, replacing whatever was painted before. */
  show(page: Analysed, kinds: Record<FlaggedKind, boolean>): void {
    this.hide();
    this.page = page;
    const spans = new Map<FindingKind, NodeRange[]>();
    const cues = new Map<FindingKind, NodeRange[]>();
    const hits = new HitIndex();
    page.analysis.findings.forEach((f, id) => {
      // (A named source is never painted, whatever the page was given.)
      if (!isFlagged(f.kind) || !kinds[f.kind]) return;
      const loc = page.located[id];
      push(spans, f.kind, loc.span);
      push(cues, f.kind, loc.cues);
      hits.add(id, loc.span);
    });
    useDarkTheme(pageIsDark(page.article.root));
    for (const [kind, ranges] of spans) this.painter.set(spanName(kind), ranges, PRIORITY.span);
    for (const [kind, ranges] of cues) this.painter.set(cueName(kind), ranges, PRIORITY.cue);
    this.hits = hits;
    if (hits.size) this.listen();
  }

  /** Remove every highlight, the tooltip and the listeners: the page is as it was. */
  hide(): void {
    this.listeners?.abort();
    this.listeners = null;
    clearTimeout(this.flashTimer);
    this.painter.clearAll();
    this.tooltip.remove();
    this.tipSource = null;
    this.hits = new HitIndex();
    useDarkTheme(false);
  }

  /** Scroll to the sentence of finding `id` and flash it. Works whether highlighting is on or off. */
  reveal(page: Analysed, id: number): boolean {
    const finding = page.analysis.findings[id];
    if (!finding) return false;
    const ranges = rangesForSpan(page.article, finding.sentence.start, finding.sentence.end);
    const live = ranges.map((r) => this.painter.rangeFor(r)).filter((r): r is Range => r !== null);
    if (!live.length) return false;
    scrollToRange(live[0]);
    clearTimeout(this.flashTimer);
    this.painter.set(FLASH, ranges, PRIORITY.flash);
    this.flashTimer = setTimeout(() => this.safely(() => this.painter.clear(FLASH)), FLASH_MS);
    return true;
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.onError(err);
    }
  }

  private listen(): void {
    this.listeners = new AbortController();
    const opts = { signal: this.listeners.signal, passive: true } as const;
    let frame = 0;
    let last = { x: 0, y: 0 };
    document.addEventListener('pointermove', (e) => {
      last = { x: e.clientX, y: e.clientY };
      if (!frame) frame = requestAnimationFrame(() => this.safely(() => ((frame = 0), this.fromPointer(last.x, last.y))));
    }, opts);
    const onSelection = debounce(() => this.safely(() => this.fromSelection()), 150);
    document.addEventListener('selectionchange', onSelection, opts);
    this.listeners.signal.addEventListener('abort', () => (onSelection.cancel(), cancelAnimationFrame(frame)));
    document.addEventListener('focusin', (e) => this.safely(() => this.fromFocus(e.target)), opts);
    document.addEventListener('focusout', () => this.hideFrom('focus'), opts);
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.hideTip(), opts);
    addEventListener('scroll', () => this.hideTip(), { ...opts, capture: true });
  }

  private hideTip(): void {
    this.tooltip.hide();
    this.tipSource = null;
  }

  private hideFrom(source: TipSource): void {
    if (this.tipSource === source) this.hideTip();
  }

  /** Findings under a live DOM position, with the rectangle of the highlight there. */
  private at(node: Node | null, offset: number, point?: { x: number; y: number }): { ids: number[]; rect: DOMRect } | null {
    if (!node || !this.page) return null;
    const pos = this.painter.locate(node, offset);
    if (!pos) return null;
    const ids = this.hits.at(pos.node, pos.offset);
    for (const id of ids) {
      for (const r of this.page.located[id].span) {
        if (r.node !== pos.node || pos.offset < r.startOffset || pos.offset > r.endOffset) continue;
        const rects = [...(this.painter.rangeFor(r)?.getClientRects() ?? [])];
        const rect = point ? rects.find((rc) => contains(rc, point.x, point.y)) : rects[0];
        if (rect) return { ids, rect };
      }
    }
    return null;
  }

  private showTip(source: TipSource, ids: readonly number[], rect: DOMRect): void {
    const findings = this.page?.analysis.findings ?? [];
    const lines = ids.flatMap((id) => {
      const { kind, explanation } = findings[id];
      return isFlagged(kind) ? [{ kind, explanation }] : [];
    });
    this.tooltip.show(lines, rect);
    this.tipSource = source;
  }

  private fromPointer(x: number, y: number): void {
    const caret = caretAt(x, y);
    const hit = caret && this.at(caret.node, caret.offset, { x, y });
    if (hit) this.showTip('pointer', hit.ids, hit.rect);
    else this.hideFrom('pointer');
  }

  private fromSelection(): void {
    const sel = getSelection();
    const hit = sel && sel.rangeCount ? this.at(sel.focusNode, sel.focusOffset) : null;
    if (hit) this.showTip('selection', hit.ids, hit.rect);
    else this.hideFrom('selection');
  }

  private fromFocus(target: EventTarget | null): void {
    if (!(target instanceof Element) || target === document.body) return;
    const id = this.hits.firstInside(target);
    if (id !== undefined) this.showTip('focus', [id], target.getBoundingClientRect());
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, values: readonly V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const pos = document.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function scrollToRange(range: Range): void {
  const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const el = range.startContainer.parentElement;
  if (!el) return;
  // A short element is centred by the browser (this also scrolls any inner scroller); inside a
  // tall one, centre the sentence itself.
  if (el.getBoundingClientRect().height < innerHeight * 0.6) el.scrollIntoView({ block: 'center', behavior });
  else {
    const rect = range.getBoundingClientRect();
    scrollBy({ top: rect.top - innerHeight * 0.4, behavior });
  }
}
