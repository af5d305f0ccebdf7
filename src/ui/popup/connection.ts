// The popup's one line to its page: the content script of one tab. An interface, so the popup
// can be rendered against a fake page in tests and previews.
import type { PageReport } from '../../shared/report';

export interface PageConnection {
  getReport(): Promise<PageReport>;
  setHighlighting(enabled: boolean): Promise<PageReport>;
  analyseAnyway(): Promise<PageReport>;
  reveal(id: number): Promise<boolean>;
  /** Reports the page sends by itself (the keyboard shortcut, in-page navigation). */
  onReport(listener: (report: PageReport) => void): () => void;
}

/** `?tabId=N` lets the popup run in a normal tab (tests, or a reader who pinned it). */
export function tabIdFromUrl(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
