// The real PageConnection: messages to and from the content script of a tab.
import { activeTabId, askTab, onContentReport } from '../../shared/browser';
import type { PageConnection } from './connection';
import { tabIdFromUrl } from './connection';

export async function connectToPage(search: string): Promise<PageConnection> {
  const tabId = tabIdFromUrl(search) ?? (await activeTabId());
  if (tabId === undefined) throw new Error('no tab');
  return {
    getReport: () => askTab(tabId, { type: 'get-report' }),
    setHighlighting: (enabled) => askTab(tabId, { type: 'set-highlighting', enabled }),
    analyseAnyway: () => askTab(tabId, { type: 'analyse-anyway' }),
    reveal: (id) => askTab(tabId, { type: 'reveal', id }),
    onReport: (listener) => onContentReport((message, from) => from === tabId && listener(message.report)),
  };
}
