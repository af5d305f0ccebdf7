/// <reference types="chrome" />
// Real headless Chromium with the built extension loaded, plus what every test wants to watch:
// uncaught errors, console errors and any request that leaves the loopback fixture server.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/chromium-args.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumAvailable = () => existsSync(CHROMIUM);

export interface Manifest {
  action?: { default_popup?: string };
  options_page?: string;
  options_ui?: { page?: string };
  commands?: Record<string, { description?: string; suggested_key?: Record<string, string> }>;
}

export interface Problems {
  /** Uncaught exceptions in pages, content scripts and extension pages. */
  errors: string[];
  /** console.error from the extension (its pages, service worker, content scripts). */
  consoleErrors: string[];
  /** Requests to anything but the loopback fixture server and the extension itself. */
  foreignRequests: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  manifest: Manifest;
  problems: Problems;
  /** chrome-extension://ID/PATH */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

// Schemes that never touch the network.
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

export function isLocalRequest(url: string): boolean {
  const u = new URL(url);
  // 'localhost' is the same loopback server under another site name (the per-site test uses it).
  return LOCAL_SCHEMES.has(u.protocol) || u.hostname === '127.0.0.1' || u.hostname === 'localhost';
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Abort requests that would leave the machine (saved real pages point at CDNs). They are still recorded. */
  blockForeign?: boolean;
}

/**
 * A private copy of a build, so a rebuild during the run (vite build --watch, another terminal)
 * cannot pull files from under the browser.
 */
export function snapshotBuild(dist: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gos-ext-'));
  cpSync(dist, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function launchChromium(builtDist: string, options: LaunchOptions = {}): Promise<ChromiumSession> {
  const build = snapshotBuild(builtDist);
  const dist = build.dir;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(dist),
  });
  const problems: Problems = { errors: [], consoleErrors: [], foreignRequests: [] };

  const watchPage = (page: Page) => {
    page.on('pageerror', (err) => problems.errors.push(`${page.url()}: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location().url;
      // Only the extension's own errors count: fixture pages have no scripts of their own, and
      // a real news page's console is not ours to judge.
      if (where.startsWith('chrome-extension://') || page.url().startsWith('chrome-extension://')) {
        problems.consoleErrors.push(`${page.url()}: ${msg.text()}`);
      }
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('weberror', (e) => problems.errors.push(e.error().message));
  context.on('request', (req) => {
    if (!isLocalRequest(req.url())) problems.foreignRequests.push(req.url());
  });

  if (options.blockForeign) {
    await context.route('**/*', (route) => (isLocalRequest(route.request().url()) ? route.continue() : route.abort()));
  }

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  worker.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`service worker: ${msg.text()}`);
  });
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    manifest: readManifest(dist),
    problems,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      build.remove();
    },
  };
}

/** The tab id of `page`: brought to the front, it is the active tab of the focused window. */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const id = await session.worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.find((t) => t.url === pageUrl)?.id ?? tabs[0]?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab found for ${url}`);
  return id;
}

export function badgeText(session: ChromiumSession, tabId: number): Promise<string> {
  return session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls `read` until `accept` says yes; returns the last value read, accepted or not. */
export async function until<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 10_000, stepMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, stepMs));
    value = await read();
  }
  return value;
}

/** The toolbar button's title for a tab: its tooltip, and what screen readers announce. */
export function toolbarTitle(session: ChromiumSession, tabId: number): Promise<string> {
  return session.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

/**
 * Starts recording every title the background gives tab-specific toolbar buttons (transient
 * states such as "still reading" are over before a poll could see them). Returns a reader.
 */
export async function recordTitles(session: ChromiumSession): Promise<() => Promise<{ tabId?: number; title: string }[]>> {
  await session.worker.evaluate(() => {
    const g = globalThis as unknown as { __titles?: { tabId?: number; title: string }[] };
    if (g.__titles) return;
    g.__titles = [];
    const original = chrome.action.setTitle.bind(chrome.action);
    (chrome.action as { setTitle: unknown }).setTitle = (details: chrome.action.TitleDetails, ...rest: unknown[]) => {
      g.__titles?.push({ tabId: details.tabId, title: details.title });
      return (original as (...a: unknown[]) => unknown)(details, ...rest);
    };
  });
  return () => session.worker.evaluate(() => (globalThis as unknown as { __titles?: { tabId?: number; title: string }[] }).__titles ?? []);
}
