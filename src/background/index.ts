// The background: badge and title per tab, the keyboard command, and the engine (content scripts
// send it the article text, so the analysis never runs on a page's main thread). It keeps no state
// of its own, so the service worker can stop and restart at any time without losing anything.
import { initBadgeStyle, onCommand, onContentReport, serveBackgroundRequests, settings } from '../shared/browser';
import { analyseText } from './analyse';
import { runCommand } from './commands';
import { handlers } from './handlers';

onContentReport((message, tabId) => {
  if (tabId !== undefined) void handlers[message.type](message, tabId);
});

serveBackgroundRequests({ analyse: (m) => analyseText(m.text, m.cues) });

onCommand((command) => void runCommand(command));

// The one context that writes migrated or repaired settings (content scripts and pages only read).
void settings.prepare();

void initBadgeStyle();
