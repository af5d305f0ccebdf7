// The keyboard shortcuts: toggle highlighting on the current page, or jump to its next finding,
// without opening the popup.
// The content script owns the per-site choice (it knows the hostname; the background is never
// given tab URLs), so the background only forwards the key press to the active tab.
import { activeTabId, askTab } from '../shared/browser';

export const TOGGLE_COMMAND = 'toggle-highlighting';
export const NEXT_COMMAND = 'next-finding';

export async function runCommand(command: string): Promise<void> {
  if (command !== TOGGLE_COMMAND && command !== NEXT_COMMAND) return;
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  try {
    if (command === NEXT_COMMAND) await askTab(tabId, { type: 'reveal-next' });
    else await askTab(tabId, { type: 'toggle-highlighting' });
  } catch {
    // No content script there (a browser page, the extension store): nothing to toggle.
  }
}
