#!/usr/bin/env node
// `npm run package`: the two store-ready zips, built fresh from the sources.
//   artifacts/packages/grain-of-salt-chrome-<version>.zip    from dist/         (Chrome Web Store, Edge)
//   artifacts/packages/grain-of-salt-firefox-<version>.zip   from dist-firefox/ (addons.mozilla.org)
// The Firefox build is checked with `web-ext lint` first; any error stops the packaging.
// Both zips are made by web-ext's packer, which puts manifest.json at the zip's root as both stores want.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './dist-state.mjs';

const OUT = join(ROOT, 'artifacts/packages');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: options.capture ? 'pipe' : 'inherit' });
  if (r.status !== 0) {
    if (options.capture) process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${[cmd, ...args].join(' ')} failed (exit ${r.status})`);
  }
  return r.stdout;
}

function lintFirefox() {
  const out = run(bin('web-ext'), ['lint', '--source-dir', 'dist-firefox', '--output', 'json', '--no-input'], { capture: true });
  const report = JSON.parse(out.slice(out.indexOf('{')));
  for (const w of report.warnings) console.log(`web-ext lint warning: ${w.code} ${w.file ?? ''} ${w.message}`);
  if (report.errors.length) {
    for (const e of report.errors) console.error(`web-ext lint error: ${e.code} ${e.file ?? ''} ${e.message}`);
    throw new Error(`web-ext lint: ${report.errors.length} error(s) in dist-firefox/`);
  }
  console.log(`web-ext lint: 0 errors, ${report.warnings.length} warning(s), ${report.notices.length} notice(s)`);
}

function zip(sourceDir, filename) {
  run(bin('web-ext'), ['build', '--source-dir', sourceDir, '--artifacts-dir', OUT, '--filename', filename, '--overwrite-dest', '--no-input'], { capture: true });
  const path = join(OUT, filename);
  console.log(`${relative(ROOT, path)}  ${(statSync(path).size / 1024).toFixed(0)} KiB`);
  return path;
}

try {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  mkdirSync(OUT, { recursive: true });
  run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
  run(process.execPath, [join(ROOT, 'scripts/build-firefox.mjs')]);
  lintFirefox();
  zip('dist', `grain-of-salt-chrome-${version}.zip`);
  zip('dist-firefox', `grain-of-salt-firefox-${version}.zip`);
} catch (err) {
  console.error(`package: ${err.message}`);
  process.exit(1);
}
