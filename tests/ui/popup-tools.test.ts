// The popup's pure parts: the summary line over the listed findings, the Markdown summary, moving
// through the list with the keyboard, and the content script's "next finding".
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import type { Finding } from '../../src/engine';
import { nextFinding } from '../../src/content/next-finding';
import { escapeMarkdown, toMarkdown } from '../../src/ui/popup/markdown';
import { moveFocus } from '../../src/ui/popup/Popup';
import { buildSections } from '../../src/ui/popup/sections';
import { summaryText } from '../../src/ui/popup/summary';
import { DEFECTOR, NO_SOURCING, SOURCING, view } from './fixtures';

const findings = [
  view('hedge', 'The ferry reportedly ran late twice.', ['reportedly']),
  view('hedge', 'Fares may rise in spring.', ['may']),
  view('anonymous-source', 'A defector said the ships left at night.', ['A defector said'], { sourceRef: 's1' }),
  view('anonymous-source', 'The defector added that fuel was short.', ['The defector added'], { sourceRef: 's1' }),
  view('vague-source', 'Critics argue the timetable is unrealistic.', ['Critics argue']),
  view('caveat', 'The claims could not be independently verified.', ['could not be independently verified']),
];

describe('summaryText', () => {
  it('counts each category, with the claims resting on one anonymous source', () => {
    expect(summaryText(findings, [DEFECTOR])).toBe('2 hedges · 3 claims rest on one anonymous source · 1 vague attribution · 1 caveat from the article itself');
  });
  it('counts only what it is given (the listed categories), in the singular where it is one', () => {
    const listed = findings.filter((f) => f.kind === 'hedge' || f.kind === 'anonymous-source');
    expect(summaryText(listed.slice(1), [])).toBe('1 hedge · 2 unnamed sources');
    expect(summaryText(findings.filter((f) => f.kind === 'caveat'), [DEFECTOR])).toBe('1 caveat from the article itself');
  });
});

describe('toMarkdown', () => {
  const sections = buildSections(findings, [DEFECTOR]);
  const md = toMarkdown({ title: 'Ferry timetable changes', url: 'https://news.example/ferry?x=1', summary: summaryText(findings, [DEFECTOR]), sourcing: SOURCING, sections });

  it('has the title, the address, the summary line, the sourcing line and the findings grouped, caveats last', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Ferry timetable changes');
    expect(lines).toContain('<https://news.example/ferry?x=1>');
    const summaryAt = lines.indexOf('**2 hedges · 3 claims rest on one anonymous source · 1 vague attribution · 1 caveat from the article itself**');
    expect(summaryAt).toBeGreaterThan(0);
    expect(lines[summaryAt + 2]).toBe(
      'Sourcing: 5 claims on named sources, 3 claims on unnamed sources, 1 claim on vague attributions. 3 claims rest on one unnamed source: a North Korean defector',
    );
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Ferry timetable changes',
      '## Hedges (2)',
      '## Unnamed sources (2)',
      '### a North Korean defector — 3 claims',
      '## Vague attributions (1)',
      "## The article's own caveats (1)",
    ]);
    expect(md).toContain('- The claims **could not be independently verified**. — *why: ');
    expect(md).toContain('- The ferry **reportedly** ran late twice. — *why: ');
    expect(md.trimEnd().split('\n').pop()).toMatch(/^_Flagged by Grain of Salt: .*not a verdict\._$/);
  });

  it('keeps page text inert: no link, image, HTML or emphasis can come from the page', () => {
    const hostile = view('hedge', 'He allegedly posted ![x](https://evil.example/a.png) and <img src=x onerror=alert(1)> [click](https://evil.example) *now*.', ['allegedly']);
    const sourcing = { ...SOURCING, top: { label: '[a source](https://evil.example) <b>', claims: 2 } };
    const out = toMarkdown({ title: '[Title](https://evil.example)', url: 'javascript:alert(1)', summary: '1 hedge', sourcing, sections: buildSections([hostile], []) });
    expect(out).not.toMatch(/(?<!\\)\[/);
    expect(out).not.toMatch(/(?<!\\)</);
    expect(out).not.toContain('<javascript:');
    expect(out).toContain('`javascript:alert(1)`');
    expect(out).toContain('**allegedly**');
    expect(escapeMarkdown('  a  *b*\n_c_ ')).toBe('a \\*b\\* \\_c\\_');
  });

  it('says so when the article attributes no claim to a source, and names no source when none carries two claims', () => {
    const none = toMarkdown({ title: 'T', url: 'https://a.example/', summary: '1 hedge', sourcing: NO_SOURCING, sections: [] });
    expect(none).toContain('\n\nNo claim in this article is attributed to a source.\n');
    const spread = toMarkdown({ title: 'T', url: 'https://a.example/', summary: '1 hedge', sourcing: { named: 1, unnamed: 2, vague: 0 }, sections: [] });
    expect(spread).toContain('\n\nSourcing: 1 claim on named sources, 2 claims on unnamed sources, 0 claims on vague attributions.\n');
  });
});

