// The analyze CLI's contract, which the project's scorers depend on:
//   npm run --silent analyze -- --json FILE...  ->  one JSON line per file, in order,
//   {"file": <path as given>, "findings": [{kind, start, end, ...}]}, UTF-16 offsets into the file
//   text as read; HTML is reduced to the article text first (--text adds it); a missing file gets
//   an error line on stderr and exit code 1 after the other files are done.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/engine';

const root = resolve(__dirname, '..', '..');
// What `npm run analyze` runs: the bundled command (rebuilt by scripts/analyze.mjs when stale).
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/analyze.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)) };
}

const article = `Officials reportedly knew of the leak.\n\nThe claim could not be independently verified, a senior official said.`;
// Astral characters before the cues: offsets must count UTF-16 code units, as JavaScript strings do.
const astral = `🧂🧂 Résumé — the minister may have known, sources said. ✔︎`;
const page = `<!doctype html><html><head><title>Harbour fire</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World: aliens may have landed, experts say</a></nav>
<article><h1>Harbour fire started in solvent store</h1>
<p>The fire reportedly began in a storeroom where solvent drums were kept against an electrical panel, according to the city's fire chief, who inspected the site on Wednesday morning.</p>
<p>The warehouse operator declined to comment on the cause and said it was cooperating with investigators, who have not yet said how long their work will take.</p>
<p>Residents said they had complained about the smell for weeks. The city has opened an inquiry and will publish its findings, the mayor's office said in a statement.</p>
<p>Two workers were treated for smoke inhalation and about forty people were evacuated from nearby homes while firefighters worked through the night.</p>
</article>
<aside><h2>Most read</h2><p>Celebrity allegedly seen at the harbour, sources say</p></aside>
<footer>© The Harbour Gazette</footer></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gos-cli-'));
  writeFileSync(join(dir, 'a.txt'), article);
  writeFileSync(join(dir, 'astral.txt'), astral);
  writeFileSync(join(dir, 'crlf.txt'), article.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'page.html'), page);
  writeFileSync(join(dir, 'page.html.gz'), gzipSync(page));
  mkdirSync(join(dir, 'a-directory'));
});

describe('analyze --json', () => {
  it('prints one line per file, in order, with the path as given and the engine findings', () => {
    const files = [join(dir, 'a.txt'), join(dir, 'astral.txt'), join(dir, 'crlf.txt')];
    const r = cli('--json', ...files);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.file)).toEqual(files);
    expect(r.lines[0].findings).toEqual(analyze(article).findings);
    for (const line of r.lines) expect(Object.keys(line)).toEqual(['file', 'findings']);
  });

  it('indexes the text as read, in UTF-16 code units, with nothing normalised', () => {
    const r = cli('--json', join(dir, 'astral.txt'), join(dir, 'crlf.txt'));
    const [astralLine, crlfLine] = r.lines;
    expect(astralLine.findings.length).toBeGreaterThan(0);
    for (const f of astralLine.findings) expect(astral.slice(f.start, f.end)).toBe(f.text);
    const crlf = article.replace(/\n/g, '\r\n');
    for (const f of crlfLine.findings) expect(crlf.slice(f.start, f.end)).toBe(f.text);
    for (const f of astralLine.findings) for (const k of ['kind', 'start', 'end']) expect(f).toHaveProperty(k);
  });

  it('reduces .html and .html.gz pages to the article text, which --text returns and the offsets index', () => {
    const r = cli('--json', '--text', join(dir, 'page.html'), join(dir, 'page.html.gz'));
    expect(r.code).toBe(0);
    const [html, gz] = r.lines;
    expect(html.text).toContain('solvent drums');
    expect(html.text).not.toMatch(/Most read|aliens|Celebrity|Gazette/);
    expect(gz.text).toBe(html.text);
    expect(html.findings).toEqual(analyze(html.text).findings);
    for (const f of html.findings) expect(html.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reports a missing or unreadable file on stderr, finishes the others, and exits 1', () => {
    const missing = join(dir, 'missing.txt');
    const r = cli('--json', missing, join(dir, 'a.txt'), join(dir, 'a-directory'));
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.file)).toEqual([join(dir, 'a.txt')]);
    expect(r.stderr).toContain(`${missing}: no such file`);
    expect(r.stderr).toContain('a-directory: is a directory');
  });

  it('rejects unknown options and no input with usage, exit 2', () => {
    expect(cli('--frobnicate', join(dir, 'a.txt')).code).toBe(2);
    const none = cli('--json');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage:');
  });
});

describe('analyze in a pipeline', () => {
  it('ends quietly when the reader closes the pipe early ("| head")', () => {
    // Far more output than a pipe buffers (~280 KB), so the writes outlive the reader.
    const files = Array.from({ length: 400 }, () => join(dir, 'a.txt'));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(root, 'scripts/analyze.mjs')}" "$@" | head -n 1`, 'sh', ...files], { cwd: root, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('writes every line to a reader slower than the run, though it exits as soon as the output is out', () => {
    // ~600 KB of output: more than a pipe holds, so the last writes wait for the reader.
    const files = Array.from({ length: 400 }, () => join(dir, 'a.txt'));
    const script = `"${process.execPath}" "${join(root, 'scripts/analyze.mjs')}" --json "$@" | (sleep 0.3; cat)`;
    const r = spawnSync('sh', ['-c', script, 'sh', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(400);
    expect(lines[399].findings).toEqual(analyze(article).findings);
  });
});

describe('analyze (readable report)', () => {
  it('prints the summary line and the findings grouped like the popup', () => {
    const r = cli(join(dir, 'a.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a.txt');
    expect(r.stdout).toMatch(/hedge/);
    expect(r.stdout).toContain("The article's own caveats");
    expect(r.stdout).toContain('[reportedly]');
  });

  it('says what the claims rest on, like the popup\'s sourcing at a glance', () => {
    writeFileSync(join(dir, 'sourcing.txt'), 'A defector said the video was real. The defector added that it was filmed in May. Jane Roe, a historian, said the dates fit. Experts say such videos are rare.');
    const r = cli(join(dir, 'sourcing.txt'));
    expect(r.stdout).toContain('What the claims rest on: 1 claim on named sources, 2 claims on unnamed ones, 1 claim on vague attributions');
    expect(r.stdout).toContain('2 claims rest on one unnamed source: A defector');
  });

  it('accepts --learned (the attribution tagger) with the same contract', () => {
    const r = cli('--json', '--learned', join(dir, 'a.txt'));
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.file)).toEqual([join(dir, 'a.txt')]);
  });
});
