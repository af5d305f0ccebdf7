// `npm run bench -- --page`: what the extension costs the page it runs on, in real Chromium.
//
// The largest saved news pages under ../shared/pages/readability/ (skipped without ../shared) and
// a very long synthetic article (the project's demo article repeated to just under the content
// script's 300,000-character limit) are each loaded, in turn, in a Chromium with the built
// extension and in one without it, with a trace of the page's main thread:
//   long tasks     tasks of 50 ms or more on the page's main thread (what PerformanceObserver
//                  'longtask' reports); the page's own scripts are forbidden by CSP (as in the
//                  e2e tests), so every line of JavaScript that runs there is the extension's:
//                  a task's "extension part" is the JavaScript inside it (content script
//                  evaluation, its callbacks and promise continuations, and the collections and
//                  compilations they cause). "Added" is that part summed over the load.
//   blocking       the part of each long task past 50 ms, as in Total Blocking Time; added =
//                  with minus without the extension
//   load to badge  from the page's load event to the background's final toolbar title for the tab
//   heap           the renderer's JS heap after a forced collection (page and content script
//                  share it): with minus without is what the extension adds per tab
// Figures are medians of RUNS loads, ratios are to the page alone in the same run.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { chromiumArgs } from './chromium-args.mjs';
import { ROOT, ensureBuilt } from './dist-state.mjs';
import { serve } from './serve.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHARED_PAGES = join(ROOT, '..', 'shared', 'pages', 'readability');
const LARGEST = 5;
const RUNS = 3;
const SYNTHETIC_CHARS = 290_000;
/** After the final title (or the load event, without the extension), tasks still count this long. */
const SETTLE_MS = 1500;
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

interface Load {
  /** Durations of the main thread's long tasks (>= 50 ms). */
  longTasks: number[];
  /** The extension's JavaScript in each task of the load that ran any (ms). */
  extensionSlices: number[];
  /** Main-thread time of all tasks of the load (ms). */
  mainThread: number;
  loadToBadge: number | null;
  heap: number;
}

