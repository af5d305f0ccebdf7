// `npm run eval:hedge-cues [-- CUE-REGEX]`: for every hedge cue word the engine reports on
// the labelled dev corpora, how often its sentence is gold-labelled a hedge, per corpus — the table
// to read before writing a rule about a cue's sense (a cue the gold rarely labels is where precision
// is lost; a cue one corpus labels and another never does is a convention to check against
// GUIDELINES.md, not a rule to fit). With a regex, it also prints each matching cue with a few words
// around it and its gold status, for error analysis on the dev sets.
// Only *-dev corpora are read: world-check is held out (its figures come from `npm run eval` only).
// Skips cleanly when ../shared is not here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/engine';
import { SHARED } from './train';

interface GoldSentence {
  start: number;
  end: number;
  hedge?: string[];
}
interface Row {
  corpus: string;
  cue: string;
  gold: boolean;
  context: string;
}

const corpora = join(SHARED, 'corpora');
if (!existsSync(corpora)) {
  console.log('hedge-cue-table: skipped (../shared/corpora is not here)');
  process.exit(0);
}
const names = readdirSync(corpora)
  .filter((f) => f.endsWith('-dev.jsonl') && !f.startsWith('challenge'))
  .map((f) => f.slice(0, -'.jsonl'.length))
  .sort();

const rows: Row[] = [];
for (const corpus of names) {
  for (const line of readFileSync(join(corpora, `${corpus}.jsonl`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { text: string; labels: string[]; sentences?: GoldSentence[] };
    if (!doc.labels?.includes('hedge') || !doc.sentences) continue;
    for (const f of analyze(doc.text, { kinds: ['hedge'] }).findings) {
      const gold = doc.sentences.some((s) => s.start < f.end && f.start < s.end && (s.hedge?.length ?? 0) > 0);
      for (const c of f.cues) {
        const around = (a: number, b: number) => doc.text.slice(a, b).replace(/\s+/g, ' ');
        const context = `${around(Math.max(0, c.start - 50), c.start)}[[${c.text}]]${around(c.end, c.end + 40)}`;
        rows.push({ corpus, cue: c.text.toLowerCase().split(/\s+/)[0], gold, context });
      }
    }
  }
}

// The table: cue word, then per corpus "reported/gold", sorted by how many reports are not gold.
const byCue = new Map<string, Map<string, [number, number]>>();
for (const r of rows) {
  const perCorpus = byCue.get(r.cue) ?? new Map<string, [number, number]>();
  const n = perCorpus.get(r.corpus) ?? [0, 0];
  n[0]++;
  if (r.gold) n[1]++;
  perCorpus.set(r.corpus, n);
  byCue.set(r.cue, perCorpus);
}
const notGold = (cue: string) => [...byCue.get(cue)!.values()].reduce((sum, [n, g]) => sum + n - g, 0);
const cell = (s: string) => s.padStart(14);
console.log(`${'cue'.padEnd(14)}${names.map((n) => cell(n.replace(/-dev$/, ''))).join('')}   not gold  (reported/gold sentence)`);
for (const cue of [...byCue.keys()].sort((a, b) => notGold(b) - notGold(a) || a.localeCompare(b))) {
  const perCorpus = byCue.get(cue)!;
  const cells = names.map((n) => {
    const [r, g] = perCorpus.get(n) ?? [0, 0];
    return cell(r ? `${r}/${g}` : '');
  });
  console.log(`${cue.padEnd(14)}${cells.join('')}   ${notGold(cue)}`);
}

const pattern = process.argv[2];
if (pattern) {
  const re = new RegExp(`^(?:${pattern})$`, 'i');
  console.log(`\ncues matching /${pattern}/ (G: the sentence is gold-labelled a hedge):`);
  for (const r of rows) if (re.test(r.cue)) console.log(`${r.corpus.padEnd(14)}${r.gold ? 'G' : '-'}  ${r.context}`);
}
