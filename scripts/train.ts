// `npm run train`: rebuilds every trained data file of the engine from the labelled data in
// ../shared, reproducibly (same data in, byte-identical file out).
//
//   npm run train             write every model
//   npm run train -- --check  exit 1 when a committed model is not what training produces now
//
// A trainer is one module in scripts/train/ that exports `output` (the model's path, relative to
// the repository root) and `train(shared)`, which returns the model as plain JSON-able data. This
// runner owns the file format (`renderModel`), so the test that checks reproducibility
// (tests/engine/models.test.ts) compares exactly what would be written.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Trainer {
  /** Where the model goes, relative to the repository root (e.g. `src/models/hedge-sense.json`). */
  output: string;
  /** Builds the model from `shared` (the ../shared folder). Deterministic: no clock, no Math.random. */
  train(shared: string): unknown | Promise<unknown>;
}

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(ROOT, '..', 'shared');
const TRAINERS = join(ROOT, 'scripts', 'train');

/** The file text of a model: JSON, one top-level key a line, so diffs of a retrained model stay readable. */
export function renderModel(model: unknown): string {
  if (model && typeof model === 'object' && !Array.isArray(model)) {
    const lines = Object.entries(model as Record<string, unknown>).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    return `{\n${lines.join(',\n')}\n}\n`;
  }
  return `${JSON.stringify(model)}\n`;
}

export async function loadTrainers(): Promise<{ name: string; trainer: Trainer }[]> {
  const files = existsSync(TRAINERS) ? readdirSync(TRAINERS).filter((f) => /\.(ts|mjs)$/.test(f)).sort() : [];
  const out = [];
  for (const f of files) out.push({ name: f.replace(/\.(ts|mjs)$/, ''), trainer: (await import(pathToFileURL(join(TRAINERS, f)).href)) as Trainer });
  return out;
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  if (!existsSync(join(SHARED, 'corpora'))) {
    console.log('train: skipped (../shared/corpora is not here)');
    return 0;
  }
  let stale = 0;
  for (const { name, trainer } of await loadTrainers()) {
    const t0 = performance.now();
    const text = renderModel(await trainer.train(SHARED));
    const path = join(ROOT, trainer.output);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    const took = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
    if (current === text) console.log(`${name}: ${trainer.output} up to date (${took})`);
    else if (check) {
      console.error(`${name}: ${trainer.output} is not what training produces (run npm run train)`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`${name}: wrote ${trainer.output}, ${(text.length / 1024).toFixed(0)} KiB (${took})`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(await main());
