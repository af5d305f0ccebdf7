// Rules of the extension's layout that no compiler checks.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const imports = (path: string) => [...source(path).matchAll(/from '([^']+)'|import '([^']+)'/g)].map((m) => m[1] ?? m[2]);

const shell = ['src/shared', 'src/content', 'src/background', 'src/ui'].flatMap(files);

describe('extension layout', () => {
  it('only src/shared/browser.ts touches the WebExtension API', () => {
    const users = shell.filter((f) => imports(f).includes('webextension-polyfill') || /\bchrome\.\w/.test(source(f)));
    expect(users).toEqual(['src/shared/browser.ts']);
  });

  it('keeps content, background and UI apart: each talks to the others only through src/shared', () => {
    const crossings = shell.flatMap((f) => {
      const layer = f.split('/')[1];
      return imports(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => relative(ROOT, join(ROOT, f, '..', i)))
        .filter((target) => ['content', 'background', 'ui'].some((l) => l !== layer && target.startsWith(`src/${l}/`)))
        .map((target) => `${f} -> ${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('keeps the engine out of the content script: the page side takes only types and constants from src/engine/types', () => {
    // The engine runs in the background; its word lists are built when its module loads, which on
    // the page would be work on every page. A value import (not `import type`) from the engine's
    // index or any module but types.ts pulls it into the content script's bundle.
    const pageSide = ['src/content', 'src/shared'].flatMap(files);
    const valueImports = pageSide.flatMap((f) =>
      [...source(f).matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)]
        .map((m) => relative(ROOT, join(ROOT, f, '..', m[1])))
        .filter((target) => target.startsWith('src/engine') && target !== 'src/engine/types')
        .map((target) => `${f} -> ${target}`),
    );
    expect(valueImports).toEqual([]);
  });

  it('never renders HTML strings: no innerHTML or dangerouslySetInnerHTML in the shell', () => {
    expect(shell.filter((f) => /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|outerHTML\s*=/.test(source(f)))).toEqual([]);
  });

  it('makes no network requests from the shell', () => {
    expect(shell.filter((f) => /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(/.test(source(f)))).toEqual([]);
  });

  it('asks for no permission beyond storage, and no host permissions', () => {
    const manifest = JSON.parse(source('manifest.json'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('declares the toggle command the background listens for', () => {
    const manifest = JSON.parse(source('manifest.json'));
    expect(Object.keys(manifest.commands)).toContain('toggle-highlighting');
    expect(source('src/background/commands.ts')).toContain("'toggle-highlighting'");
  });
});
