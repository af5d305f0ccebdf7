// Pages change after they load: single-page sites swap the article without a page load, articles
// load more paragraphs as the reader scrolls, live pages edit their text. What is watched, and no
// more:
// - the address (history navigation): a new page, re-analysed;
// - on an analysed page, the article's root (its subtree) and the chain of its ancestors (their
//   own children only, so the root being replaced is seen): every batch of changes is handed to
//   `onEdit` at once, before the browser paints, so highlights over changed text are dropped; a
//   debounced check then re-analyses when the article was replaced or grew or shrank markedly;
// - on a skipped page, text added to the body, for a page that renders its article after loading:
//   re-checked a few times at most, so a busy web app costs next to nothing.
import { debounce } from './schedule';

/** A change smaller than this share of the article text (live comments, ads) is not a new article. */
const SIGNIFICANT_CHANGE = 0.15;
/** Text a skipped page must gain before it is looked at again: about two paragraphs. */
const ARRIVING_ARTICLE = 1500;
/** How many times a skipped page is looked at again before the watch gives up on it (per address). */
const SKIPPED_RECHECKS = 3;

export interface PageWatch {
  /** Watch an analysed article's root, measuring changes against its text now. */
  observeArticle(root: Element): void;
  /** Watch a skipped page for an article that arrives later. */
  observeSkipped(): void;
  /** Watch nothing but the address. */
  unobserve(): void;
  /** Drop pending records: call after changing the DOM ourselves (fallback marks). */
  discard(): void;
  /** Something the watch's owner saw makes the page worth analysing again (debounced). */
  changed(): void;
  stop(): void;
}

/**
 * Why the page is worth reading again: the address changed, the article element was replaced
 * (another story at the same address), or the same article grew or was edited.
 */
export type ChangeReason = 'navigation' | 'replaced' | 'content';

export function watchPage(onChange: (reason: ChangeReason) => void, onEdit: (records: MutationRecord[]) => void): PageWatch {
  const abort = new AbortController();
  let url = addressOf(location.href);
  let root: Element | null = null;
  let length = 0;
  let edited = false;
  let added = 0;
  let rechecks = 0;

  const checkAddress = () => {
    const now = addressOf(location.href);
    if (now === url) return false;
    url = now;
    rechecks = 0;
    onChange('navigation');
    return true;
  };
  const onAddress = debounce(checkAddress, 300);
  addEventListener('popstate', onAddress, { signal: abort.signal });
  // The Navigation API sees pushState from page scripts, which a content script cannot patch.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onAddress, { signal: abort.signal });

  const settle = debounce(() => {
    if (checkAddress()) return;
    if (root) {
      if (!root.isConnected) onChange('replaced');
      else {
        const now = (root.textContent ?? '').length;
        if (edited || Math.abs(now - length) > Math.max(200, length * SIGNIFICANT_CHANGE)) onChange('content');
      }
    } else if (added >= ARRIVING_ARTICLE && rechecks < SKIPPED_RECHECKS) {
      rechecks++;
      onChange('content');
    }
  }, 1000);

  const articleObserver = new MutationObserver((records) => {
    onEdit(records);
    settle();
  });
  const skippedObserver = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) added += n.textContent?.length ?? 0;
    if (added >= ARRIVING_ARTICLE) settle();
  });

  const unobserve = () => {
    articleObserver.disconnect();
    skippedObserver.disconnect();
    settle.cancel();
    root = null;
    edited = false;
    added = 0;
  };
  abort.signal.addEventListener('abort', () => (unobserve(), onAddress.cancel()));

  return {
    observeArticle(next) {
      unobserve();
      root = next;
      length = (next.textContent ?? '').length;
      articleObserver.observe(next, { childList: true, subtree: true, characterData: true });
      for (let el = next.parentElement; el; el = el.parentElement) articleObserver.observe(el, { childList: true });
    },
    observeSkipped() {
      unobserve();
      if (rechecks < SKIPPED_RECHECKS && document.body) skippedObserver.observe(document.body, { childList: true, subtree: true });
    },
    unobserve,
    discard: () => void articleObserver.takeRecords(),
    changed() {
      edited = true;
      settle();
    },
    stop: () => abort.abort(),
  };
}

/** The address without its fragment: jumping to an anchor is not a new page. */
function addressOf(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}
