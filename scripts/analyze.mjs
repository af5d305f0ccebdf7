#!/usr/bin/env node
// `npm run analyze`: the analyze command (src/cli/analyze.ts) run from a bundle, so a run pays for
// no TypeScript compilation. The bundle (dist-cli/, not committed) is rebuilt with esbuild when any
// source it is made from is newer than it, so it never runs stale code; that check is a stat of
// each source file (a few ms). The HTML extractor and linkedom sit in a chunk of their own, loaded
// only when an input is a page.
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist-cli');
const ENTRY = join(OUT, 'analyze.mjs');
const INPUTS = ['src', 'package.json', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const entry of readdirSync(path)) t = Math.max(t, newest(join(path, entry)));
  return t;
}

// A large JSON file (the attribution model, 330 KB) bundled as JSON.parse of a string rather than as
// an object literal: V8 reads JSON several times faster than it parses the same data as code.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const data = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(data)});`, loader: 'js' };
    });
  },
};

async function rebuild() {
  const { build } = await import('esbuild');
  // Built beside the old bundle, then swapped in, so a second run started meanwhile never loads half a bundle.
  const tmp = mkdtempSync(join(ROOT, '.dist-cli-'));
  try {
    await build({
      entryPoints: { analyze: join(ROOT, 'src/cli/analyze.ts') },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
      plugins: [jsonAsParse],
    });
    rmSync(OUT, { recursive: true, force: true });
    renameSync(tmp, OUT);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

if (!existsSync(ENTRY) || Math.max(...INPUTS.map((p) => newest(join(ROOT, p)))) > statSync(ENTRY).mtimeMs) await rebuild();
await import(pathToFileURL(ENTRY).href);
