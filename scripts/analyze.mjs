#!/usr/bin/env node
// `npm run analyze`: the analyze command (src/cli/analyze.ts) run from a bundle, so a run pays for
// no TypeScript compilation. What a run costs beyond Node's own start, and what this file does
// about each (measured with `npm run bench`, whose last section times the whole process):
//
// - Staleness. The bundle (dist-cli/, not committed) is rebuilt with esbuild when a file it was
//   made from (as esbuild listed them), package.json, package-lock.json or this file is newer
//   than it, so it never runs stale code. That is one stat per file (~1 ms), not a walk of src/.
// - Compilation. The bundle is one CommonJS file (the HTML extractor and linkedom in it are only
//   initialised when an input is a page), compiled with V8's code cache: the bytecode of every
//   function a run used, kept in dist-cli/analyze.cjs.cache (written after a run that had none, or
//   whose cache V8 rejected), so the next run neither parses the bundle nor compiles functions.
// - Optimisation. V8 tiers a function up to TurboFan after a fixed amount of work; on a run this
//   short that happens to ~130 engine functions (some twice), and the compilations cost more CPU
//   than the analysis itself, on the core the run would otherwise have to itself. Asking for ten
//   times the work first keeps short runs in V8's baseline code, which is fast enough for them,
//   while long runs (millions of words) still optimise what is hot, and come out faster too. The
//   flag changes when code is compiled, never what it computes.
// - Collection. The young generation grows in steps of 8x rather than 2x, to the size it ends at
//   anyway: 8-9 scavenges on 200k words instead of 14, ~10 ms less.
// The command itself (src/cli/analyze.ts) loads the attribution tagger and its model only for
// --learned, and exits as soon as its output is written rather than waiting for V8's queued
// background compile jobs. INTERNALS.md splits a whole run into its parts and lists what was
// measured and left out (a startup snapshot, worker threads, other V8 flags).
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// First, before any code is compiled: the code cache is only accepted under the flags it was made with.
setFlagsFromString('--interrupt-budget=675840 --semi-space-growth-factor=8');

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SELF), '..');
const OUT = join(ROOT, 'dist-cli');
const BUNDLE = join(OUT, 'analyze.cjs');
const CACHE = `${BUNDLE}.cache`;
/** The files the bundle was made from, relative to ROOT, written beside it at build time. */
const SOURCES = join(OUT, 'sources.json');
const ALWAYS = ['package.json', 'package-lock.json', 'scripts/analyze.mjs'];

function isStale() {
  const built = statSync(BUNDLE, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined || !existsSync(SOURCES)) return true;
  for (const file of JSON.parse(readFileSync(SOURCES, 'utf8'))) {
    const st = statSync(join(ROOT, file), { throwIfNoEntry: false });
    if (!st || st.mtimeMs > built) return true;
  }
  return false;
}

// A large JSON file (the attribution model, 330 KB) bundled as JSON.parse of a string rather than as
// an object literal: V8 reads JSON faster than it parses the same data as code.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const data = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(data)});`, loader: 'js' };
    });
  },
};

async function rebuild() {
  const { build } = await import('esbuild');
  // Built beside the old bundle, then swapped in, so a second run started meanwhile never loads half a bundle.
  const tmp = mkdtempSync(join(ROOT, '.dist-cli-'));
  try {
    const { metafile } = await build({
      absWorkingDir: ROOT,
      entryPoints: ['src/cli/analyze.ts'],
      outfile: join(tmp, 'analyze.cjs'),
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      metafile: true,
      logLevel: 'warning',
      plugins: [jsonAsParse],
    });
    // esbuild names its inputs relative to absWorkingDir.
    writeFileSync(join(tmp, 'sources.json'), JSON.stringify([...ALWAYS, ...Object.keys(metafile.inputs)]));
    rmSync(OUT, { recursive: true, force: true });
    renameSync(tmp, OUT);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

if (isStale()) await rebuild();

// The bundle, run as Node runs a CommonJS module, compiled from the code cache when there is one.
const source = readFileSync(BUNDLE, 'utf8').replace(/^#!.*/, '');
const cachedData = existsSync(CACHE) ? readFileSync(CACHE) : undefined;
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // After the run, so the cache holds every function it compiled; written aside, then renamed in.
  process.once('exit', () => {
    try {
      const tmp = `${CACHE}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, CACHE);
    } catch {
      // No cache (a read-only checkout): the next run compiles the bundle again.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, OUT);
