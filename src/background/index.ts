// The background: badge per tab and the keyboard command. It keeps no state of its own, so the
// service worker can stop and restart at any time without losing anything.
import { initBadgeStyle, onCommand, onContentReport } from '../shared/browser';
import { runCommand } from './commands';
import { handlers } from './handlers';

onContentReport((message, tabId) => {
  if (tabId !== undefined) void handlers[message.type](message, tabId);
});

onCommand((command) => void runCommand(command));

void initBadgeStyle();
