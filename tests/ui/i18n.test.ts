// The UI's strings: every one in public/_locales/en/messages.json, complete, and well formed for
// both browsers' i18n.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, tableLookup, tCount } from '../../src/shared/i18n';
import type { MessageTable } from '../../src/shared/i18n';

const ROOT = join(import.meta.dirname, '../..');
const table = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as MessageTable;
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('messages.json (English)', () => {
  it('has well-formed keys and a non-empty message and description for each', () => {
    for (const [key, entry] of Object.entries(table)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('has every message the code and the manifest ask for, and none they do not', () => {
    const code = files('src').map(source).join('\n');
    const manifestKeys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    // Asked directly (t('key'), tCount('stem')) or named as a key in a table of labels ('key').
    const literals = new Set([...code.matchAll(/'(\w+)'/g)].map((m) => m[1]));
    const asked = new Set([...[...code.matchAll(/\bt(?:Count)?\('(\w+)'/g)].map((m) => m[1]), ...manifestKeys]);
    for (const key of Object.keys(table)) if (literals.has(key)) asked.add(key);
    // Keys built from a kind's name (kind_hedge_section, check_caveat) and plural pairs (_one/_other).
    const built = (key: string) => /^(kind|check)_/.test(key) || asked.has(key.replace(/_(one|other)$/, ''));
    expect(Object.keys(table).filter((k) => !asked.has(k) && !built(k))).toEqual([]);
    for (const key of asked) {
      const plural = `${key}_one` in table && `${key}_other` in table;
      expect(key in table || plural, key).toBe(true);
    }
  });

  it('is what the manifest names and describes the extension with, and the default locale', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(table.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('has no UI string written into the components: the text in JSX comes from t()', () => {
    // Words between tags, or a label, title or placeholder attribute in words: a hard-coded string.
    const offenders = files('src/ui')
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) =>
        [...source(f).matchAll(/>\s*([A-Z][a-z']+(?: [A-Za-z',.]+)+)\s*<|(?:aria-label|title|placeholder|alt)="([^"]*[a-z]{2}[^"]*)"/g)]
          .map((m) => m[1] ?? m[2])
          // A domain is an example of what to type, the same in every language.
          .filter((text) => !/^[a-z0-9.-]+\.[a-z]+$/.test(text))
          .map((text) => `${f}: ${text}`),
      );
    expect(offenders).toEqual([]);
  });
});

describe('t', () => {
  it('substitutes $1…$9 and $$ as the browser does, and falls back to the key', () => {
    const lookup = tableLookup({ a: { message: 'Remove $1 from $2, for $$5' } });
    expect(lookup('a', ['x.example', 'the list'])).toBe('Remove x.example from the list, for $5');
    expect(t('options_site_remove_label', 'news.example')).toBe('Remove news.example');
    expect(tCount('popup_source_claims', 1)).toBe('1 claim');
    expect(tCount('popup_source_claims', 4)).toBe('4 claims');
  });
});
