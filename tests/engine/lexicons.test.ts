// Lexicons are data: each src/lexicons/NAME.txt says what it is and where it comes from, holds no
// duplicate entries, and its generated module NAME.ts is in sync (npm run lexicons). The lexicons
// counted from ../shared are what their scripts make from it today (skipped without ../shared,
// which is never committed).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = resolve(__dirname, '..', '..', 'src', 'lexicons');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const entries = (src: string) => src.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);

describe('lexicons', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(3));

  for (const file of files)
    describe(file, () => {
      const src = readFileSync(join(dir, file), 'utf8');
      it('opens with a header that names its sources', () => {
        const header = src.split('\n').filter((l) => l.startsWith('#')).join('\n');
        expect(src.startsWith('#')).toBe(true);
        expect(header).toMatch(/sources?:/i);
      });
      it('has no duplicate entries', () => {
        const list = entries(src);
        expect(list.length).toBeGreaterThan(0);
        expect(list.filter((e, i) => list.indexOf(e) !== i)).toEqual([]);
      });
    });

  it('generated modules are in sync with their .txt files', () => {
    const r = spawnSync(process.execPath, [resolve(__dirname, '..', '..', 'scripts', 'build-lexicons.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  const root = resolve(__dirname, '..', '..');
  const haveData = existsSync(resolve(root, '..', 'shared', 'corpora', 'polnear-attributions.jsonl'));
  for (const [command, script] of [
    ['lexicons:polnear', 'lexicon-from-polnear.ts'],
    ['lexicons:modal-verbs', 'lexicon-modal-verbs.ts'],
  ])
    it.skipIf(!haveData)(`the files npm run ${command} counts from ../shared are up to date`, { timeout: 120_000 }, () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), '--check'], { cwd: root, encoding: 'utf8' });
      expect(r.stderr, `run npm run ${command}`).toBe('');
      expect(r.status).toBe(0);
    });
});