describe('moveFocus', () => {
  const items = ['a', 'b', 'c'].map((id) => ({ id }) as unknown as HTMLElement);
  it('moves down and up, stops at the ends, jumps with Home and End', () => {
    expect(moveFocus(items, items[0], 'ArrowDown')).toBe(items[1]);
    expect(moveFocus(items, items[2], 'ArrowDown')).toBe(items[2]);
    expect(moveFocus(items, items[1], 'ArrowUp')).toBe(items[0]);
    expect(moveFocus(items, items[0], 'ArrowUp')).toBe(items[0]);
    expect(moveFocus(items, items[1], 'End')).toBe(items[2]);
    expect(moveFocus(items, items[2], 'Home')).toBe(items[0]);
  });
  it('enters the list at its first item, and leaves other keys alone', () => {
    expect(moveFocus(items, null, 'ArrowDown')).toBe(items[0]);
    expect(moveFocus(items, items[1], 'Enter')).toBeUndefined();
    expect(moveFocus(items, items[1], 'a')).toBeUndefined();
    expect(moveFocus([], null, 'ArrowDown')).toBeUndefined();
  });
});

describe('nextFinding', () => {
  const text =
    'The mayor reportedly resigned, a senior official said. Critics argue the vote was rushed. ' +
    'The council said it would publish the minutes. The report could not be independently verified.';
  const all: Finding[] = analyze(text).findings;
  const on = { hedge: true, 'anonymous-source': true, 'vague-source': true, caveat: true };
  const sentenceOf = (i: number | undefined) => (i === undefined ? undefined : all[i].sentence.start);

  it('goes through the findings in text order, one stop per sentence, and wraps around', () => {
    // Two findings share the first sentence; three sentences hold flagged findings, and the
    // council's sentence only a named source, which is never a stop.
    expect(all.filter((f) => f.sentence.start === 0).length).toBeGreaterThanOrEqual(2);
    expect(all.filter((f) => f.kind === 'named-source').map((f) => f.text)).toContain('The council said');
    const stops: (number | undefined)[] = [];
    let at: number | undefined;
    for (let i = 0; i < 4; i++) stops.push(sentenceOf((at = nextFinding(all, at, on))));
    const sentences = [...new Set(all.filter((f) => f.kind !== 'named-source').map((f) => f.sentence.start))];
    expect(sentences).toHaveLength(3);
    expect(stops).toEqual([...sentences, sentences[0]]);
  });

  it('visits only the highlighted categories, or all when none is highlighted', () => {
    const caveatsOnly = { ...on, hedge: false, 'anonymous-source': false, 'vague-source': false };
    const first = nextFinding(all, undefined, caveatsOnly);
    expect(all[first!].kind).toBe('caveat');
    expect(nextFinding(all, first, caveatsOnly)).toBe(first);
    const none = { hedge: false, 'anonymous-source': false, 'vague-source': false, caveat: false };
    expect(nextFinding(all, undefined, none)).toBe(0);
    expect(nextFinding([], undefined, on)).toBeUndefined();
  });
});
