// Single-page sites swap articles without a page load. Re-analysis is triggered by a change of
// address (history navigation) or by a large change inside the article's own root — watched by one
// debounced MutationObserver on that root only, never on the whole document.
import { debounce } from './schedule';

/** A change smaller than this share of the article text (live comments, ads) is not a new article. */
const SIGNIFICANT_CHANGE = 0.15;

export interface PageWatch {
  /** Watch `root` (the analysed article's root), measuring changes against its text now. */
  observe(root: Element | null): void;
  /** Drop pending records: call after changing the DOM ourselves (fallback marks). */
  discard(): void;
  stop(): void;
}

export function watchPage(onChange: (reason: 'navigation' | 'content') => void): PageWatch {
  const abort = new AbortController();
  let url = addressOf(location.href);
  let root: Element | null = null;
  let length = 0;

  const checkAddress = () => {
    const now = addressOf(location.href);
    if (now === url) return false;
    url = now;
    onChange('navigation');
    return true;
  };
  const onAddress = debounce(checkAddress, 300);
  addEventListener('popstate', onAddress, { signal: abort.signal });
  // The Navigation API sees pushState from page scripts, which a content script cannot patch.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onAddress, { signal: abort.signal });

  const onMutations = debounce(() => {
    if (checkAddress() || !root) return;
    const now = root.isConnected ? (root.textContent ?? '').length : 0;
    if (Math.abs(now - length) > Math.max(200, length * SIGNIFICANT_CHANGE)) onChange('content');
  }, 1000);
  const observer = new MutationObserver(onMutations);
  abort.signal.addEventListener('abort', () => (observer.disconnect(), onMutations.cancel(), onAddress.cancel()));

  return {
    observe(next) {
      observer.disconnect();
      root = next;
      length = next ? (next.textContent ?? '').length : 0;
      if (next) observer.observe(next, { childList: true, subtree: true, characterData: true });
    },
    discard: () => void observer.takeRecords(),
    stop: () => abort.abort(),
  };
}

/** The address without its fragment: jumping to an anchor is not a new page. */
function addressOf(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}
