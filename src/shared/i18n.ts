// Every string a reader sees comes from public/_locales/<lang>/messages.json through the browser's
// i18n API. Keys are typed from the English file, so a missing message is a type error.
// Outside the browser (unit tests, the CLI) a lookup over a messages.json table stands in.
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
export type MessageTable = Record<string, { message: string; description?: string }>;
type Lookup = (key: string, substitutions: string[]) => string;

// src/shared/browser.ts installs the browser's i18n.getMessage when it loads (every extension page
// and the content script load it); unit tests install a table lookup instead.
let lookup: Lookup = () => '';

/** Where messages come from: the browser's i18n API, or a table in tests. */
export function setMessageLookup(next: Lookup): void {
  lookup = next;
}

/** A lookup over a messages.json table, with the browser's `$1`…`$9` and `$$` substitutions. */
export function tableLookup(table: MessageTable): Lookup {
  return (key, subs) => table[key]?.message.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? ''))) ?? '';
}

/** The message `key` with its substitutions; the key itself if the message is missing (never blank UI). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return lookup(key, substitutions.map(String)) || key;
}

/** "1 claim" / "4 claims": i18n has no plurals, so each countable noun has a _one and an _other
 *  message. The number is $1; `more` fills $2… */
export function tCount(key: PluralKey, n: number, ...more: (string | number)[]): string {
  return t(`${key}_${n === 1 ? 'one' : 'other'}` as MessageKey, n, ...more);
}

type Stem<K> = K extends `${infer S}_one` ? S : never;
export type PluralKey = Stem<MessageKey>;
