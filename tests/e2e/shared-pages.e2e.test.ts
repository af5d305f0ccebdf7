// Real saved news pages (../shared/pages/readability, evaluation data kept outside the repository):
// the extension must cope with big, messy markup without errors and without changing the page.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../../scripts/dist-state.mjs';
import { serve } from '../../scripts/serve.mjs';
import type { Served } from '../../scripts/serve.mjs';
import { badgeText, chromiumAvailable, launchChromium, tabIdOf, until } from './harness/chromium';
import type { ChromiumSession } from './harness/chromium';
import { readHighlights, totalRanges } from './harness/highlights';
import { DIST, SHARED_PAGES } from './harness/paths';
import { readPageText, referenceTexts } from './harness/reference';
import type { PageText } from './harness/reference';

// A BBC story, a New York Times story and the Guardian's largest page (1.1 MB of HTML).
const PAGES = ['bbc-1', 'nytimes-2', 'guardian-1'];

const available = PAGES.every((p) => existsSync(join(SHARED_PAGES, `${p}.html.gz`)));
const skipWhy = !chromiumAvailable() ? 'no Chromium' : !available ? `${SHARED_PAGES} is absent` : '';
if (skipWhy) console.warn(`shared-pages.e2e: skipped, ${skipWhy}`);

// The saved pages' own scripts would run against a machine without their servers and throw; the
// extension's behaviour is what is under test, so the server forbids page scripts (inline, handlers,
// javascript: URLs) by CSP. Extension content scripts are not subject to a page's CSP.
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

(skipWhy ? describe.skip : describe)('Grain of Salt on real news pages', () => {
  let dir: string;
  let server: Served;
  let session: ChromiumSession;
  let reference: Map<string, PageText>;
  const url = (name: string) => `${server.url}${name}.html`;

  beforeAll(async () => {
    ensureBuilt('chromium');
    dir = mkdtempSync(join(tmpdir(), 'gos-shared-pages-'));
    for (const name of PAGES) {
      const html = gunzipSync(readFileSync(join(SHARED_PAGES, `${name}.html.gz`))).toString('utf8');
      writeFileSync(join(dir, `${name}.html`), html);
    }
    server = await serve(dir, { headers: NO_PAGE_SCRIPTS });
    reference = await referenceTexts(PAGES.map((name) => ({ url: url(name) })));
    session = await launchChromium(DIST, { blockForeign: true });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(PAGES)('%s: analysed (badge set, highlights painted), text unchanged, no errors', async (name) => {
    const errorsBefore = session.problems.errors.length + session.problems.consoleErrors.length;
    const page = await session.context.newPage();
    await page.goto(url(name), { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(session, page);
    const badge = await until(() => badgeText(session, tabId), (b) => b !== '', 20_000);
    expect(badge).toMatch(/^\d+\+?$/);
    expect(totalRanges(await readHighlights(page))).toBeGreaterThan(0);
    expect((await readPageText(page)).innerText).toBe(reference.get(url(name))?.innerText);
    const errors = [...session.problems.errors, ...session.problems.consoleErrors].slice(errorsBefore);
    expect(errors).toEqual([]);
    await page.close();
  });
});