/** The project's own demo article, paragraphs repeated under numbered subheads, as one long story. */
function syntheticArticle(): string {
  const demo = readFileSync(join(ROOT, 'tests/fixtures/pages/demo-article.html'), 'utf8');
  const story = demo.slice(demo.indexOf('<article id="story">'), demo.indexOf('</article>'));
  const paras = [...story.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
  const parts: string[] = [];
  let chars = 0;
  for (let part = 1; chars < SYNTHETIC_CHARS; part++) {
    parts.push(`<h2>Part ${part}</h2>`);
    for (const p of paras) {
      if (chars >= SYNTHETIC_CHARS) break;
      parts.push(`<p>${p}</p>`);
      chars += p.replace(/<[^>]+>/g, '').length + 2;
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>A very long report from Varenia</h1>${parts.join('\n')}</article></main>
<footer><p>© The Example Gazette</p></footer></body></html>`;
}

function largestSharedPages(): string[] {
  if (!existsSync(SHARED_PAGES)) return [];
  return readdirSync(SHARED_PAGES)
    .filter((f) => f.endsWith('.html.gz'))
    .sort((a, b) => statSync(join(SHARED_PAGES, b)).size - statSync(join(SHARED_PAGES, a)).size)
    .slice(0, LARGEST)
    .map((f) => f.replace(/\.html\.gz$/, ''));
}

async function launch(extension: string | null): Promise<BrowserContext> {
  const args = chromiumArgs(extension ?? '').filter((a) => extension || !a.includes('extension'));
  return chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args });
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

type TitleLog = { at: number; title: string }[];

/** Records when the background gives a tab its final title (not "still reading"). */
async function watchTitles(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __benchTitles?: TitleLog };
    if (g.__benchTitles) return;
    g.__benchTitles = [];
    const original = chrome.action.setTitle.bind(chrome.action) as (...a: unknown[]) => unknown;
    (chrome.action as { setTitle: unknown }).setTitle = (details: { title: string }, ...rest: unknown[]) => {
      g.__benchTitles?.push({ at: Date.now(), title: details.title });
      return original(details, ...rest);
    };
  });
}

const finalTitleAt = (worker: Worker, since: number) =>
  worker.evaluate((t0) => {
    const log = (globalThis as unknown as { __benchTitles?: TitleLog }).__benchTitles ?? [];
    return log.find((e) => e.at >= t0 && !/still reading/.test(e.title))?.at ?? null;
  }, since);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** JavaScript entry points on the main thread; with page scripts forbidden, all of it is the extension's. */
const JS_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'v8.compile', 'V8.Execute']);
const LONG_TASK_MS = 50;

/** Per task of the page's main thread: its length and the JavaScript inside it (ms). */
function mainThreadTasks(events: TraceEvent[]): { dur: number; js: number }[] {
  const parser = events.find((e) => e.name === 'ParseHTML');
  if (!parser) return [];
  const own = events.filter((e) => e.pid === parser.pid && e.tid === parser.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = own.filter((e) => e.name === 'RunTask').sort((x, y) => x.ts - y.ts);
  // Outermost JavaScript events only (a FunctionCall inside RunMicrotasks is counted once).
  const js = own.filter((e) => JS_EVENTS.has(e.name)).sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0));
  const outer: TraceEvent[] = [];
  for (const e of js) {
    const last = outer[outer.length - 1];
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) outer.push(e);
  }
  let k = 0;
  return tasks.map((t) => {
    let inside = 0;
    while (k < outer.length && outer[k].ts < t.ts) k++;
    for (let j = k; j < outer.length && outer[j].ts < t.ts + (t.dur ?? 0); j++) inside += outer[j].dur ?? 0;
    return { dur: (t.dur ?? 0) / 1000, js: Math.min(inside, t.dur ?? 0) / 1000 };
  });
}

async function loadOnce(context: BrowserContext, worker: Worker | null, url: string): Promise<Load> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  if (worker) await watchTitles(worker);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const loadedAt = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  let badgeAt: number | null = null;
  if (worker) {
    const deadline = Date.now() + 30_000;
    while ((badgeAt = await finalTitleAt(worker, started)) === null && Date.now() < deadline) await page.waitForTimeout(25);
  }
  await page.waitForTimeout(Math.max(0, (badgeAt ?? loadedAt) + SETTLE_MS - Date.now()));
  await cdp.send('Tracing.end');
  await traced;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await page.close();
  const tasks = mainThreadTasks(events);
  return {
    longTasks: tasks.filter((t) => t.dur >= LONG_TASK_MS).map((t) => t.dur),
    extensionSlices: tasks.filter((t) => t.js > 0).map((t) => t.js),
    mainThread: sum(tasks.map((t) => t.dur)),
    loadToBadge: badgeAt === null ? null : Math.max(0, badgeAt - loadedAt),
    heap: usedSize,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const blocking = (tasks: number[]) => sum(tasks.map((d) => Math.max(0, d - 50)));
const longest = (tasks: number[]) => (tasks.length ? Math.max(...tasks) : 0);

interface Figures {
  name: string;
  /** Page alone: long-task time, main-thread time (ms). */
  aloneLong: number;
  aloneMain: number;
  /** The extension's JavaScript on the main thread, all of a load (ms), and its longest run in one task. */
  extensionMs: number;
  extensionLongest: number;
  /** Total Blocking Time with and without (ms). */
  blocking: [number, number];
  loadToBadge: number | null;
  heapMB: [number, number];
  finished: boolean;
}

function figures(name: string, alone: Load[], withExt: Load[]): Figures {
  const badges = withExt.map((l) => l.loadToBadge).filter((x): x is number => x !== null);
  return {
    name,
    aloneLong: median(alone.map((l) => sum(l.longTasks))),
    aloneMain: median(alone.map((l) => l.mainThread)),
    // Less the little JavaScript a load runs without the extension (the bench's own probes).
    extensionMs: Math.max(0, median(withExt.map((l) => sum(l.extensionSlices))) - median(alone.map((l) => sum(l.extensionSlices)))),
    extensionLongest: median(withExt.map((l) => longest(l.extensionSlices))),
    blocking: [median(alone.map((l) => blocking(l.longTasks))), median(withExt.map((l) => blocking(l.longTasks)))],
    loadToBadge: badges.length ? median(badges) : null,
    heapMB: [median(alone.map((l) => l.heap / 2 ** 20)), median(withExt.map((l) => l.heap / 2 ** 20))],
    finished: badges.length === withExt.length,
  };
}

export async function benchPage(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`in-page bench: skipped, no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
    return;
  }
  ensureBuilt('chromium');
  const dir = mkdtempSync(join(tmpdir(), 'grain-of-salt-page-bench-'));
  const shared = largestSharedPages();
  if (!shared.length) console.log(`in-page bench: ${SHARED_PAGES} is absent, the synthetic article only`);
  const pages: { name: string; file: string }[] = shared.map((name) => ({ name, file: `${name}.html` }));
  for (const p of pages) writeFileSync(join(dir, p.file), gunzipSync(readFileSync(join(SHARED_PAGES, `${p.file}.gz`))));
  writeFileSync(join(dir, 'synthetic.html'), syntheticArticle());
  pages.push({ name: `synthetic (${(SYNTHETIC_CHARS / 1000).toFixed(0)}k chars)`, file: 'synthetic.html' });

  const server = await serve(dir, { headers: NO_PAGE_SCRIPTS });
  const block = (c: BrowserContext) => c.route('**/*', (r) => (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(r.request().url()) ? r.continue() : r.abort()));
  const [plain, extended] = [await launch(null), await launch(join(ROOT, 'dist'))];
  await Promise.all([block(plain), block(extended)]);
  const worker = await serviceWorker(extended);
  const results: Figures[] = [];
  try {
    for (const p of pages) {
      const url = `${server.url}${p.file}`;
      const alone: Load[] = [];
      const withExt: Load[] = [];
      await loadOnce(extended, worker, url); // warm-up: the service worker's engine, the disk cache
      for (let i = 0; i < RUNS; i++) {
        alone.push(await loadOnce(plain, null, url));
        withExt.push(await loadOnce(extended, worker, url));
      }
      results.push(figures(p.name, alone, withExt));
    }
  } finally {
    await Promise.all([plain.close(), extended.close()]);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report(results);
}

function report(results: Figures[]): void {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const ratio = (x: number, of: number) => (of > 0 ? `${(x / of).toFixed(2)}x` : '-');
  console.log(`in-page: real Chromium, ${RUNS} loads each with and without the extension (medians); ratios are to the page alone`);
  console.log(
    `  ${'page'.padEnd(24)} ${'page alone: long tasks / main thread'.padStart(37)} ${'extension JS (x main)'.padStart(22)} ${'its longest task'.padStart(17)} ${'blocking (alone→with)'.padStart(22)} ${'load→badge'.padStart(11)} ${'heap added'.padStart(17)}`,
  );
  for (const r of results) {
    const addedHeap = r.heapMB[1] - r.heapMB[0];
    console.log(
      `  ${r.name.padEnd(24)} ${`${ms(r.aloneLong)} / ${ms(r.aloneMain)}`.padStart(37)} ${`${ms(r.extensionMs)} (${ratio(r.extensionMs, r.aloneMain)})`.padStart(22)}` +
        ` ${ms(r.extensionLongest).padStart(17)} ${`${ms(r.blocking[0])} → ${ms(r.blocking[1])}`.padStart(22)} ${(r.loadToBadge === null ? 'none' : ms(r.loadToBadge)).padStart(11)}` +
        ` ${`${addedHeap.toFixed(1)} MB (${ratio(addedHeap, r.heapMB[0])})`.padStart(17)}`,
    );
  }
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const worst = Math.max(...results.map((r) => r.extensionLongest));
  // Blocking the extension adds: its own JavaScript past 50 ms in any task is the part it alone
  // makes long; the page's own long tasks vary by more than that from load to load.
  const worstBlocking = Math.max(...results.map((r) => Math.max(0, r.extensionLongest - LONG_TASK_MS)));
  const unfinished = results.filter((r) => !r.finished).map((r) => r.name);
  console.log(`longest run of extension JS in one task:  ${ms(worst)}  (target: no added task over 50 ms)  ${verdict(worst <= LONG_TASK_MS)}`);
  console.log(`blocking time the extension adds:         ${ms(worstBlocking)}  (target <= 5 ms per page)         ${verdict(worstBlocking <= 5)}`);
  console.log(`finished (badge or title) on:             ${results.length - unfinished.length} of ${results.length}${unfinished.length ? `  (not: ${unfinished.join(', ')})` : ''}`);
  if (worst > LONG_TASK_MS || worstBlocking > 5 || unfinished.length) process.exitCode = 1;
}
