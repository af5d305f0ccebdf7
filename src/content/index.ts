// Content script entry. Runs at document_idle in its own module scope: it defines no globals and
// nothing it does may throw into the page.
import { startController } from './controller';

try {
  startController();
} catch (err) {
  console.debug('[Grain of Salt]', err);
}
