// How pages read WITHOUT the extension, from a separate plain Chromium with the same viewport:
// the yardstick for "the extension never changes the page's text".
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { CHROMIUM, isLocalRequest } from './chromium';

export interface PageText {
  /** document.body.innerText: what a reader sees. */
  innerText: string;
  /** textContent of `selector` (the article), or of body when no selector. */
  textContent: string;
}

export function readPageText(page: Page, selector = 'body'): Promise<PageText> {
  return page.evaluate((sel) => ({
    innerText: document.body.innerText,
    textContent: document.querySelector(sel)?.textContent ?? '',
  }), selector);
}

/** Reads each URL in a browser without the extension. */
export async function referenceTexts(urls: { url: string; selector?: string }[]): Promise<Map<string, PageText>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Saved real pages point at CDNs; the machine may have no network, and the text is what counts.
    await page.route('**/*', (route) => (isLocalRequest(route.request().url()) ? route.continue() : route.abort()));
    const out = new Map<string, PageText>();
    for (const { url, selector } of urls) {
      await page.goto(url);
      out.set(url, await readPageText(page, selector));
    }
    return out;
  } finally {
    await browser.close();
  }
}
