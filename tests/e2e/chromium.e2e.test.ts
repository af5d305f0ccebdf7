/// <reference types="chrome" />
// The built extension (dist/) in real headless Chromium, on fixture pages served from 127.0.0.1:
// what a reader sees on the page, in the badge and in the real toolbar popup.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../../scripts/dist-state.mjs';
import { serve } from '../../scripts/serve.mjs';
import type { Served } from '../../scripts/serve.mjs';
import { badgeText, chromiumAvailable, launchChromium, recordTitles, tabIdOf, toolbarTitle, until } from './harness/chromium';
import type { ChromiumSession } from './harness/chromium';
import { KINDS, countRanges, readHighlights, totalRanges } from './harness/highlights';
import type { Painted } from './harness/highlights';
import { DIST, FIXTURE_PAGES, ROOT, SCREENSHOTS } from './harness/paths';
import { actOnPopup, closeRealPopup, openHelperPage, openPopupInTab, openRealPopup, settledPopup, snapshotPopup } from './harness/popup';
import type { PopupHandle, PopupSnapshot } from './harness/popup';
import { readPageText, referenceTexts } from './harness/reference';
import type { PageText } from './harness/reference';

// Everything on the demo page that is not the article: hedged text lives in all of it on purpose.
const DEMO_CHROME = '#site-header, #site-nav, #sidebar, .ad, #related, #comments, #site-footer';
const WIRE_CHROME = '#wire-top, #wire-ticker, #wire-promo, #wire-more, #wire-legal';
// Words that occur only in the demo page's chrome, never in its article.
const DEMO_CHROME_ONLY = ['cream', 'Doctors reportedly hate it', 'Celebrity chef', 'Coffee may help', 'riverside_reader', 'My cousin', 'Prices shown', 'central bank reportedly printing', 'Storms may disrupt', 'Rumours we are probably wrong'];

const SECTIONS = ['Hedges', 'Unnamed sources', 'Vague attributions', "The article's own caveats"];
/** Which section a heading names (headings may carry a count after the title). */
const sectionOf = (heading: string | null) => SECTIONS.find((s) => heading?.startsWith(s)) ?? heading;
/** The toolbar title on an analysed page: "Grain of Salt: 3 hedges, 2 unnamed sources, 1 caveat". */
const COUNTS_TITLE = /^Grain of Salt: \d+ (hedges?|unnamed sources?|vague attributions?|caveats?)(, \d+ (hedges?|unnamed sources?|vague attributions?|caveats?))*$/;
const sumOfCounts = (title: string) => [...title.matchAll(/(\d+) /g)].reduce((n, m) => n + Number(m[1]), 0);

const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) console.warn('chromium.e2e: skipped, no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');

