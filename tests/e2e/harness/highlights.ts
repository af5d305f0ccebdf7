// What the extension painted, read back from the page's CSS Custom Highlight registry. The
// registry belongs to the document, so the page's own world sees the content script's ranges.
import type { Page } from 'playwright-core';

export const KINDS = ['gos-hedge', 'gos-anonymous-source', 'gos-vague-source', 'gos-caveat'] as const;
export type HighlightName = (typeof KINDS)[number] | 'gos-flash';

export interface PaintedRange {
  text: string;
  /** The range's first client rect, in viewport coordinates. */
  top: number;
  bottom: number;
  /** The first element matching the `inside` selector that contains any part of the range. */
  insideMatch: string | null;
}

export type Painted = Record<string, PaintedRange[]>;

/**
 * Every `gos-*` highlight and its ranges. `inside` is a selector list (e.g. the page chrome);
 * each range reports the first matching element it intersects, as `tag#id.class`.
 */
export function readHighlights(page: Page, inside = ''): Promise<Painted> {
  return page.evaluate((selector) => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''}`;
    const regions = selector ? [...document.querySelectorAll(selector)] : [];
    const out: Record<string, { text: string; top: number; bottom: number; insideMatch: string | null }[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('gos-')) continue;
      out[name] = [...highlight].map((r) => {
        const range = r as Range;
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        const hit = regions.find((el) => range.intersectsNode(el));
        return { text: range.toString(), top: rect.top, bottom: rect.bottom, insideMatch: hit ? describe(hit) : null };
      });
    }
    return out;
  }, inside);
}

export const countRanges = (painted: Painted, name: string) => painted[name]?.length ?? 0;

export const totalRanges = (painted: Painted) => KINDS.reduce((n, k) => n + countRanges(painted, k), 0);
