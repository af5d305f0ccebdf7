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
import { seriousViolations } from './harness/axe';
import { actOnOptions, pageHighlightStyle, snapshotOptions } from './harness/options';
import { actOnPopup, closeRealPopup, helperPath, openHelperPage, openPopupInTab, openRealPopup, playwrightHandle, settledPopup, snapshotPopup } from './harness/popup';
import type { PopupHandle, PopupSnapshot } from './harness/popup';
import { readPageText, referenceTexts } from './harness/reference';
import { analyze, summarizeSourcing } from '../../src/engine';
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

    test('the popup shows the sourcing at a glance: the engine\'s counts for this article, a patterned bar with a text alternative, the official carrying the most claims', () => {
      // What the engine says about the same article text (named sources included).
      const cli = spawnSync('npx', ['tsx', 'src/cli/analyze.ts', '--json', '--text', 'tests/fixtures/pages/demo-article.html'], { cwd: ROOT, encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const expected = summarizeSourcing(analyze((JSON.parse(cli.stdout.trim().split('\n')[0]) as { text: string }).text));
      // The demo cites named people, one former official again and again, and vague crowds.
      expect(expected.named).toBeGreaterThan(0);
      expect(expected.unnamed).toBeGreaterThanOrEqual(3);
      expect(expected.vague).toBeGreaterThan(0);
      const s = popup.sourcing!;
      expect(s, popup.text).toBeTruthy();
      expect(s.legend).toEqual([`${expected.named} named`, `${expected.unnamed} unnamed`, `${expected.vague} vague`]);
      expect(s.barRole).toBe('img');
      const claims = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;
      expect(s.barLabel).toBe(`${claims(expected.named)} on named sources, ${claims(expected.unnamed)} on unnamed sources, ${claims(expected.vague)} on vague attributions`);
      // Each part as wide as its share of the claims, and each with its own pattern (readable without colour).
      const total = expected.named + expected.unnamed + expected.vague;
      const width = s.parts.reduce((w, p) => w + p.width, 0);
      expect(s.parts.map((p) => [p.part, p.claims])).toEqual([['named', expected.named], ['unnamed', expected.unnamed], ['vague', expected.vague]]);
      for (const p of s.parts) expect(Math.abs(p.width / width - p.claims / total), p.part).toBeLessThan(0.05);
      expect(new Set(s.parts.map((p) => p.pattern)).size).toBe(3);
      expect(s.parts.filter((p) => /gradient/.test(p.pattern)).map((p) => p.part)).toEqual(['unnamed', 'vague']);
      expect(s.top).toBe(`${expected.top!.claims} claims rest on one unnamed source: ${expected.top!.label}`);
      expect(s.top).toMatch(/^([3-9]|\d\d) claims rest on one unnamed source: a former .*official/);
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
      await settledPopup(opened);
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

    test('the popup says why each item was flagged and what to check, with a note on how to read it', async () => {
      const tab = await openPopupInTab(session, tabId);
      await settledPopup(tab);
      const read = await tab.page!.evaluate(() => ({
        why: [...document.querySelectorAll('button[data-testid="finding"] .why')].map((e) => e.textContent ?? ''),
        check: [...document.querySelectorAll('button[data-testid="finding"] .check')].map((e) => e.textContent ?? ''),
        howto: document.querySelector('details[data-testid="howto"]')?.textContent ?? '',
      }));
      expect(read.why.length).toBeGreaterThan(5);
      expect(read.why.every((w) => /^Why: \S/.test(w))).toBe(true);
      expect(read.check.every((c) => /^Check: .+\?$/.test(c))).toBe(true);
      expect(read.check).toContain('Check: Who is the source? Is it confirmed elsewhere?');
      expect(read.howto).toMatch(/How to read this.*not a verdict/);
      await tab.page?.close();
    });

    test('"Copy summary" puts Markdown with the title, the address and the findings grouped on the clipboard', async () => {
      const tab = await openPopupInTab(session, tabId);
      await settledPopup(tab);
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await tab.page!.bringToFront();
      await tab.page!.click('button[data-testid="copy"]');
      const status = await until(() => tab.page!.textContent('[data-testid="copy-status"]'), (s) => Boolean(s));
      expect(status).toBe('Summary copied as Markdown.');
      const md = await tab.page!.evaluate(() => navigator.clipboard.readText());
      // The title the popup shows (the article's headline, from the content script's report).
      const title = await tab.page!.textContent('.article-title');
      expect(title).toMatch(/Varenian leader/);
      expect(md.split('\n')[0]).toBe(`# ${title}`);
      expect(md).toContain(`<${page.url()}>`);
      expect(md).toMatch(/^## Hedges \(\d+\)$/m);
      expect(md).toMatch(/^### .*official.* — \d+ claims$/m);
      expect(md).toMatch(/^Sourcing: \d+ claims? on named sources, \d+ claims? on unnamed sources, \d+ claims? on vague attributions\. \d+ claims rest on one unnamed source: a former .*official/m);
      expect(md).toMatch(/^## The article's own caveats \(\d+\)$/m);
      expect(md).toContain('could not be independently verified');
      await tab.page?.close();
    });

    test('the popup list works by keyboard: arrows move, Enter shows the finding on the page', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const tab = await openPopupInTab(session, tabId);
      const snap = await settledPopup(tab);
      const popupPage = tab.page!;
      await popupPage.focus('button[data-testid="finding"]');
      for (let i = 0; i < 3; i++) await popupPage.keyboard.press('ArrowDown');
      expect(await popupPage.evaluate(() => [...document.querySelectorAll('button[data-testid="finding"]')].indexOf(document.activeElement as Element))).toBe(3);
      await popupPage.keyboard.press('End');
      const last = await popupPage.evaluate(() => [...document.querySelectorAll('button[data-testid="finding"]')].indexOf(document.activeElement as Element));
      expect(last).toBe(snap.findings.length - 1);
      await popupPage.keyboard.press('Enter');
      expect(countRanges(await until(() => readHighlights(page), (p) => countRanges(p, 'gos-flash') > 0, 5_000, 50), 'gos-flash')).toBeGreaterThan(0);
      expect(await until(() => page.evaluate(() => window.scrollY), (y) => y > 0)).toBeGreaterThan(0);
      await popupPage.close();
    });

    test('the "next finding" command shows the findings on the page one after another', async () => {
      const commands = session.manifest.commands ?? {};
      expect(commands['next-finding']?.suggested_key?.default).toBeTruthy();
      // The browser bound the suggested key (it silently leaves out one that clashes with its own).
      const bound = await session.worker.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'next-finding')?.shortcut);
      expect(bound).toBe(commands['next-finding']?.suggested_key?.default);
      await page.evaluate(() => window.scrollTo(0, 0));
      const flashed = async () => {
        await page.bringToFront();
        await session.worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          (chrome.commands.onCommand as unknown as { dispatch(c: string, t?: chrome.tabs.Tab): void }).dispatch('next-finding', tab);
        });
        const p = await until(() => readHighlights(page), (h) => countRanges(h, 'gos-flash') > 0, 5_000, 50);
        const text = p['gos-flash'].map((r) => r.text).join('');
        // Wait for the flash to end so the next one is a new flash.
        await until(() => readHighlights(page), (h) => countRanges(h, 'gos-flash') === 0, 5_000, 100);
        return text;
      };
      const first = await flashed();
      const second = await flashed();
      expect(first.length).toBeGreaterThan(0);
      expect(second.length).toBeGreaterThan(0);
      expect(second).not.toBe(first);
    });

    test('toggling leaves the page text as it was', async () => {
      const ref = reference.get(url('demo-article.html'));
      const now = await readPageText(page, '#story');
      expect(now.innerText).toBe(ref?.innerText);
      expect(now.textContent).toBe(ref?.textContent);
    });
  });

  describe('the options apply to open tabs at once', () => {
    let page: Page;
    let tabId: number;
    let options: Page;
    const onOptions = (action: Parameters<typeof actOnOptions>[1]) => actOnOptions(playwrightHandle(options, false).evaluate, action);
    const readOptions = () => snapshotOptions(playwrightHandle(options, false).evaluate);

    beforeAll(async () => {
      ({ page, tabId } = await openAnalysed('demo-article.html', DEMO_CHROME));
      options = await session.context.newPage();
      await options.goto(session.extensionUrl(helperPath(session)));
      await until(readOptions, (o) => o.checked.mode !== null);
    });

    afterAll(async () => {
      await options?.close();
      await page?.close();
    });

    test('the options page shows the defaults and a preview with every category', async () => {
      const o = await readOptions();
      expect(o.checked).toEqual({ kinds: KINDS.map((k) => k.slice(4)), listed: KINDS.map((k) => k.slice(4)), mode: 'auto', style: 'both' });
      for (const kind of KINDS) expect(o.preview, kind).toContain(`gos-mark ${kind}`);
    });

    test('screenshot: the options page (docs/screenshots/options.png)', async () => {
      await options.setViewportSize({ width: 640, height: 1100 });
      await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });
    });

    test('a category switched off disappears from the page and the preview, and comes back', async () => {
      expect(countRanges(await readHighlights(page), 'gos-hedge')).toBeGreaterThan(0);
      await onOptions({ check: 'kinds', kind: 'hedge' });
      const off = await until(() => readHighlights(page), (p) => countRanges(p, 'gos-hedge') === 0);
      expect(countRanges(off, 'gos-hedge')).toBe(0);
      expect(countRanges(off, 'gos-caveat')).toBeGreaterThan(0);
      expect((await readOptions()).preview).not.toContain('gos-mark gos-hedge');
      await onOptions({ check: 'kinds', kind: 'hedge' });
      expect(countRanges(await until(() => readHighlights(page), (p) => countRanges(p, 'gos-hedge') > 0), 'gos-hedge')).toBeGreaterThan(0);
    });

    test('the highlight style applies to the page and to the preview at once', async () => {
      const pageStyle = () => pageHighlightStyle(playwrightHandle(page, false).evaluate);
      const previewLook = () =>
        options.evaluate(() => {
          const mark = document.querySelector('[data-testid="preview"] mark.gos-hedge') as HTMLElement;
          const cs = getComputedStyle(mark);
          return { tint: cs.backgroundColor !== 'rgba(0, 0, 0, 0)', line: cs.textDecorationLine.includes('underline') };
        });
      for (const [style, look] of [['underline', { tint: false, line: true }], ['background', { tint: true, line: false }], ['both', { tint: true, line: true }]] as const) {
        await onOptions({ radio: 'style', value: style });
        expect(await until(pageStyle, (s) => s === style), style).toBe(style);
        expect(await until(previewLook, (l) => l.tint === look.tint && l.line === look.line), style).toEqual(look);
      }
    });

    test('a category left out of "List in the popup" leaves the popup', async () => {
      await onOptions({ check: 'listed', kind: 'caveat' });
      const tab = await openPopupInTab(session, tabId);
      const snap = await settledPopup(tab);
      expect(snap.headings.map(sectionOf)).toEqual(SECTIONS.slice(0, 3));
      expect(snap.summary).not.toMatch(/caveat/);
      await onOptions({ check: 'listed', kind: 'caveat' });
      const back = await until(() => snapshotPopup(tab), (s) => s.headings.length === 4);
      expect(back.headings.map(sectionOf)).toEqual(SECTIONS);
      await tab.page?.close();
    });

    test('your own words apply to the open page at once: an own cue is highlighted, a never-flag word is not', async () => {
      const cueTexts = (p: Painted, name: string) => (p[name] ?? []).map((r) => r.text.toLowerCase());
      const before = await readHighlights(page);
      expect(cueTexts(before, 'gos-hedge-cue')).toContain('reportedly');
      expect(cueTexts(before, 'gos-hedge-cue')).not.toContain('failed harvests');
      await onOptions({ addCue: 'hedge', text: 'failed harvests' });
      await onOptions({ addCue: 'never', text: 'Reportedly' });
      expect((await until(readOptions, (o) => o.cues.never?.length > 0)).cues).toMatchObject({ hedge: ['failed harvests'], never: ['Reportedly'] });
      // The engine finds the own cue and drops what rests on "reportedly"; the page is painted again.
      const after = await until(
        () => readHighlights(page),
        (p) => cueTexts(p, 'gos-hedge-cue').includes('failed harvests') && !cueTexts(p, 'gos-hedge-cue').includes('reportedly'),
      );
      expect(cueTexts(after, 'gos-hedge-cue')).toContain('failed harvests');
      expect(cueTexts(after, 'gos-hedge-cue')).not.toContain('reportedly');
      expect(countRanges(after, 'gos-caveat')).toBe(countRanges(before, 'gos-caveat'));
      // The popup lists the own cue with its reason, and no finding on "reportedly".
      const tab = await openPopupInTab(session, tabId);
      const snap = await until(() => snapshotPopup(tab), (s) => s.findings.some((f) => f.cues.includes('failed harvests')));
      expect(snap.text).toContain("'failed harvests': a cue you added");
      expect(snap.findings.flatMap((f) => f.cues).map((c) => c.toLowerCase())).not.toContain('reportedly');
      await tab.page?.close();
      // Removed, the page is as before.
      await onOptions({ removeCue: 'failed harvests' });
      await onOptions({ removeCue: 'Reportedly' });
      const back = await until(() => readHighlights(page), (p) => cueTexts(p, 'gos-hedge-cue').includes('reportedly') && !cueTexts(p, 'gos-hedge-cue').includes('failed harvests'));
      expect(totalRanges(back)).toBe(totalRanges(before));
    });

    test('a site added to "never runs" is cleared at once; removed, it is highlighted again', async () => {
      await onOptions({ addSite: 'never', host: 'http://127.0.0.1/' });
      expect((await until(readOptions, (o) => o.never.length > 0)).never).toEqual(['127.0.0.1']);
      expect(await until(() => paintedNow(page), (n) => n === 0)).toBe(0);
      // Off for the site: the neutral mark, not a count.
      expect(await until(() => badgeText(session, tabId), (b) => b === '–')).toBe('–');
      await onOptions({ removeSite: '127.0.0.1' });
      expect(await until(() => paintedNow(page), (n) => n > 0)).toBeGreaterThan(0);
      expect((await readOptions()).never).toEqual([]);
    });

    test('"only when I ask": a new article waits; opening the toolbar popup highlights it; "always" overrides', async () => {
      await onOptions({ radio: 'mode', value: 'on-request' });
      const fresh = await session.context.newPage();
      await fresh.goto(url('wire-story.html'));
      const freshTab = await tabIdOf(session, fresh);
      // Give the content script the time it takes to highlight on its own, then check it did not.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await paintedNow(fresh)).toBe(0);
      expect(await badgeText(session, freshTab)).toBe('–');
      const handle = await openRealPopup(session, fresh, helper);
      await settledPopup(handle);
      expect(await until(() => paintedNow(fresh), (n) => n > 0)).toBeGreaterThan(0);
      await closeRealPopup(helper);

      await onOptions({ addSite: 'always', host: '127.0.0.1' });
      await fresh.reload();
      expect(await until(() => paintedNow(fresh), (n) => n > 0)).toBeGreaterThan(0);
      await onOptions({ removeSite: '127.0.0.1' });
      await onOptions({ radio: 'mode', value: 'auto' });
      expect((await until(readOptions, (o) => o.checked.mode === 'auto')).checked.mode).toBe('auto');
      await fresh.close();
    });
  });

  describe('accessibility (axe-core in Chromium, light and dark)', () => {
    let tabId: number;
    let article: Page;
    beforeAll(async () => {
      ({ page: article, tabId } = await openAnalysed('demo-article.html', DEMO_CHROME));
    });
    afterAll(async () => {
      await article?.close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the popup has no serious or critical violation (${colorScheme})`, async () => {
        const tab = await openPopupInTab(session, tabId);
        const popupPage = tab.page!;
        await popupPage.emulateMedia({ colorScheme });
        await settledPopup(tab);
        // The note open too, so its text is checked as well.
        await popupPage.click('details[data-testid="howto"] summary');
        expect(await seriousViolations(popupPage)).toEqual([]);
        await popupPage.close();
      });

      test(`the options page has no serious or critical violation (${colorScheme})`, async () => {
        const options = await session.context.newPage();
        await options.emulateMedia({ colorScheme });
        await options.goto(session.extensionUrl(helperPath(session)));
        await options.waitForSelector('[data-testid="preview"] mark');
        // An error message shown, as a reader who mistyped a site would see it.
        await actOnOptions(playwrightHandle(options, false).evaluate, { addSite: 'never', host: 'not a site' });
        await options.waitForSelector('[role="alert"]:not(:empty)');
        expect(await seriousViolations(options)).toEqual([]);
        await options.close();
      });
    }

    test('the check can fail: it reports a planted violation', async () => {
      const planted = await session.context.newPage();
      await planted.setContent('<!doctype html><html lang="en"><title>t</title><main><button></button><p style="color:#bbb;background:#fff">faint</p></main></html>');
      const ids = (await seriousViolations(planted)).map((v) => v.id);
      expect(ids).toContain('button-name');
      expect(ids).toContain('color-contrast');
      await planted.close();
    });

    test('the options page works by keyboard alone, with a visible focus', async () => {
      const options = await session.context.newPage();
      await options.goto(session.extensionUrl(helperPath(session)));
      await options.waitForSelector('input[name="style"]');
      const focused = () =>
        options.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const cs = getComputedStyle(el);
          return { name: (el as HTMLInputElement).name ?? '', value: (el as HTMLInputElement).value ?? '', outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
        });
      // Tab to the style group; arrow keys choose within it, as in any radio group.
      let f = await focused();
      for (let i = 0; i < 30 && f.name !== 'style'; i++) {
        await options.keyboard.press('Tab');
        f = await focused();
      }
      expect(f.name).toBe('style');
      expect(f.outline).toBe(true);
      await options.keyboard.press('ArrowDown');
      expect((await focused()).value).toBe('background');
      expect(await options.evaluate(() => (document.querySelector('input[name="style"]:checked') as HTMLInputElement).value)).toBe('background');
      await options.keyboard.press('ArrowUp');
      expect(await options.evaluate(() => (document.querySelector('input[name="style"]:checked') as HTMLInputElement).value)).toBe('both');
      await options.close();
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
