/// <reference types="chrome" />
// Upgrading from version 1 in real Chromium: settings a first release left in storage.local are
// moved to storage.sync by the background when its worker starts (src/background/index.ts calls
// settings.prepare()); content scripts and pages never migrate. The worker is stopped and woken
// again, as the browser does with an idle worker and after an update.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../../scripts/dist-state.mjs';
import { OPTIONS_KEY, SETTINGS_VERSION, siteKey } from '../../src/shared/settings';
import { chromiumAvailable, launchChromium, until } from './harness/chromium';
import type { ChromiumSession } from './harness/chromium';
import { DIST } from './harness/paths';

const run = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) console.warn('settings-upgrade.e2e: skipped, no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');

run('settings of version 1, after an update (Chromium)', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    ensureBuilt('chromium');
    session = await launchChromium(DIST);
  });

  afterAll(async () => {
    await session?.close();
  });

  test('the background moves them to storage.sync when its worker starts again', { timeout: 60_000 }, async () => {
    const legacy = { [OPTIONS_KEY]: { enabledByDefault: false, kinds: { hedge: true, 'anonymous-source': true, 'vague-source': true, caveat: false } }, [siteKey('always.example')]: true, unrelated: 'kept' };
    // (The first start's own preparation has stored the defaults; they go too.)
    await until(() => session.worker.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).length), (n) => n > 0);
    await session.worker.evaluate(async (items) => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
      await chrome.storage.local.set(items);
    }, legacy);
    // An extension page reads storage from here on; it never migrates anything itself.
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('src/ui/options/index.html'));
    const read = () => page.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
    expect((await read()).sync[OPTIONS_KEY]).toBeUndefined();
    // The browser stops an idle worker (and, after an update, starts the new version's); any
    // event wakes it again, here a message it does not answer.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
    // The move is two writes (storage.sync first, so nothing is lost if the worker stops
    // between them; then storage.local is cleared): wait for both.
    const { sync, local } = await until(read, (s) => (s.sync[OPTIONS_KEY] as { version?: number } | undefined)?.version === SETTINGS_VERSION && !(OPTIONS_KEY in s.local));
    // "off by default" became "only when asked"; the caveat switch and the site choice came along.
    expect(sync[OPTIONS_KEY]).toMatchObject({ version: SETTINGS_VERSION, mode: 'on-request', kinds: { hedge: true, caveat: false } });
    expect(sync[siteKey('always.example')]).toBe(true);
    expect(local).toEqual({ unrelated: 'kept' });
    await page.close();
  });
});
