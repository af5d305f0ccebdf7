#!/usr/bin/env node
// `npm run eval`: the detector's sentence-level P/R/F1 through the shared scorer (which calls
// `npm run analyze -- --json`), then the behavioural checks. Skips cleanly when ../shared is absent.
//
//   npm run eval                 every *-dev corpus, then world-check (the held-out set: figures
//                                only, never its errors), then challenge-dev
//   npm run eval -- FILE...      just these corpora (a challenge set is scored by challenge.mjs)
//   npm run eval -- --errors N   also list N errors per category (dev corpora only)
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const challenge = join(shared, 'eval', 'challenge.mjs');
if (!existsSync(scorer)) {
  console.log('eval: skipped (../shared/eval/score.mjs is not here)');
  process.exit(0);
}
const args = process.argv.slice(2);
const at = args.indexOf('--errors');
const errors = at >= 0 ? ['--errors', args.splice(at, 2)[1]] : [];
const corpora = join(shared, 'corpora');
const isChallenge = (f) => basename(f).startsWith('challenge');
const given = args.length ? args : null;
const dev = given ?? readdirSync(corpora).filter((f) => f.endsWith('-dev.jsonl') && !isChallenge(f)).sort().map((f) => join(corpora, f));
const heldOut = given ? [] : ['world-check.jsonl'].map((f) => join(corpora, f)).filter(existsSync);
const challenges = given ? given.filter(isChallenge) : ['challenge-dev.jsonl'].map((f) => join(corpora, f)).filter(existsSync);

let status = 0;
const run = (script, files, extra = []) => {
  if (!files.length) return;
  const r = spawnSync(process.execPath, [script, ...extra, ...files], { cwd: root, stdio: 'inherit' });
  status ||= r.status ?? 1;
};
const labelled = dev.filter((f) => !isChallenge(f));
if (labelled.length) console.log('── development corpora ──');
run(scorer, labelled, errors);
if (heldOut.length) console.log('\n── held-out: world-check (figures only) ──');
run(scorer, heldOut);
for (const c of challenges) {
  console.log(`\n── behavioural checks: ${basename(c)} ──`);
  run(challenge, [c]);
}
process.exit(status);
