// Whether a build output (dist/, dist-firefox/) is older than what it is built from, and the
// build that refreshes it. Shared by scripts/test.mjs, scripts/demo.mjs and the e2e tests, so all
// three agree on when a rebuild is needed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const TARGETS = {
  chromium: { dir: join(ROOT, 'dist'), script: 'build' },
  firefox: { dir: join(ROOT, 'dist-firefox'), script: 'build:firefox' },
};

// Everything a build reads. Tests and fixtures are not inputs.
const INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** 'missing', 'stale' or 'fresh'. */
export function distState(target) {
  const manifest = join(TARGETS[target].dir, 'manifest.json');
  if (!existsSync(manifest)) return 'missing';
  const built = statSync(manifest).mtimeMs;
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  return newestInput > built ? 'stale' : 'fresh';
}

/**
 * The environment for a build started from inside vitest: vite.config.ts leaves the extension
 * plugins out when it sees VITEST, and vitest sets NODE_ENV=test, so both are dropped.
 */
function buildEnv() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}

/**
 * Builds `target` unless it is fresh; throws when the build fails. Returns what it did.
 * GOS_NO_BUILD=1 uses an existing build as it is (while iterating on tests only).
 */
export function ensureBuilt(target, { quiet = false } = {}) {
  const state = distState(target);
  if (state === 'fresh' || (state === 'stale' && process.env.GOS_NO_BUILD === '1')) return 'fresh';
  const { script } = TARGETS[target];
  if (!quiet) console.log(`${TARGETS[target].dir} is ${state}: npm run ${script}`);
  const run = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, env: buildEnv(), stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`npm run ${script} failed (exit ${run.status})${quiet ? `\n${run.stdout}\n${run.stderr}` : ''}`);
  }
  return 'built';
}
