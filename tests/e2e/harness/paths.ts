// Where the e2e tests find the built extension, the fixture pages and the README screenshots.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
export const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
/** Real saved news pages, outside the repository (evaluation data, never committed). */
export const SHARED_PAGES = join(ROOT, '../shared/pages/readability');
