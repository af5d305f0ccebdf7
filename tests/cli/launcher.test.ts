// scripts/analyze.mjs, what `npm run analyze` runs: it rebuilds the bundle when a source is newer
// than it, and compiles the bundle from V8's code cache, which it writes after a run that had none
// or whose cache V8 rejected. Run here on a copy of the project, so the checkout's own bundle and
// sources are never touched.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/engine';

const root = resolve(__dirname, '..', '..');
let copy: string;
let input: string;
const text = 'Officials reportedly knew of the leak. The claim could not be independently verified, a senior official said.';

function run() {
  const r = spawnSync(process.execPath, [join(copy, 'scripts/analyze.mjs'), '--json', input], { cwd: copy, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}
const mtime = (f: string) => statSync(join(copy, f)).mtimeMs;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'gos-launcher-'));
  mkdirSync(join(copy, 'scripts'));
  cpSync(join(root, 'scripts/analyze.mjs'), join(copy, 'scripts/analyze.mjs'));
  for (const f of ['src', 'package.json', 'package-lock.json']) cpSync(join(root, f), join(copy, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  input = join(copy, 'a.txt');
  writeFileSync(input, text);
}, 60_000);

describe('the analyze launcher', () => {
  it('builds the bundle, then writes the code cache after the run', () => {
    expect(run().findings).toEqual(analyze(text).findings);
    expect(mtime('dist-cli/analyze.cjs')).toBeGreaterThan(0);
    expect(statSync(join(copy, 'dist-cli/analyze.cjs.cache')).size).toBeGreaterThan(1000);
    expect(JSON.parse(readFileSync(join(copy, 'dist-cli/sources.json'), 'utf8'))).toEqual(
      expect.arrayContaining(['package.json', 'scripts/analyze.mjs', 'src/cli/analyze.ts', 'src/engine/analyze.ts', 'src/models/attribution.json']),
    );
  }, 60_000);

  it('reuses an up-to-date bundle and an accepted cache, rewriting neither', () => {
    const bundle = mtime('dist-cli/analyze.cjs');
    const cache = mtime('dist-cli/analyze.cjs.cache');
    expect(run().findings).toEqual(analyze(text).findings);
    expect(mtime('dist-cli/analyze.cjs')).toBe(bundle);
    expect(mtime('dist-cli/analyze.cjs.cache')).toBe(cache);
  });

  it('replaces a cache V8 rejects, with the same output', () => {
    writeFileSync(join(copy, 'dist-cli/analyze.cjs.cache'), 'not a code cache');
    expect(run().findings).toEqual(analyze(text).findings);
    expect(statSync(join(copy, 'dist-cli/analyze.cjs.cache')).size).toBeGreaterThan(1000);
  });

  it('rebuilds when a source the bundle is made from is newer than it', () => {
    const bundle = mtime('dist-cli/analyze.cjs');
    const later = new Date(bundle + 60_000);
    utimesSync(join(copy, 'src/engine/sentences.ts'), later, later);
    expect(run().findings).toEqual(analyze(text).findings);
    expect(mtime('dist-cli/analyze.cjs')).toBeGreaterThan(bundle);
  }, 60_000);
});
