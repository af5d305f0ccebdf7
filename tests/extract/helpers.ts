// Shared helpers for the extraction tests: fixtures and the segment round-trip check.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from '../../src/extract';

export const FIXTURES = fileURLToPath(new URL('../fixtures/extract/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Every segment's text equals its node's text, segments are ordered and inside `text`. */
export function segmentProblems(a: ExtractedArticle): string[] {
  const problems: string[] = [];
  let last = 0;
  for (const s of a.segments) {
    if (s.length <= 0) problems.push(`empty segment at ${s.start}`);
    if (s.start < last) problems.push(`segment at ${s.start} overlaps the previous one`);
    const fromNode = s.node.data.slice(s.nodeStart, s.nodeStart + s.length);
    const fromText = a.text.slice(s.start, s.start + s.length);
    if (fromNode !== fromText) problems.push(`segment at ${s.start}: ${JSON.stringify(fromText)} != ${JSON.stringify(fromNode)}`);
    last = s.start + s.length;
  }
  if (last > a.text.length) problems.push('segments run past the text');
  return problems;
}

/** The characters of `text` no segment covers (separators and collapsed whitespace). */
export function unmappedChars(a: ExtractedArticle): string {
  const covered = new Uint8Array(a.text.length);
  for (const s of a.segments) covered.fill(1, s.start, s.start + s.length);
  let out = '';
  for (let i = 0; i < a.text.length; i++) if (!covered[i]) out += a.text[i];
  return out;
}
