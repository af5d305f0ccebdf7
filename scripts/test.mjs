#!/usr/bin/env node
// `npm test`: build the extension if it is missing or older than its sources, run the unit
// project, then the end-to-end project, and end with one plain line a CI log can be grepped for:
//   N passed, N failed[, N skipped]
// The exit code is non-zero when anything failed, including a build or a test file that did not load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureBuilt } from './dist-state.mjs';

const OUT = join(ROOT, 'artifacts/test');
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function build(target) {
  try {
    ensureBuilt(target);
    return true;
  } catch (err) {
    problems.push(`build (${target}): ${err.message}`);
    totals.failed += 1;
    return false;
  }
}

// Wall-clock limits per project, so a test stuck in a synchronous loop (which vitest's own
// timeouts cannot interrupt) fails the run instead of hanging CI. Normal runs take well under half.
const LIMIT_S = { unit: 180, e2e: 360 };

/** Runs one vitest project with the default reporter on screen and a JSON report to count from. */
function runProject(name) {
  const report = join(OUT, `${name}.json`);
  rmSync(report, { force: true });
  console.log(`\n── vitest: ${name} ──`);
  const run = spawnSync(
    // vitest itself, not through npx, so the time limit's kill reaches it (its workers exit with it).
    process.execPath,
    [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', name, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
      timeout: LIMIT_S[name] * 1000,
      killSignal: 'SIGKILL',
    },
  );
  if (run.error?.code === 'ETIMEDOUT') {
    problems.push(`${name}: stopped after ${LIMIT_S[name]} s (a test hung)`);
    totals.failed += 1;
    return;
  }
  if (!existsSync(report)) {
    problems.push(`${name}: vitest wrote no report (exit ${run.status})`);
    totals.failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  // A file that fails to load has no tests to count: count the file.
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  for (const f of brokenFiles) problems.push(`${name}: ${f.name} did not run: ${(f.message ?? '').split('\n')[0]}`);
  totals.failed += brokenFiles.length;
  // Errors outside any test (unhandled rejections) make vitest exit non-zero with all tests green.
  if (run.status !== 0 && r.numFailedTests === 0 && brokenFiles.length === 0) {
    problems.push(`${name}: vitest exited ${run.status} (errors outside tests, see above)`);
    totals.failed += 1;
  }
}

mkdirSync(OUT, { recursive: true });
const started = Date.now();
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
const chromiumBuilt = build('chromium');
if (scripts['build:firefox']) build('firefox');

runProject('unit');
if (chromiumBuilt) runProject('e2e');
else problems.push('e2e: not run, the extension did not build');

console.log(`\n── npm test: ${((Date.now() - started) / 1000).toFixed(0)} s ──`);
for (const p of problems) console.log(`! ${p}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
