// Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the Firefox build installed as a
// temporary add-on. Its internal UUID is pinned by a pref so extension pages have a known URL.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { snapshotBuild } from './chromium';
import type { Evaluate, PopupHandle } from './popup';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const firefoxAvailable = () => existsSync(FIREFOX);

const UUID = '3b0f6a52-8c1d-4e7a-9f25-6d4c2e1b7a90';

interface FirefoxManifest {
  action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
}

export interface FirefoxSession {
  browser: Browser;
  manifest: FirefoxManifest;
  /** Uncaught errors in the pages the test opened. */
  errors: string[];
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(builtDist: string): Promise<FirefoxSession> {
  // A temporary add-on is read from disk as it runs: give it a copy no rebuild can touch.
  const build = snapshotBuild(builtDist);
  const dist = build.dir;
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as FirefoxManifest;
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${dist}/manifest.json has no browser_specific_settings.gecko.id`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }) },
  });
  await browser.installExtension(dist);
  return {
    browser,
    manifest,
    errors: [],
    extensionUrl: (path) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`,
    close: async () => {
      await browser.close();
      build.remove();
    },
  };
}

/** A new tab that records its uncaught errors in the session. */
export async function newWatchedPage(session: FirefoxSession): Promise<Page> {
  const page = await session.browser.newPage();
  page.on('pageerror', (err) => session.errors.push(`${page.url()}: ${err instanceof Error ? err.message : String(err)}`));
  return page;
}

/**
 * Loads an extension page. Navigations to moz-extension:// never report completion over BiDi,
 * so the navigation is not awaited: the page's location is polled instead.
 */
export async function gotoExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  page.goto(url).catch(() => {
    // The pending navigation is abandoned when the page closes; the poll below decides.
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await page.evaluate(() => location.href + ' ' + document.readyState).catch(() => '');
    if (ready.startsWith(url) && ready.endsWith('complete')) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not load`);
}

export const puppeteerHandle = (page: Page): PopupHandle => ({
  evaluate: ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn as never, arg as never)) as Evaluate,
  real: false,
});
