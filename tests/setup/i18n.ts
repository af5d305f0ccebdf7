// Unit tests run outside a browser: UI strings come from the English messages.json directly.
import { readFileSync } from 'node:fs';
import { setMessageLookup, tableLookup } from '../../src/shared/i18n';
import type { MessageTable } from '../../src/shared/i18n';

const table = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as MessageTable;
setMessageLookup(tableLookup(table));
