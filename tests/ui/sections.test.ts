import { describe, expect, it } from 'vitest';
import { buildSections, groupSources, sourceHeading } from '../../src/ui/popup/sections';
import { DEFECTOR, view } from './fixtures';

describe('sourceHeading', () => {
  it('names the source and counts its claims', () => {
    expect(sourceHeading('a North Korean defector', 3)).toBe('a North Korean defector — 3 claims');
    expect(sourceHeading('a port worker', 1)).toBe('a port worker — 1 claim');
  });
});

describe('buildSections', () => {
  const hedge = view('hedge', 'The ferry will reportedly stop running in May.', ['reportedly']);
  const caveat = view('caveat', 'The operator declined to comment.', ['declined to comment']);
  const vague = view('vague-source', 'Critics say the plan is rushed.', ['Critics say']);
  const anon1 = view('anonymous-source', 'The defector said the order came in March.', ['The defector said'], { sourceRef: 's1' });
  const anon2 = view('anonymous-source', 'He added that the fleet was idle.', ['He added'], { sourceRef: 's1' });
  const anon3 = view('anonymous-source', 'A dock worker said the gates were shut.', ['A dock worker said'], { sourceLabel: 'a dock worker' });

  it('orders sections hedges, unnamed sources, vague attributions, caveats, and drops empty ones', () => {
    const sections = buildSections([caveat, vague, hedge], []);
    expect(sections.map((s) => s.title)).toEqual(['Hedges', 'Vague attributions', "The article's own caveats"]);
    expect(sections.map((s) => s.count)).toEqual([1, 1, 1]);
  });

  it('gathers claims resting on the same unnamed source under that source, most cited first', () => {
    const [section] = buildSections([anon3, anon1, anon2], [DEFECTOR]);
    expect(section.title).toBe('Unnamed sources');
    expect(section.sources?.map((b) => b.heading)).toEqual(['a North Korean defector — 3 claims', 'a dock worker — 1 claim']);
    expect(section.sources?.[0].items.map((f) => f.id)).toEqual([anon1.id, anon2.id]);
  });

  it('lists findings in page order within a section', () => {
    const later = view('hedge', 'Fares may rise.', ['may']);
    const [section] = buildSections([later, hedge], []);
    expect(section.items.map((f) => f.id)).toEqual([hedge.id, later.id]);
  });
});

describe('groupSources without engine refs', () => {
  it('treats mentions that read the same as one source and counts distinct sentences', () => {
    const a = view('anonymous-source', 'A senior official said talks had stalled.', ['A senior official said'], { sourceLabel: 'A senior official' });
    const b = view('anonymous-source', 'Talks resumed, a senior official said.', ['a senior official said'], { sourceLabel: 'a senior official' });
    const blocks = groupSources([a, b], []);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].heading).toBe('A senior official — 2 claims');
  });

  it('falls back to the cue words when there is no label', () => {
    const a = view('anonymous-source', 'Sources close to the club said the deal was off.', ['Sources close to the club']);
    expect(groupSources([a], [])[0].heading).toBe('Sources close to the club — 1 claim');
  });
});
