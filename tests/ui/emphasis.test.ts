import { describe, expect, it } from 'vitest';
import { emphasise } from '../../src/ui/components/emphasis';

const cue = (s: string, word: string) => {
  const start = s.indexOf(word);
  return { start, end: start + word.length };
};

describe('emphasise', () => {
  it('splits a sentence into plain and cue parts that rebuild it exactly', () => {
    const s = 'The bridge may have been closed, officials reportedly said.';
    const parts = emphasise(s, [cue(s, 'reportedly'), cue(s, 'may have')]);
    expect(parts.map((p) => p.text).join('')).toBe(s);
    expect(parts.filter((p) => p.cue).map((p) => p.text)).toEqual(['may have', 'reportedly']);
  });

  it('ignores cues outside the sentence and overlapping cues', () => {
    const s = 'It is believed to be true.';
    const parts = emphasise(s, [{ start: 6, end: 14 }, { start: 10, end: 20 }, { start: 40, end: 44 }, { start: 5, end: 5 }]);
    expect(parts.filter((p) => p.cue).map((p) => p.text)).toEqual(['believed']);
  });

  it('keeps markup-like text as plain text', () => {
    const s = 'He allegedly wrote <img src=x onerror=alert(1)> on the wall.';
    const parts = emphasise(s, [cue(s, 'allegedly')]);
    expect(parts.map((p) => p.text).join('')).toBe(s);
  });

  it('shortens a long sentence around its cues, cutting at word boundaries', () => {
    const filler = 'word '.repeat(80);
    const s = `${filler}the minister reportedly resigned ${filler}end.`;
    const parts = emphasise(s, [cue(s, 'reportedly')], 100);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(106);
    expect(text).toContain('minister reportedly resigned');
    expect(text).not.toMatch(/ or |wor …|… ord/);
  });

  it('collapses line breaks in plain text', () => {
    const s = 'Officials\nsaid it could\n\nhappen.';
    const parts = emphasise(s, [cue(s, 'could')]);
    expect(parts.map((p) => p.text).join('')).toBe('Officials said it could happen.');
  });
});
