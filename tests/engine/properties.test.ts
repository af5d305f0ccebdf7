// Properties that hold for ANY input: the engine never throws, its offsets are inside the text and
// in order, every finding's text is the text at its offsets, and it is deterministic. Adversarial
// and very long inputs finish (no catastrophic backtracking: a hang here fails the suite).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine';

// Pieces that exercise the rules: cue words, names, punctuation that ends (or does not end) sentences.
const pieces = [
  'reportedly', 'allegedly', 'may', 'May', 'might have', 'could not', 'would', 'is believed to', 'said', 'told',
  'according to', 'a senior official', 'the defector', 'he', 'she', 'experts say', 'critics argue', 'sources',
  'could not be independently verified', 'declined to comment', 'it is unclear whether', 'however,', 'U.S.',
  'Gen.', 'Mr.', 'J.', '3.5', '.', '?', '!', '…', '"', '“', '”', "'", '’', '(', ')', '\n', '\n\n', ' ', ' ', ' ',
  'Senator Warren', 'people familiar with the matter', 'on condition of anonymity', 'claims', 'expected',
  '🧂', 'é', '\u0000', '\u200b', '\r\n', '\t',
];
const texty = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), texty);

function checkInvariants(text: string, a: Analysis) {
  // Broken invariants are collected and compared once: an expect() per finding would make a
  // 40,000-finding input spend seconds in the assertion library rather than in the engine.
  const broken: string[] = [];
  const check = (ok: boolean, what: string, f: { start: number; end: number }) => {
    if (!ok && broken.length < 20) broken.push(`${what} at ${f.start}-${f.end}`);
  };
  let prev = -1;
  for (const f of a.findings) {
    check(Number.isInteger(f.start) && Number.isInteger(f.end), 'offsets are integers', f);
    check(0 <= f.start && f.start < f.end && f.end <= text.length, 'offsets inside the text', f);
    check(f.start >= prev, 'findings in order', f);
    prev = f.start;
    check(f.text === text.slice(f.start, f.end), 'text is the slice', f);
    check(f.sentence.start <= f.start && f.end <= f.sentence.end, 'inside its sentence', f);
    check(f.cues.length > 0, 'has cues', f);
    for (const c of f.cues) {
      check(f.start <= c.start && c.start < c.end && c.end <= f.end, 'cue inside the finding', c);
      check(c.text === text.slice(c.start, c.end), 'cue text is the slice', c);
    }
    check(typeof f.explanation === 'string' && f.explanation.length > 0, 'has an explanation', f);
    if (f.kind === 'anonymous-source') check(typeof f.sourceRef === 'string', 'anonymous source has a ref', f);
  }
  const refs = new Set(a.findings.map((f) => f.sourceRef));
  for (const g of a.sources) if (!refs.has(g.ref)) broken.push(`source group ${g.ref} has no finding`);
  expect(broken).toEqual([]);
}

describe('engine properties', () => {
  it('never throws, keeps offsets inside the text and in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, analyze(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on what it analysed before', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const alone = JSON.stringify(analyze(b));
        analyze(a);
        expect(JSON.stringify(analyze(b))).toBe(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('survives non-string input without throwing', () => {
    for (const bad of [undefined, null, 42, {}, [], Symbol.iterator] as unknown[])
      expect(analyze(bad as string).findings).toEqual([]);
  });
});

describe('adversarial and very long inputs', () => {
  const cases: Record<string, string> = {
    'one 300k-character word': 'a'.repeat(300_000),
    'full stops only': '.'.repeat(200_000),
    'abbreviations only': 'U.S. Gen. Mr. J. '.repeat(20_000),
    'quotes only': '"“”\'’'.repeat(50_000),
    'one unterminated sentence of cue words': 'reportedly may have said a senior official '.repeat(8_000),
    'spaces and newlines': ' \n'.repeat(150_000),
    'hyphen and apostrophe chains': "a-b'c-d'".repeat(40_000),
    'nested brackets': '('.repeat(50_000) + 'allegedly' + ')'.repeat(50_000),
    'many short sentences': 'He said it may rain. '.repeat(20_000),
    'surrogate pairs and combining marks': '🧂e\u0301 '.repeat(60_000),
  };
  // "Finishes" is the engine's part, not a speed target (that is `npm run bench`): a long input
  // on a loaded 2-core machine may pass vitest's 5 s default, so the limit only catches a hang.
  for (const [name, text] of Object.entries(cases))
    it(`finishes on ${name} with valid offsets`, () => {
      checkInvariants(text, analyze(text));
    }, 30_000);
});