run('Grain of Salt in Chromium', () => {
  let session: ChromiumSession;
  let server: Served;
  let helper: Page;
  let reference: Map<string, PageText>;
  const url = (name: string) => `${server.url}${name}`;

  beforeAll(async () => {
    ensureBuilt('chromium');
    server = await serve(FIXTURE_PAGES);
    reference = await referenceTexts([
      { url: url('demo-article.html'), selector: '#story' },
      { url: url('wire-story.html'), selector: '#story-body' },
      { url: url('dark-article.html'), selector: 'article' },
      { url: url('plain-report.html'), selector: 'article' },
      { url: url('index.html') },
    ]);
    session = await launchChromium(DIST);
    helper = await openHelperPage(session);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Opens `name` in a new tab and waits until the extension has painted it and set the badge. */
  async function openAnalysed(name: string, inside = ''): Promise<{ page: Page; tabId: number; badge: string; painted: Painted }> {
    const page = await session.context.newPage();
    await page.goto(url(name));
    const tabId = await tabIdOf(session, page);
    const badge = await until(() => badgeText(session, tabId), (b) => b !== '');
    const painted = await until(() => readHighlights(page, inside), (p) => totalRanges(p) > 0);
    return { page, tabId, badge, painted };
  }

  async function popupFor(page: Page): Promise<{ handle: PopupHandle; snap: PopupSnapshot }> {
    const handle = await openRealPopup(session, page, helper);
    return { handle, snap: await settledPopup(handle) };
  }

  const paintedNow = (page: Page) => readHighlights(page).then(totalRanges);

  describe('the demo article', () => {
    let page: Page;
    let tabId: number;
    let badge: string;
    let painted: Painted;
    let popup: PopupSnapshot;

    beforeAll(async () => {
      ({ page, tabId, badge, painted } = await openAnalysed('demo-article.html', DEMO_CHROME));
      const opened = await popupFor(page);
      popup = opened.snap;
      await closeRealPopup(helper);
    });

    test('the badge shows the number of findings the popup lists', () => {
      expect(badge).toMatch(/^\d+$/);
      expect(popup.findings.length).toBe(Number(badge));
    });

    test('the toolbar title says what was found, by kind, adding up to the badge', async () => {
      const title = await toolbarTitle(session, tabId);
      expect(title).toMatch(COUNTS_TITLE);
      expect(title).toMatch(/\d+ hedges?/);
      expect(title).toMatch(/\d+ caveats?/);
      expect(sumOfCounts(title)).toBe(Number(badge));
    });

    test('the badge agrees with the analyze CLI on the same page', () => {
      const cli = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', '--json', 'tests/fixtures/pages/demo-article.html'], { cwd: ROOT, encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const line = JSON.parse(cli.stdout.trim().split('\n')[0]) as { findings: { kind: string }[] };
      // The badge counts the flagged kinds; named sources are reported by the CLI only.
      expect(Number(badge)).toBe(line.findings.filter((f) => f.kind !== 'named-source').length);
    });

    test('every category is highlighted, in plausible numbers', () => {
      // The article has ~15 hedge cues, one former official cited 6 times, 4 vague crowds and
      // ~8 caveats; the ranges allow for the engine's judgement, not for missing a category.
      expect(countRanges(painted, 'gos-hedge')).toBeGreaterThanOrEqual(6);
      expect(countRanges(painted, 'gos-hedge')).toBeLessThanOrEqual(40);
      expect(countRanges(painted, 'gos-anonymous-source')).toBeGreaterThanOrEqual(3);
      expect(countRanges(painted, 'gos-anonymous-source')).toBeLessThanOrEqual(15);
      expect(countRanges(painted, 'gos-vague-source')).toBeGreaterThanOrEqual(2);
      expect(countRanges(painted, 'gos-vague-source')).toBeLessThanOrEqual(10);
      expect(countRanges(painted, 'gos-caveat')).toBeGreaterThanOrEqual(3);
      expect(countRanges(painted, 'gos-caveat')).toBeLessThanOrEqual(20);
    });

    test('each kind has at least as many ranges as the popup has findings of that kind', () => {
      SECTIONS.forEach((section, i) => {
        const listed = popup.findings.filter((f) => sectionOf(f.section) === section).length;
        expect(countRanges(painted, KINDS[i]), section).toBeGreaterThanOrEqual(listed);
      });
    });

    test('nothing outside the article is highlighted (nav, sidebar, ads, related, comments, footer)', () => {
      const outside = Object.entries(painted).flatMap(([name, ranges]) =>
        ranges.filter((r) => r.insideMatch).map((r) => `${name} "${r.text}" in ${r.insideMatch}`),
      );
      expect(outside).toEqual([]);
    });

    test('the popup: summary line, the four sections, cues marked in every item', () => {
      expect(popup.summary).toMatch(/\d+ hedges?/);
      expect(popup.summary).toMatch(/caveats? from the article itself/);
      expect(popup.headings.map(sectionOf)).toEqual(SECTIONS);
      for (const f of popup.findings) {
        expect(f.cues.length, f.text).toBeGreaterThan(0);
        expect(SECTIONS, f.text).toContain(sectionOf(f.section));
      }
      expect(popup.switch?.checked).toBe('true');
      expect(popup.switch?.label).toMatch(/highlight/i);
    });

    test('the popup groups the claims resting on the one former official', () => {
      const anonymous = popup.findings.filter((f) => sectionOf(f.section) === 'Unnamed sources');
      expect(anonymous.length).toBeGreaterThanOrEqual(3);
      expect(anonymous.some((f) => /official/i.test(f.text))).toBe(true);
      // The claims are gathered under the official, with their number: "a former ... official — 5 claims".
      const group = popup.subheadings.find((h) => /official/i.test(h));
      expect(group, popup.subheadings.join(' | ')).toMatch(/\b([3-9]|\d\d) claims\b/);
      // The first heading is the most-cited source.
      expect(popup.subheadings[0]).toBe(group);
    });

    test('the popup lists the caveats the article makes about itself', () => {
      const caveats = popup.findings.filter((f) => sectionOf(f.section) === "The article's own caveats").map((f) => f.text);
      expect(caveats.some((t) => /could not be independently verified/.test(t))).toBe(true);
      expect(caveats.some((t) => /declined to comment/.test(t))).toBe(true);
      expect(caveats.some((t) => /notoriously unreliable/.test(t))).toBe(true);
    });

    test('the popup shows nothing from outside the article', () => {
      for (const phrase of DEMO_CHROME_ONLY) expect(popup.text).not.toContain(phrase);
    });

    test('the page text is exactly what it is without the extension', async () => {
      const ref = reference.get(url('demo-article.html'));
      const now = await readPageText(page, '#story');
      expect(now.innerText).toBe(ref?.innerText);
      expect(now.textContent).toBe(ref?.textContent);
    });

    test('screenshot: the highlighted article (docs/screenshots/article.png)', async () => {
      await page.evaluate(() => document.querySelector('#story p:nth-of-type(3)')?.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => window.scrollBy(0, -120));
      await page.screenshot({ path: join(SCREENSHOTS, 'article.png') });
    });

    test('screenshot: the popup (docs/screenshots/popup.png), at the real popup width', async () => {
      const opened = await openRealPopup(session, page, helper);
      const width = await opened.evaluate(() => chrome.extension.getViews({ type: 'popup' })[0].innerWidth, undefined);
      await closeRealPopup(helper);
      // The popup in a tab, as wide as the real one and as tall as Chrome lets a popup grow.
      const tab = await openPopupInTab(session, tabId, { width: Math.max(300, Math.min(800, width)), height: 600 });
      const snap = await settledPopup(tab);
      expect(snap.findings.length).toBe(Number(badge));
      await tab.page?.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
      await tab.page?.close();
    });

    test('clicking an item scrolls the page to it and flashes it', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const handle = await openRealPopup(session, page, helper);
      const snap = await settledPopup(handle);
      // The last finding sits far below the first screen.
      const last = snap.findings.length - 1;
      expect(last).toBeGreaterThan(0);
      await actOnPopup(handle, { finding: last });
      const flash = await until(() => readHighlights(page), (p) => countRanges(p, 'gos-flash') > 0, 5_000, 50);
      expect(countRanges(flash, 'gos-flash')).toBeGreaterThan(0);
      const scrollY = await until(() => page.evaluate(() => window.scrollY), (y) => y > 0);
      expect(scrollY).toBeGreaterThan(0);
      // Smooth scrolling takes a moment: once it settles the flashed range is on screen.
      const settled = await until(
        async () => {
          const [a, b] = [await page.evaluate(() => window.scrollY), await new Promise((r) => setTimeout(r, 150)).then(() => page.evaluate(() => window.scrollY))];
          return a === b;
        },
        (still) => still,
      );
      expect(settled).toBe(true);
      const viewport = await page.evaluate(() => window.innerHeight);
      const target = (await readHighlights(page))['gos-flash']?.[0] ?? flash['gos-flash'][0];
      expect(target.top).toBeGreaterThanOrEqual(0);
      expect(target.bottom).toBeLessThanOrEqual(viewport);
      await closeRealPopup(helper);
    });

    test('the switch turns highlighting off and on; the choice is remembered for the site', async () => {
      let handle = await openRealPopup(session, page, helper);
      let snap = await settledPopup(handle);
      expect(snap.switch?.checked).toBe('true');
      await actOnPopup(handle, { switch: true });
      snap = await until(() => snapshotPopup(handle), (s) => s.switch?.checked === 'false');
      expect(snap.switch?.checked).toBe('false');
      expect(await until(() => paintedNow(page), (n) => n === 0)).toBe(0);
      // Off is a state of its own: a neutral mark and words, not an empty button.
      expect(await until(() => badgeText(session, tabId), (b) => b === '–')).toBe('–');
      expect(await toolbarTitle(session, tabId)).toBe('Grain of Salt: highlighting off for this site');
      await closeRealPopup(helper);

      // Reloaded, the site stays off.
      await page.reload();
      handle = await openRealPopup(session, page, helper);
      snap = await settledPopup(handle);
      expect(snap.switch?.checked).toBe('false');
      expect(await paintedNow(page)).toBe(0);
      expect(await until(() => toolbarTitle(session, tabId), (t) => /off/.test(t))).toBe('Grain of Salt: highlighting off for this site');

      // Another site (same server, other hostname) is unaffected.
      const other = await session.context.newPage();
      await other.goto(url('demo-article.html').replace('127.0.0.1', 'localhost'));
      expect(await until(() => paintedNow(other), (n) => n > 0)).toBeGreaterThan(0);
      await other.close();

      // On again, and still on after a reload.
      handle = await openRealPopup(session, page, helper);
      await settledPopup(handle);
      await actOnPopup(handle, { switch: true });
      snap = await until(() => snapshotPopup(handle), (s) => s.switch?.checked === 'true');
      expect(snap.switch?.checked).toBe('true');
      expect(await until(() => paintedNow(page), (n) => n > 0)).toBeGreaterThan(0);
      expect(await until(() => badgeText(session, tabId), (b) => b !== '–')).toBe(badge);
      expect(await toolbarTitle(session, tabId)).toMatch(COUNTS_TITLE);
      await closeRealPopup(helper);
      await page.reload();
      expect(await until(() => paintedNow(page), (n) => n > 0)).toBeGreaterThan(0);
    });

    test('the keyboard command toggles highlighting', async () => {
      // Headless Chromium has no browser window to receive accelerator keys, so the command
      // event is dispatched in the service worker, exactly as the browser would on the key press.
      const commands = session.manifest.commands ?? {};
      const name = Object.keys(commands).find((c) => !c.startsWith('_'));
      expect(name, 'manifest declares a command').toBeDefined();
      expect(Object.keys(commands[name as string].suggested_key ?? {}).length, 'the command has a suggested key').toBeGreaterThan(0);
      const fire = async () => {
        await page.bringToFront();
        await session.worker.evaluate(async (command) => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          (chrome.commands.onCommand as unknown as { dispatch(c: string, t?: chrome.tabs.Tab): void }).dispatch(command, tab);
        }, name as string);
      };
      expect(await until(() => paintedNow(page), (n) => n > 0)).toBeGreaterThan(0);
      await fire();
      expect(await until(() => paintedNow(page), (n) => n === 0)).toBe(0);
      await fire();
      expect(await until(() => paintedNow(page), (n) => n > 0)).toBeGreaterThan(0);
    });

    test('toggling leaves the page text as it was', async () => {
      const ref = reference.get(url('demo-article.html'));
      const now = await readPageText(page, '#story');
      expect(now.innerText).toBe(ref?.innerText);
      expect(now.textContent).toBe(ref?.textContent);
    });
  });

  describe('a page the extension has not seen (wire story, different markup)', () => {
    test('findings in the story, none in the site chrome, text unchanged', async () => {
      const titles = await recordTitles(session);
      const { page, tabId, badge, painted } = await openAnalysed('wire-story.html', WIRE_CHROME);
      // The button said "still reading" while the work ran, then what was found.
      const seen = (await titles()).filter((t) => t.tabId === tabId).map((t) => t.title);
      expect(seen).toContain('Grain of Salt: still reading');
      expect(seen.indexOf('Grain of Salt: still reading')).toBeLessThan(seen.length - 1);
      expect(await toolbarTitle(session, tabId)).toMatch(COUNTS_TITLE);
      expect(Number(badge)).toBeGreaterThan(3);
      expect(countRanges(painted, 'gos-anonymous-source')).toBeGreaterThanOrEqual(2);
      expect(countRanges(painted, 'gos-caveat')).toBeGreaterThanOrEqual(1);
      const outside = Object.values(painted).flat().filter((r) => r.insideMatch).map((r) => `"${r.text}" in ${r.insideMatch}`);
      expect(outside).toEqual([]);
      const ref = reference.get(url('wire-story.html'));
      expect(await readPageText(page, '#story-body')).toEqual(ref);
      await page.close();
    });
  });

  describe('a dark-themed article', () => {
    test('is highlighted and keeps its text (docs/screenshots/dark-article.png)', async () => {
      const { page, badge, painted } = await openAnalysed('dark-article.html');
      expect(Number(badge)).toBeGreaterThan(0);
      expect(countRanges(painted, 'gos-hedge')).toBeGreaterThan(0);
      expect(await readPageText(page, 'article')).toEqual(reference.get(url('dark-article.html')));
      await page.screenshot({ path: join(SCREENSHOTS, 'dark-article.png') });
      await page.close();
    });
  });

  describe('pages that are not for analysis', () => {
    test('a home page of links is skipped, and "Analyse anyway" analyses it', async () => {
      const page = await session.context.newPage();
      await page.goto(url('index.html'));
      const tabId = await tabIdOf(session, page);
      // The page ends in a state of its own before anyone opens the popup.
      expect(await until(() => toolbarTitle(session, tabId), (t) => /skipped/.test(t))).toMatch(/^Grain of Salt: not an article: skipped/);
      const handle = await openRealPopup(session, page, helper);
      const snap = await settledPopup(handle);
      expect(snap.skipped).not.toBeNull();
      expect(snap.buttons).toContain('Analyse anyway');
      expect(snap.findings).toEqual([]);
      expect(await badgeText(session, tabId)).toBe('');
      expect(await toolbarTitle(session, tabId)).toMatch(/^Grain of Salt: not an article: skipped \(.+\)$/);
      expect(await paintedNow(page)).toBe(0);

      await actOnPopup(handle, { button: 'Analyse anyway' });
      const after = await until(() => snapshotPopup(handle), (s) => s.summary !== null);
      expect(after.summary).not.toBeNull();
      // The teasers carry hedges ("reportedly", "may", "could"): analysed, some are found.
      expect(after.findings.length).toBeGreaterThan(0);
      expect(await until(() => paintedNow(page), (n) => n > 0)).toBeGreaterThan(0);
      expect(await until(() => toolbarTitle(session, tabId), (t) => COUNTS_TITLE.test(t))).toMatch(COUNTS_TITLE);
      await closeRealPopup(helper);
      expect((await readPageText(page)).innerText).toBe(reference.get(url('index.html'))?.innerText);
      await page.close();
    });

    test('an article with nothing to flag says so', async () => {
      const page = await session.context.newPage();
      await page.goto(url('plain-report.html'));
      const tabId = await tabIdOf(session, page);
      // Without opening the popup, the button already tells "nothing" from "skipped" and "still reading".
      expect(await until(() => toolbarTitle(session, tabId), (t) => /nothing/.test(t))).toBe('Grain of Salt: nothing to take with a grain of salt');
      expect(await badgeText(session, tabId)).toBe('0');
      const handle = await openRealPopup(session, page, helper);
      const snap = await settledPopup(handle);
      expect(snap.skipped).toBeNull();
      expect(snap.summary).toMatch(/nothing/i);
      expect(snap.findings).toEqual([]);
      expect(await badgeText(session, tabId)).toBe('0');
      expect(await paintedNow(page)).toBe(0);
      await closeRealPopup(helper);
      expect(await readPageText(page, 'article')).toEqual(reference.get(url('plain-report.html')));
      await page.close();
    });
  });

  describe('an error', () => {
    test('is said in the title and marked on the badge', async () => {
      const page = await session.context.newPage();
      await page.goto(url('plain-report.html'));
      const tabId = await tabIdOf(session, page);
      await until(() => toolbarTitle(session, tabId), (t) => /nothing/.test(t));
      // A content script that failed sends an error report; it is delivered here as the browser
      // would deliver it, from that tab.
      await session.worker.evaluate((id) => {
        const report = { type: 'report', report: { status: 'error', message: 'test failure', host: '127.0.0.1', enabled: true } };
        (chrome.runtime.onMessage as unknown as { dispatch(m: unknown, s: unknown, r: () => void): void }).dispatch(report, { tab: { id } }, () => {});
      }, tabId);
      expect(await until(() => toolbarTitle(session, tabId), (t) => /could not/.test(t))).toBe('Grain of Salt: could not analyse this page (test failure)');
      expect(await badgeText(session, tabId)).toBe('!');
      await page.close();
    });
  });

  describe('hygiene over the whole session', () => {
    test('no uncaught errors and no console errors from the extension', () => {
      expect(session.problems.errors).toEqual([]);
      expect(session.problems.consoleErrors).toEqual([]);
    });

    test('no request left 127.0.0.1', () => {
      expect(session.problems.foreignRequests).toEqual([]);
    });
  });
});
