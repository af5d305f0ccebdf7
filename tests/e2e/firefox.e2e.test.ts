/// <reference types="chrome" />
// The Firefox build (dist-firefox/) in Firefox ESR: the demo article is highlighted and the popup
// page, opened in a tab for the article's tab, lists what was found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../../scripts/dist-state.mjs';
import { serve } from '../../scripts/serve.mjs';
import type { Served } from '../../scripts/serve.mjs';
import { until } from './harness/chromium';
import { firefoxAvailable, gotoExtensionPage, launchFirefox, newWatchedPage, puppeteerHandle } from './harness/firefox';
import type { FirefoxSession } from './harness/firefox';
import { KINDS, countRanges, totalRanges } from './harness/highlights';
import type { Painted } from './harness/highlights';
import { DIST_FIREFOX, FIXTURE_PAGES, ROOT } from './harness/paths';
import { settledPopup } from './harness/popup';
import type { PopupSnapshot } from './harness/popup';

const DEMO_CHROME = '#site-header, #site-nav, #sidebar, .ad, #related, #comments, #site-footer';

const hasFirefoxBuild = Boolean(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts?.['build:firefox']);
const skipWhy = !firefoxAvailable() ? 'no Firefox at /usr/bin/firefox-esr (set FIREFOX_PATH)' : !hasFirefoxBuild ? 'package.json has no build:firefox script' : '';
if (skipWhy) console.warn(`firefox.e2e: skipped, ${skipWhy}`);

/** The same reading of CSS.highlights as the Chromium tests, for a Puppeteer page. */
function readHighlights(page: Page, inside: string): Promise<Painted> {
  return page.evaluate((selector: string) => {
    const regions = [...document.querySelectorAll(selector)];
    const out: Record<string, { text: string; top: number; bottom: number; insideMatch: string | null }[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('gos-')) continue;
      out[name] = [...highlight].map((r) => {
        const range = r as Range;
        const rect = range.getBoundingClientRect();
        const hit = regions.find((el) => range.intersectsNode(el));
        return { text: range.toString(), top: rect.top, bottom: rect.bottom, insideMatch: hit ? hit.id || hit.className : null };
      });
    }
    return out;
  }, inside);
}

(skipWhy ? describe.skip : describe)('Grain of Salt in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: Served;
  let article: Page;
  let painted: Painted;
  let popup: PopupSnapshot;

  beforeAll(async () => {
    ensureBuilt('firefox');
    server = await serve(FIXTURE_PAGES);
    session = await launchFirefox(DIST_FIREFOX);
    article = await newWatchedPage(session);
    await article.goto(`${server.url}demo-article.html`);
    painted = await until(() => readHighlights(article, DEMO_CHROME), (p) => totalRanges(p) > 0, 15_000);

    // The article's tab id, asked from an extension page (tab ids are the browser's, not Puppeteer's).
    const popupPath = session.manifest.action?.default_popup;
    if (!popupPath) throw new Error('dist-firefox/manifest.json has no action.default_popup');
    const tab = await newWatchedPage(session);
    await gotoExtensionPage(tab, session.extensionUrl(`${popupPath}?tabId=0`));
    const articleUrl = article.url();
    const tabId = await tab.evaluate(async (want: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === want)?.id ?? null;
    }, articleUrl);
    if (tabId === null) throw new Error(`no tab has ${articleUrl}`);
    await gotoExtensionPage(tab, session.extensionUrl(`${popupPath}?tabId=${tabId}`));
    popup = await settledPopup(puppeteerHandle(tab), 15_000);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  test('the demo article is highlighted in every category, and only inside the article', () => {
    for (const kind of KINDS) expect(countRanges(painted, kind), kind).toBeGreaterThan(0);
    const outside = Object.values(painted).flat().filter((r) => r.insideMatch).map((r) => `"${r.text}" in ${r.insideMatch}`);
    expect(outside).toEqual([]);
  });

  test('the popup page in a tab lists the findings under the four sections', () => {
    expect(popup.summary).toMatch(/\d+ hedges?/);
    expect(popup.findings.length).toBeGreaterThan(5);
    for (const section of ['Hedges', 'Unnamed sources', 'Vague attributions', "The article's own caveats"]) {
      expect(popup.headings.some((h) => h.startsWith(section)), section).toBe(true);
    }
    expect(popup.text).not.toContain('cream');
  });

  test('no uncaught errors', () => {
    expect(session.errors).toEqual([]);
  });
});
