#!/usr/bin/env node
// `npm run eval`: the detector's sentence-level P/R/F1 on the dev corpora, through the shared
// scorer (which calls `npm run analyze -- --json`). Skips cleanly when ../shared is absent.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log('eval: skipped (../shared/eval/score.mjs is not here)');
  process.exit(0);
}
const corpora = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(join(shared, 'corpora')).filter((f) => f.endsWith('-dev.jsonl')).map((f) => join(shared, 'corpora', f));
const r = spawnSync(process.execPath, [scorer, ...corpora], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
