// Trained data files are reproducible: each committed model is exactly what its trainer in
// scripts/train/ produces from ../shared today. Skips when ../shared is not here (a fresh clone
// without the data), since the data is never committed.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED, loadTrainers, renderModel } from '../../scripts/train';

const haveData = existsSync(join(SHARED, 'corpora'));
const trainers = await loadTrainers();

describe.runIf(trainers.length > 0)('trained models', () => {
  for (const { name, trainer } of trainers)
    it.skipIf(!haveData)(`${name}: ${trainer.output} is what npm run train produces`, { timeout: 120_000 }, async () => {
      const committed = readFileSync(join(ROOT, trainer.output), 'utf8');
      expect(renderModel(await trainer.train(SHARED)) === committed, `${trainer.output} is stale: run npm run train`).toBe(true);
    });
});

describe('model files', () => {
  it('every trainer writes under src/models/', () => {
    for (const { trainer } of trainers) expect(trainer.output).toMatch(/^src\/models\/[\w-]+\.json$/);
  });
});
