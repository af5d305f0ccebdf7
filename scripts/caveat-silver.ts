// `npx tsx scripts/caveat-silver.ts [N] [SEED]`: the silver review of the caveat rules (issue 7).
// Runs the engine over every PolNeAR article (../shared/corpora/polnear-attributions.jsonl, political
// news no caveat rule was fitted to and no label says anything about caveats), counts the caveat
// findings by rule, and prints a reproducible random sample of N of them (default 150, seed 7) to be
// judged by hand against ../shared/GUIDELINES.md §3 and its conventions. The sample is printed, never
// written into the project: corpus text stays in ../shared.
import { existsSync } from 'node:fs';
import { analyze } from '../src/engine';
import { POLNEAR, readArticles } from './polnear';
import { SHARED } from './train';

const n = Number(process.argv[2] ?? 150);
let seed = Number(process.argv[3] ?? 7);
if (!existsSync(POLNEAR(SHARED))) {
  console.log(`no ${POLNEAR(SHARED)}: nothing to review`);
  process.exit(0);
}

interface Row {
  rule: string;
  cue: string;
  sentence: string;
}
const rows: Row[] = [];
for (const article of readArticles(SHARED)) {
  for (const f of analyze(article.text).findings) {
    if (f.kind !== 'caveat') continue;
    rows.push({ rule: f.rule, cue: f.text, sentence: article.text.slice(f.sentence.start, f.sentence.end).replace(/\s+/g, ' ') });
  }
}

const byRule = new Map<string, number>();
for (const r of rows) byRule.set(r.rule, (byRule.get(r.rule) ?? 0) + 1);
console.log(`${rows.length} caveat findings; by rule: ${[...byRule].map(([k, v]) => `${k} ${v}`).join(', ')}`);

// A linear congruential generator: the same seed draws the same sample on every machine.
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const sample = rows
  .map((r, i) => ({ key: random(), i }))
  .sort((a, b) => a.key - b.key)
  .slice(0, n)
  .map((x) => x.i)
  .sort((a, b) => a - b);
sample.forEach((i, k) => console.log(`${k}. [${rows[i].rule.replace('caveat/', '')} | ${rows[i].cue}] ${rows[i].sentence.slice(0, 300)}`));
