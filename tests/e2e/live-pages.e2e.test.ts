/// <reference types="chrome" />
// Pages that change after they load, in real Chromium with the built extension: an article that
// loads more paragraphs later, a single-page site that swaps the article without a page load, a
// paragraph whose text the page edits under a highlight, and editable text inside an article.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../../scripts/dist-state.mjs';
import { serve } from '../../scripts/serve.mjs';
import type { Served } from '../../scripts/serve.mjs';
import { badgeText, chromiumAvailable, launchChromium, recordTitles, tabIdOf, toolbarTitle, until } from './harness/chromium';
import type { ChromiumSession } from './harness/chromium';
import { readHighlights, totalRanges } from './harness/highlights';
import { DIST, FIXTURE_PAGES } from './harness/paths';

const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) console.warn('live-pages.e2e: skipped, no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');

// Paragraphs written for this test, each with cues of more than one kind.
const MORE = [
  'The harbour master reportedly ordered the closure after a senior official said the wall may have been damaged.',
  'Critics argue the repairs could take months, although the figure could not be independently verified.',
  'People familiar with the plan said the council is believed to be weighing a loan.',
];

// Plain reporting, to make the swapped-in story as long as a short news story.
const PLAIN = [
  'The works are due to start in the spring, when the weather allows divers to inspect the foundations of the wall, and should last until the end of the summer if the sea stays calm.',
  'The wall was built in 1911 and was last strengthened in the 1970s, after a winter storm flooded the lower town and damaged more than forty houses along the harbour front.',
  'Fishing boats will moor at the north quay while the work goes on, and the ferry timetable will not change, the harbour office said in a notice posted on the quay on Friday.',
  'The council will hold a public meeting about the plans at the town hall on the first Monday of next month, where engineers will answer questions from residents and shopkeepers.',
  'Residents of the harbour streets will receive a letter with the dates of the noisiest work, and the council has promised that no piling will take place at weekends or after six.',
];

