#!/usr/bin/env node
// `npm run demo`: build the extension, serve the demo article on 127.0.0.1 and open it in
// Chromium with Grain of Salt loaded.
// - With a display ($DISPLAY or $WAYLAND_DISPLAY): a visible browser; the demo ends when it is closed.
// - Without one: headless; screenshots of the highlighted article and of the popup are saved in
//   artifacts/demo/, their paths and the popup's summary line are printed, and the demo exits.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, TARGETS, ensureBuilt } from './dist-state.mjs';
import { serve } from './serve.mjs';
import { chromiumArgs } from './chromium-args.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'artifacts/demo');
const DIST = TARGETS.chromium.dir;
const visible = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function poll(read, accept, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await sleep(150);
    value = await read();
  }
  return value;
}

if (!existsSync(CHROMIUM)) {
  console.error(`demo: no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`);
  process.exit(1);
}
ensureBuilt('chromium');
const server = await serve();
const articleUrl = `${server.url}demo-article.html`;

const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM,
  headless: !visible,
  viewport: visible ? null : { width: 1280, height: 900 },
  args: chromiumArgs(DIST),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);

if (visible) {
  console.log(`demo: ${articleUrl} is open with Grain of Salt loaded; close the browser to end the demo.`);
  await new Promise((resolve) => context.once('close', resolve));
  await server.close();
  process.exit(0);
}

// Headless: wait for the analysis, then record what a reader would see.
mkdirSync(OUT, { recursive: true });
await page.bringToFront();
const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
const badge = await poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), (b) => b !== '');
await page.evaluate(() => {
  const paragraph = document.querySelector('article p:nth-of-type(3)') ?? document.querySelector('article');
  paragraph?.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -120);
});
const articleShot = join(OUT, 'article.png');
await page.screenshot({ path: articleShot });

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const popupUrl = `chrome-extension://${extensionId}/${manifest.action.default_popup}?tabId=${tabId}`;
const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(popupUrl);
const summary = await poll(
  () => popup.evaluate(() => document.querySelector('[data-testid="summary"], [data-testid="skipped"]')?.textContent?.trim() ?? ''),
  (s) => s !== '',
);
const popupShot = join(OUT, 'popup.png');
await popup.screenshot({ path: popupShot });

console.log(`demo: ${articleUrl}`);
console.log(`badge: ${badge || '(none)'}`);
console.log(`summary: ${summary || '(the popup showed no summary)'}`);
console.log(`screenshot: ${articleShot}`);
console.log(`screenshot: ${popupShot}`);
await context.close();
await server.close();
process.exit(summary ? 0 : 1);
