#!/usr/bin/env node
// Turns every lexicon `src/lexicons/NAME.txt` (one entry a line, '#' comments, blank lines ignored)
// into a typed module `src/lexicons/NAME.ts`. The .txt is the data; the .ts is generated and
// committed so that the engine runs without a build step. `--check` exits 1 when a module is stale.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lexicons');
const check = process.argv.includes('--check');

export function parseLexicon(source) {
  return source
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
}

export function renderModule(name, entries) {
  return (
    `// Generated from ${name}.txt by scripts/build-lexicons.mjs: edit the .txt, then run \`npm run lexicons\`.\n` +
    `const entries: readonly string[] = ${JSON.stringify(entries, null, 2)};\n` +
    `export default entries;\n`
  );
}

let stale = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.slice(0, -4);
  const out = join(dir, `${name}.ts`);
  const text = renderModule(name, parseLexicon(readFileSync(join(dir, file), 'utf8')));
  const current = existsSync(out) ? readFileSync(out, 'utf8') : null;
  if (current === text) continue;
  if (check) {
    console.error(`stale: src/lexicons/${name}.ts (run npm run lexicons)`);
    stale++;
  } else {
    writeFileSync(out, text);
    console.log(`wrote src/lexicons/${name}.ts`);
  }
}
process.exit(stale ? 1 : 0);