run('Grain of Salt on pages that change', () => {
  let session: ChromiumSession;
  let server: Served;
  const url = (name: string) => `${server.url}${name}`;

  beforeAll(async () => {
    ensureBuilt('chromium');
    server = await serve(FIXTURE_PAGES);
    session = await launchChromium(DIST);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(name: string, accept: (title: string) => boolean): Promise<{ page: Page; tabId: number }> {
    const page = await session.context.newPage();
    await page.goto(url(name));
    const tabId = await tabIdOf(session, page);
    await until(() => toolbarTitle(session, tabId), accept);
    return { page, tabId };
  }

  test('an article that loads more paragraphs later is analysed again', async () => {
    const { page, tabId } = await open('plain-report.html', (t) => /nothing/.test(t));
    expect(await badgeText(session, tabId)).toBe('0');
    const titles = await recordTitles(session);
    const since = (await titles()).length;
    await page.evaluate((paras) => {
      const article = document.querySelector('article') as HTMLElement;
      for (const text of paras) {
        const p = document.createElement('p');
        p.textContent = text;
        article.append(p);
      }
    }, MORE);
    const badge = await until(() => badgeText(session, tabId), (b) => /^[1-9]\d*$/.test(b), 15_000);
    expect(Number(badge)).toBeGreaterThanOrEqual(5);
    expect(await toolbarTitle(session, tabId)).toMatch(/\d+ hedges?.*\d+ unnamed sources?/);
    // The same article read again: the button went from "nothing" straight to the counts, never
    // back to "still reading" (a flash a reader would take for a reload).
    const seen = (await titles()).slice(since).filter((t) => t.tabId === tabId).map((t) => t.title);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((t) => /still reading/.test(t))).toEqual([]);
    const painted = await until(() => readHighlights(page), (p) => totalRanges(p) > 0);
    const texts = Object.values(painted).flat().map((r) => r.text);
    expect(texts.some((t) => /reportedly/.test(t))).toBe(true);
    await page.close();
  });

  test('a single-page site that swaps the article (same address) is analysed again', async () => {
    const { page, tabId } = await open('demo-article.html', (t) => /\d+ hedges?/.test(t));
    const before = Number(await badgeText(session, tabId));
    expect(before).toBeGreaterThan(5);
    const titles = await recordTitles(session);
    const since = (await titles()).length;
    // The site's router replaces the whole article element with the next story.
    await page.evaluate(({ paras, PLAIN }) => {
      const next = document.createElement('article');
      next.id = 'story-2';
      next.innerHTML = `<h1>Sea wall repairs at Port Wendle</h1>` + [...paras, ...PLAIN].map((t) => `<p>${t}</p>`).join('');
      document.querySelector('#story')?.replaceWith(next);
    }, { paras: MORE, PLAIN });
    const badge = await until(() => badgeText(session, tabId), (b) => /^\d+$/.test(b) && Number(b) !== before, 15_000);
    expect(Number(badge)).toBeGreaterThan(0);
    expect(Number(badge)).toBeLessThan(before);
    // Another story: the button said "still reading" again before its counts.
    const seen = (await titles()).slice(since).filter((t) => t.tabId === tabId).map((t) => t.title);
    expect(seen).toContain('Grain of Salt: still reading');
    const painted = await until(() => readHighlights(page, '#story-2'), (p) => totalRanges(p) > 0);
    // Every highlight is in the new story (the old one is gone from the page).
    for (const r of Object.values(painted).flat()) expect(r.insideMatch, r.text).toBe('article#story-2');
    await page.close();
  });

  test('text the page changes under a highlight loses it at once, before the page paints', async () => {
    const { page } = await open('demo-article.html', (t) => /\d+ hedges?/.test(t));
    await until(() => readHighlights(page), (p) => totalRanges(p) > 0);
    const result = await page.evaluate(async () => {
      const ranges = () => [...CSS.highlights].filter(([n]) => n.startsWith('gos-')).flatMap(([, h]) => [...h] as Range[]);
      const target = ranges().find((r) => /reportedly/.test(r.toString()));
      const node = target?.startContainer as Text | undefined;
      if (!node) return null;
      const count = ranges().length;
      // A live update rewrites the paragraph's text in place (same node, new words).
      node.data = 'The governors were shown a clip of the harbour festival and a weather report for the week.';
      // MutationObserver callbacks run at the end of this task's microtasks, before any paint.
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      const after = ranges();
      return { before: count, after: after.length, onChanged: after.filter((r) => r.startContainer === node || r.endContainer === node).length };
    });
    expect(result).not.toBeNull();
    expect(result?.onChanged).toBe(0);
    expect(result?.after).toBeLessThan(result?.before ?? 0);
    // Once the page settles, the article is read again: what is painted is what the text says now.
    const painted = await until(() => readHighlights(page), (p) => (p['gos-hedge-cue'] ?? []).some((r) => /reportedly|believed/.test(r.text)), 15_000);
    for (const r of painted['gos-hedge-cue'] ?? []) expect(r.text).toMatch(/\w/);
    expect((painted['gos-hedge-cue'] ?? []).some((r) => /harbour festival/.test(r.text))).toBe(false);
    await page.close();
  });

  test('editable text is never analysed or highlighted', async () => {
    const { page, tabId } = await open('editable-article.html', (t) => /\d+ hedges?/.test(t));
    const painted = await until(() => readHighlights(page, '#draft, #note'), (p) => totalRanges(p) > 0);
    expect(Object.values(painted).flat().filter((r) => r.insideMatch)).toEqual([]);
    // The article's own cues are found: "reportedly", "may", the unnamed official, the refusal.
    expect(Number(await badgeText(session, tabId))).toBeGreaterThanOrEqual(3);
    // Typing in the editor changes nothing.
    await page.click('#draft');
    await page.keyboard.type(' Officials reportedly say it may sink.');
    await page.waitForTimeout(1500);
    const after = await readHighlights(page, '#draft, #note');
    expect(Object.values(after).flat().filter((r) => r.insideMatch)).toEqual([]);
    await page.close();
  });

  test('no uncaught errors and no console errors from the extension', () => {
    expect(session.problems.errors).toEqual([]);
    expect(session.problems.consoleErrors).toEqual([]);
  });
});
