// `npm run package`: both store zips written, each with its manifest at the root, the locales and
// the content script; the Firefox build passes `web-ext lint` without errors (the script stops otherwise).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './harness/paths';

/** The entries of a zip file: name → bytes (stored or deflated, as web-ext writes them). */
function readZip(path: string): Map<string, Buffer> {
  const buf = readFileSync(path);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const skip = nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const local = buf.readUInt32LE(at + 42);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    if (!name.endsWith('/')) entries.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + skip;
  }
  return entries;
}

describe('npm run package', () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version;
  const zips = {
    chrome: join(ROOT, `artifacts/packages/grain-of-salt-chrome-${version}.zip`),
    firefox: join(ROOT, `artifacts/packages/grain-of-salt-firefox-${version}.zip`),
  };
  let output = '';

  beforeAll(() => {
    const run = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
    output = run.stdout + run.stderr;
    expect(run.status, output).toBe(0);
  }, 180_000);

  test('writes both zips and reports web-ext lint without errors', () => {
    expect(existsSync(zips.chrome)).toBe(true);
    expect(existsSync(zips.firefox)).toBe(true);
    expect(output).toMatch(/web-ext lint: 0 errors/);
  });

  for (const [store, path] of Object.entries(zips)) {
    test(`the ${store} zip has its manifest at the root, the English locale and every file the manifest names`, () => {
      const files = readZip(path);
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
      expect(manifest.version).toBe(version);
      expect(manifest.default_locale).toBe('en');
      const messages = JSON.parse(files.get('_locales/en/messages.json')!.toString('utf8'));
      expect(messages.extName.message).toBe('Grain of Salt');
      const named = [
        ...manifest.content_scripts.flatMap((c: { js: string[]; css: string[] }) => [...c.js, ...c.css]),
        manifest.action.default_popup,
        manifest.options_ui.page,
        ...Object.values(manifest.icons as Record<string, string>),
        ...(manifest.background.scripts ?? [manifest.background.service_worker]),
      ];
      for (const file of named) expect(files.has(file), file).toBe(true);
      if (store === 'firefox') {
        expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
        expect(manifest.background.scripts).toBeDefined();
      } else {
        expect(manifest.background.service_worker).toBeDefined();
        expect(manifest.browser_specific_settings).toBeUndefined();
      }
    });
  }
});
