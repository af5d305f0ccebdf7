import { test } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium, tabIdOf, badgeText } from './harness/chromium';
import { openHelperPage, openRealPopup, settledPopup, actOnPopup, snapshotPopup } from './harness/popup';
test('dbg', async () => {
const srv = await serve();
const s = await launchChromium('/work/main/dist');
const helper = await openHelperPage(s);
const page = await s.context.newPage();
await page.goto(srv.url + (process.env.DBG_PAGE ?? 'index.html'));
const tabId = await tabIdOf(s, page);
const h = await openRealPopup(s, page, helper);
console.log(JSON.stringify(await settledPopup(h), null, 1).slice(0, 4000));
if (process.env.DBG_ANYWAY) { await actOnPopup(h, { button: 'Analyse anyway' });
await new Promise(r => setTimeout(r, 2000));
console.log(JSON.stringify(await snapshotPopup(h), null, 1).slice(0, 4000)); }
console.log('badge', await badgeText(s, tabId), s.problems);
await s.close(); await srv.close();
});
