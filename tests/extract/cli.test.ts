// The CLI contract end to end: .html and .html.gz inputs are reduced to the extractor's text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/extract/node';
import { FIXTURES, fixture } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'gos-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(...files: string[]): Array<{ file: string; text: string; findings: unknown[] }> {
  const out = execFileSync('npx', ['tsx', 'src/cli/analyze.ts', '--json', '--text', ...files], {
    cwd: join(FIXTURES, '../../..'),
    encoding: 'utf8',
  });
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

describe('analyze CLI on pages', () => {
  it('extracts .html and .html.gz files with the same text as extractFromHtml', () => {
    const html = fixture('article.html');
    const gz = join(dir, 'article.html.gz');
    writeFileSync(gz, gzipSync(html));
    const plain = join(FIXTURES, 'article.html');
    const [a, b] = analyze(plain, gz);
    const expected = extractFromHtml(html).text;
    expect(a.file).toBe(plain);
    expect(a.text).toBe(expected);
    expect(b.file).toBe(gz);
    expect(b.text).toBe(expected);
    expect(a.text).toContain('could not be independently verified');
    expect(Array.isArray(a.findings)).toBe(true);
  }, 30_000);
});
