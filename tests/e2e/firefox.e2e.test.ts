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
import { actOnOptions, pageHighlightStyle, snapshotOptions } from './harness/options';
import { settledPopup, snapshotPopup } from './harness/popup';
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
  let popupTab: Page;
  let tabIdOf: (page: Page) => Promise<number>;

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
    popupTab = tab;
    await gotoExtensionPage(tab, session.extensionUrl(`${popupPath}?tabId=0`));
    tabIdOf = async (page: Page) => {
      const want = page.url();
      const id = await tab.evaluate(async (url: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === url)?.id ?? null;
      }, want);
      if (id === null) throw new Error(`no tab has ${want}`);
      return id;
    };
    const tabId = await tabIdOf(article);
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

  test('the popup shows the sourcing at a glance: a bar with a text alternative, the numbers, the official carrying the most claims', () => {
    const s = popup.sourcing!;
    expect(s, popup.text).toBeTruthy();
    expect(s.barRole).toBe('img');
    expect(s.barLabel).toMatch(/^\d+ claims? on named sources, \d+ claims? on unnamed sources, \d+ claims? on vague attributions$/);
    expect(s.legend.map((l) => l.replace(/^\d+ /, ''))).toEqual(['named', 'unnamed', 'vague']);
    expect(s.parts.map((p) => p.part)).toEqual(['named', 'unnamed', 'vague']);
    expect(s.top).toMatch(/^([3-9]|\d\d) claims rest on one unnamed source: a former .*official/);
  });

  test('each popup item says why it was flagged and what to check', async () => {
    const checks = await popupTab.evaluate(() => [...document.querySelectorAll('button[data-testid="finding"] .check')].map((e) => e.textContent ?? ''));
    expect(checks.length).toBe(popup.findings.length);
    expect(checks).toContain('Check: Who is the source? Is it confirmed elsewhere?');
  });

  describe('the options apply to open tabs at once', () => {
    let options: Page;
    const onOptions = (action: Parameters<typeof actOnOptions>[1]) => actOnOptions(puppeteerHandle(options).evaluate, action);
    const readOptions = () => snapshotOptions(puppeteerHandle(options).evaluate);
    const painted = (page: Page = article) => readHighlights(page, DEMO_CHROME);

    beforeAll(async () => {
      options = await newWatchedPage(session);
      const path = (session.manifest as { options_ui?: { page?: string } }).options_ui?.page;
      if (!path) throw new Error('dist-firefox/manifest.json has no options_ui.page');
      await gotoExtensionPage(options, session.extensionUrl(path));
      await until(readOptions, (o) => o.checked.mode !== null, 15_000);
    });

    test('a category switched off disappears from the page and the preview, and comes back', async () => {
      expect(countRanges(await painted(), 'gos-hedge')).toBeGreaterThan(0);
      await onOptions({ check: 'kinds', kind: 'hedge' });
      const off = await until(painted, (p) => countRanges(p, 'gos-hedge') === 0);
      expect(countRanges(off, 'gos-hedge')).toBe(0);
      expect(countRanges(off, 'gos-caveat')).toBeGreaterThan(0);
      expect((await readOptions()).preview).not.toContain('gos-mark gos-hedge');
      await onOptions({ check: 'kinds', kind: 'hedge' });
      expect(countRanges(await until(painted, (p) => countRanges(p, 'gos-hedge') > 0), 'gos-hedge')).toBeGreaterThan(0);
    });

    test('the highlight style applies to the page at once', async () => {
      for (const style of ['underline', 'background', 'both']) {
        await onOptions({ radio: 'style', value: style });
        expect(await until(() => pageHighlightStyle(puppeteerHandle(article).evaluate), (s) => s === style), style).toBe(style);
      }
    });

    test('a category left out of "List in the popup" leaves the open popup page', async () => {
      await onOptions({ check: 'listed', kind: 'caveat' });
      const without = await until(() => snapshotPopup(puppeteerHandle(popupTab)), (s) => s.headings.length === 3);
      expect(without.headings.some((h) => h.startsWith("The article's own caveats"))).toBe(false);
      await onOptions({ check: 'listed', kind: 'caveat' });
      expect((await until(() => snapshotPopup(puppeteerHandle(popupTab)), (s) => s.headings.length === 4)).headings).toHaveLength(4);
    });

    test('your own words apply to the open page at once: an own cue is highlighted, a never-flag word is not', async () => {
      const hedgeCues = (p: Painted) => (p['gos-hedge-cue'] ?? []).map((r) => r.text.toLowerCase());
      const before = await painted();
      expect(hedgeCues(before)).toContain('reportedly');
      await onOptions({ addCue: 'hedge', text: 'failed harvests' });
      await onOptions({ addCue: 'never', text: 'reportedly' });
      expect((await until(readOptions, (o) => o.cues.never?.length > 0)).cues).toMatchObject({ hedge: ['failed harvests'], never: ['reportedly'] });
      const after = await until(painted, (p) => hedgeCues(p).includes('failed harvests') && !hedgeCues(p).includes('reportedly'));
      expect(hedgeCues(after)).toContain('failed harvests');
      expect(hedgeCues(after)).not.toContain('reportedly');
      await onOptions({ removeCue: 'failed harvests' });
      await onOptions({ removeCue: 'reportedly' });
      const back = await until(painted, (p) => hedgeCues(p).includes('reportedly') && !hedgeCues(p).includes('failed harvests'));
      expect(totalRanges(back)).toBe(totalRanges(before));
    });

    test('a site added to "never runs" is cleared at once; removed, it is highlighted again', async () => {
      await onOptions({ addSite: 'never', host: '127.0.0.1' });
      expect((await until(readOptions, (o) => o.never.length > 0)).never).toEqual(['127.0.0.1']);
      expect(totalRanges(await until(painted, (p) => totalRanges(p) === 0))).toBe(0);
      await onOptions({ removeSite: '127.0.0.1' });
      expect(totalRanges(await until(painted, (p) => totalRanges(p) > 0))).toBeGreaterThan(0);
    });

    test('"only when I ask": a new article waits until the popup is opened for it', async () => {
      await onOptions({ radio: 'mode', value: 'on-request' });
      const fresh = await newWatchedPage(session);
      await fresh.goto(`${server.url}wire-story.html`);
      await new Promise((r) => setTimeout(r, 2000));
      expect(totalRanges(await painted(fresh))).toBe(0);
      const freshId = await tabIdOf(fresh);
      const asker = await newWatchedPage(session);
      await gotoExtensionPage(asker, session.extensionUrl(`${session.manifest.action?.default_popup}?tabId=${freshId}`));
      await settledPopup(puppeteerHandle(asker), 15_000);
      expect(totalRanges(await until(() => painted(fresh), (p) => totalRanges(p) > 0, 15_000))).toBeGreaterThan(0);
      await onOptions({ radio: 'mode', value: 'auto' });
      await asker.close();
      await fresh.close();
    });
  });

  test('no uncaught errors', () => {
    expect(session.errors).toEqual([]);
  });
});
