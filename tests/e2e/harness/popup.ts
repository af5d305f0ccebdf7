/// <reference types="chrome" />
// Reading and driving the popup. Two ways to reach it, one vocabulary:
// - the REAL popup, opened by chrome.action.openPopup() and reached from another extension page
//   through chrome.extension.getViews({ type: 'popup' }) (headless Chromium gives it no Page);
// - the popup page loaded in an ordinary tab with ?tabId=N (Firefox, screenshots).
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { until } from './chromium';

export interface PopupFinding {
  text: string;
  /** The words inside <mark>/<strong>: the cues. */
  cues: string[];
  /** The section heading (h2) the item sits under, as read. */
  section: string | null;
}

/** The sourcing at a glance as drawn: the bar's parts with their widths and patterns, the words. */
export interface SourcingSnapshot {
  /** The bar's text alternative (aria-label), null when there is no bar. */
  barLabel: string | null;
  barRole: string | null;
  parts: { part: string; claims: number; width: number; pattern: string }[];
  legend: string[];
  top: string | null;
  text: string;
}

export interface PopupSnapshot {
  open: boolean;
  summary: string | null;
  sourcing: SourcingSnapshot | null;
  switch: { checked: string | null; label: string } | null;
  /** Section headings (h2), as read: the title, possibly followed by a count. */
  headings: string[];
  /** Headings inside sections (h3): the unnamed sources the claims are grouped under. */
  subheadings: string[];
  findings: PopupFinding[];
  skipped: string | null;
  buttons: string[];
  text: string;
}

export type PopupAction = { switch: true } | { finding: number } | { button: string };

/** Runs a function in a page: Playwright's and Puppeteer's page.evaluate both fit. */
export type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** Where the popup document is: the real popup seen from an extension page, or the page's own document. */
export interface PopupHandle {
  evaluate: Evaluate;
  real: boolean;
  /** The Playwright page evaluated in (the helper page for the real popup, else the popup tab). */
  page?: Page;
}

export const playwrightHandle = (page: Page, real: boolean): PopupHandle => ({
  evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
  real,
  page,
});

const CLOSED: PopupSnapshot = { open: false, summary: null, sourcing: null, switch: null, headings: [], subheadings: [], findings: [], skipped: null, buttons: [], text: '' };

