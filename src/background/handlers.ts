// Every message the background handles, by type. A new message type is one entry here.
import type { FromContent } from '../shared/messages';
import { showReport } from './badge';

type Handlers = { [T in FromContent['type']]: (message: Extract<FromContent, { type: T }>, tabId: number) => Promise<void> };

export const handlers: Handlers = {
  report: (message, tabId) => showReport(tabId, message.report),
};
