// Where the lexicon scripts put what they count. `npm run lexicons:polnear` and `npm run
// lexicons:modal-verbs` write their files under src/lexicons/; with `--check` they write nothing
// and exit 1 naming each committed file that is not what the script makes from ../shared today
// (tests/engine/lexicons.test.ts runs both checks, as tests/engine/models.test.ts does for models).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './train';

/** A counted lexicon's text: its header lines (each opening with '#'), then one row per line. */
export const lexiconText = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  `${header.join('\n')}\n${rows.map((r) => r.join(' ')).join('\n')}\n`;

export interface LexiconFiles {
  /** Writes src/lexicons/FILE, or with --check compares it with what is committed. */
  put(file: string, content: string, summary: string): void;
  /** Reports the check: exits 1 when a committed file is stale. */
  finish(): void;
}

export function lexiconFiles(command: string, argv: readonly string[] = process.argv.slice(2)): LexiconFiles {
  const check = argv.includes('--check');
  const stale: string[] = [];
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  return {
    put(file, content, summary) {
      const path = join(ROOT, 'src', 'lexicons', file);
      if (!check) {
        writeFileSync(path, content);
        console.log(`wrote src/lexicons/${file}: ${summary}`);
      } else if (read(path) !== content) stale.push(`src/lexicons/${file}`);
    },
    finish() {
      if (!check) return;
      if (stale.length === 0) {
        console.log(`${command}: every file is up to date`);
        return;
      }
      console.error(`${command}: stale (rerun \`${command}\`): ${stale.join(', ')}`);
      process.exitCode = 1;
    },
  };
}