export async function snapshotPopup({ evaluate, real }: PopupHandle): Promise<PopupSnapshot> {
  const snap = await evaluate((isReal: boolean) => {
    const doc = isReal ? chrome.extension.getViews({ type: 'popup' })[0]?.document : document;
    if (!doc?.body) return null;
    // textContent, not innerText: the text as written, whatever text-transform the styles apply.
    const text = (el: Element | null) => (el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null);
    const labelOf = (el: Element) => {
      const by = el.getAttribute('aria-labelledby');
      const labelled = by ? by.split(/\s+/).map((id) => text(doc.getElementById(id)) ?? '').join(' ') : '';
      return (el.getAttribute('aria-label') ?? labelled) || (text(el) ?? '');
    };
    const sw = doc.querySelector('[role="switch"]');
    const headings = [...doc.querySelectorAll('h2')];
    const findings = [...doc.querySelectorAll('button[data-testid="finding"]')].map((b) => {
      // The section a finding sits under: the last section heading before it in document order.
      const before = headings.filter((h) => h.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {
        text: text(b) ?? '',
        cues: [...b.querySelectorAll('mark, strong')].map((m) => text(m) ?? ''),
        section: text(before[before.length - 1] ?? null),
      };
    });
    const glance = doc.querySelector('[data-testid="sourcing"]');
    const bar = glance?.querySelector('[data-testid="sourcing-bar"]') ?? null;
    const sourcing = glance
      ? {
          barLabel: bar?.getAttribute('aria-label') ?? null,
          barRole: bar?.getAttribute('role') ?? null,
          parts: [...(bar?.children ?? [])].map((el) => ({
            part: el.getAttribute('data-part') ?? '',
            claims: Number(el.getAttribute('data-claims')),
            width: el.getBoundingClientRect().width,
            pattern: doc.defaultView?.getComputedStyle(el).backgroundImage ?? '',
          })),
          legend: [...glance.querySelectorAll('[data-testid="sourcing-legend"] li')].map((li) => text(li) ?? ''),
          top: text(glance.querySelector('[data-testid="sourcing-top"]')),
          text: text(glance) ?? '',
        }
      : null;
    return {
      open: true,
      summary: text(doc.querySelector('[data-testid="summary"]')),
      sourcing,
      switch: sw ? { checked: sw.getAttribute('aria-checked'), label: labelOf(sw) } : null,
      headings: headings.map((h) => text(h) ?? ''),
      subheadings: [...doc.querySelectorAll('h3')].map((h) => text(h) ?? ''),
      findings,
      skipped: text(doc.querySelector('[data-testid="skipped"]')),
      buttons: [...doc.querySelectorAll('button')].map((b) => text(b) ?? ''),
      text: text(doc.body) ?? '',
    };
  }, real);
  return snap ?? CLOSED;
}

export async function actOnPopup({ evaluate, real }: PopupHandle, action: PopupAction): Promise<void> {
  const done = await evaluate(
    ({ isReal, act }: { isReal: boolean; act: PopupAction }) => {
      const doc = isReal ? chrome.extension.getViews({ type: 'popup' })[0]?.document : document;
      if (!doc) return 'popup is not open';
      let target: Element | undefined;
      if ('switch' in act) target = doc.querySelector('[role="switch"]') ?? undefined;
      else if ('finding' in act) target = doc.querySelectorAll('button[data-testid="finding"]')[act.finding];
      else target = [...doc.querySelectorAll('button')].find((b) => b.textContent?.trim() === act.button);
      if (!target) return `nothing to click for ${JSON.stringify(act)}`;
      (target as HTMLElement).click();
      return '';
    },
    { isReal: real, act: action },
  );
  if (done) throw new Error(done);
}

/** Waits until the popup shows a summary or a skipped notice (it renders after asking the page). */
export function settledPopup(handle: PopupHandle, timeoutMs = 10_000): Promise<PopupSnapshot> {
  return until(
    () => snapshotPopup(handle),
    (s) => s.open && (s.summary !== null || s.skipped !== null),
    timeoutMs,
  );
}

/** An extension page to look at the real popup from: the options page, else any of ours. */
export function helperPath(session: ChromiumSession): string {
  const m = session.manifest;
  return m.options_ui?.page ?? m.options_page ?? `${popupPath(session)}?helper`;
}

export function popupPath(session: ChromiumSession): string {
  const path = session.manifest.action?.default_popup;
  if (!path) throw new Error('dist/manifest.json has no action.default_popup');
  return path;
}

export async function openHelperPage(session: ChromiumSession): Promise<Page> {
  const helper = await session.context.newPage();
  await helper.goto(session.extensionUrl(helperPath(session)));
  return helper;
}

/** Opens the real toolbar popup for `article` (which must be the active tab of the focused window). */
export async function openRealPopup(session: ChromiumSession, article: Page, helper: Page): Promise<PopupHandle> {
  await article.bringToFront();
  const opened = await session.worker.evaluate(async () => {
    try {
      await chrome.action.openPopup();
      return '';
    } catch (e) {
      return String(e);
    }
  });
  if (opened) throw new Error(`chrome.action.openPopup() failed: ${opened}`);
  const handle = playwrightHandle(helper, true);
  await until(
    () => helper.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length),
    (n) => n > 0,
  );
  return handle;
}

/** Closes the real popup, if open. */
export async function closeRealPopup(helper: Page): Promise<void> {
  await helper.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
}

/** The popup page in an ordinary tab, for `tabId`. */
export async function openPopupInTab(session: ChromiumSession, tabId: number, viewport = { width: 400, height: 600 }): Promise<PopupHandle> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${session.extensionUrl(popupPath(session))}?tabId=${tabId}`);
  return playwrightHandle(page, false);
}
