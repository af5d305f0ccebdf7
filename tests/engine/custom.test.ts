// The reader's own cues and never-flag words, applied by the engine (analyze(text, { custom, never })).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import type { AnalyzeOptions, Finding } from '../../src/engine';

const own = (text: string, options: AnalyzeOptions) => analyze(text, options).findings.filter((f) => f.rule.startsWith('custom/'));
const cueTexts = (findings: readonly Finding[]) => findings.map((f) => f.cues.map((c) => c.text));

describe('own cues', () => {
  const text = [
    'The grapevine has it that the mill will close.',
    'The chattering classes insist the mayor will go.',
    'The timetable is a best guess by the clerk.',
    'Word on the street, and word  on the street again, is that fares rise.',
  ].join(' ');
  const custom = {
    'anonymous-source': ['the grapevine'],
    'vague-source': ['The Chattering Classes'],
    caveat: ['a best guess'],
    hedge: ['word on the street'],
  };

  it('become findings of their kind, rule custom/<kind>, with an explanation that says whose cue it is', () => {
    const found = own(text, { custom });
    expect(found.map((f) => [f.kind, f.rule, f.text])).toEqual([
      ['anonymous-source', 'custom/anonymous-source', 'The grapevine'],
      ['vague-source', 'custom/vague-source', 'The chattering classes'],
      ['caveat', 'custom/caveat', 'a best guess'],
      ['hedge', 'custom/hedge', 'Word on the street, and word  on the street'],
    ]);
    expect(found[0].explanation).toBe("'The grapevine': a cue you added");
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence.start).toBeLessThanOrEqual(f.start);
      expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
      for (const c of f.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('are one finding per sentence and kind, each match a cue, whatever the spacing between words', () => {
    const [hedge] = own(text, { custom }).filter((f) => f.kind === 'hedge');
    expect(hedge.cues.map((c) => c.text)).toEqual(['Word on the street', 'word  on the street']);
    const two = own('Word on the street is loud. So is word on the street.', { custom });
    expect(two.map((f) => f.sentence.start)).toEqual([0, 28]);
  });

  it('match whole words only (a hyphen ends a word), in any case, with either apostrophe', () => {
    const gossip = { custom: { hedge: ['scuttlebutt'] } };
    const text = 'The SCUTTLEBUTT spread. The scuttlebutts spread. A scuttlebuttery opened. The anti-scuttlebutt law passed.';
    expect(cueTexts(own(text, gossip))).toEqual([['SCUTTLEBUTT'], ['scuttlebutt']]);
    expect(cueTexts(own('It was the insider’s view that prices would fall.', { custom: { hedge: ["insider's view"] } }))).toEqual([['insider’s view']]);
    expect(cueTexts(own("It was the insider's view again.", { custom: { hedge: ['insider’s view'] } }))).toEqual([["insider's view"]]);
    // Characters a regex would act on are matched as written.
    expect(cueTexts(own('The C++ (beta) build may ship. The C build will not.', { custom: { hedge: ['c++ (beta)'] } }))).toEqual([['C++ (beta)']]);
  });

  it('prefer the longest phrase, and never cross a sentence end', () => {
    const custom = { hedge: ['word on the street', 'word on the street says'] };
    expect(cueTexts(own('Word on the street says fares rise.', { custom }))).toEqual([['Word on the street says']]);
    expect(own('The mill closed. Then the street emptied.', { custom: { hedge: ['closed. then'] } })).toEqual([]);
  });

  it('add nothing where the engine already flags the same words as the same kind', () => {
    const plain = 'The mayor reportedly resigned.';
    expect(analyze(plain, { custom: { hedge: ['reportedly'] } })).toEqual(analyze(plain));
    // The same words as another kind are the reader's own call.
    expect(own(plain, { custom: { caveat: ['reportedly'] } }).map((f) => f.kind)).toEqual(['caveat']);
  });

  it('are left out by the kinds option like any finding', () => {
    expect(analyze(text, { custom, kinds: ['caveat'] }).findings.map((f) => f.rule)).toEqual(['custom/caveat']);
  });
});

describe('never-flag words', () => {
  it('drop a finding any of whose cues equals one, in any case and spacing', () => {
    const text = 'The mayor reportedly resigned. The port may have closed early.';
    expect(analyze(text).findings.map((f) => f.cues[0].text)).toEqual(['reportedly', 'may have']);
    expect(analyze(text, { never: ['REPORTEDLY'] }).findings.map((f) => f.cues[0].text)).toEqual(['may have']);
    expect(analyze(text, { never: ['  May   HAVE '] }).findings.map((f) => f.cues[0].text)).toEqual(['reportedly']);
  });

  it('compare whole cues: a word inside a cue or a cue inside a word does not drop it', () => {
    const text = 'The mayor reportedly resigned. The port may have closed early.';
    const all = analyze(text).findings;
    expect(analyze(text, { never: ['report', 'may'] }).findings).toEqual(all);
  });

  it('drop a finding with several cues when one is never flagged, and the reader’s own cues too', () => {
    const text = 'Some analysts believe the levy may be cut. Word on the street is that fares rise.';
    const hedgeCues = (options: AnalyzeOptions) => cueTexts(analyze(text, options).findings.filter((f) => f.kind === 'hedge'));
    expect(hedgeCues({})).toEqual([['believe', 'may be']]);
    expect(hedgeCues({ never: ['may be'] })).toEqual([]);
    expect(hedgeCues({ custom: { hedge: ['word on the street'] }, never: ['Word on the street'] })).toEqual([['believe', 'may be']]);
  });

  it('leave the claims grouped under an unnamed source counted without the dropped mentions', () => {
    const text = 'A harbour pilot said the ferry left early. The pilot said the crew was tired.';
    expect(analyze(text).sources).toMatchObject([{ claims: 2 }]);
    const said = analyze(text, { never: ['the pilot'] });
    expect(said.findings.filter((f) => f.kind === 'anonymous-source').map((f) => f.sentence.start)).toEqual([0]);
    expect(said.sources).toMatchObject([{ claims: 1 }]);
  });
});

describe('without reader cues', () => {
  const text = 'A senior official said the port may have closed. Experts say it was unverified.';

  it('the output is exactly the default one: empty lists are no lists', () => {
    const plain = JSON.stringify(analyze(text));
    expect(JSON.stringify(analyze(text, {}))).toBe(plain);
    expect(JSON.stringify(analyze(text, { custom: {}, never: [] }))).toBe(plain);
    expect(JSON.stringify(analyze(text, { custom: { hedge: [], caveat: [] } }))).toBe(plain);
  });

  it('junk in the lists is ignored, never thrown on', () => {
    const junk = { custom: { hedge: ['', '   ', '...', '(', 42, null] as unknown as string[], caveat: 'x' as unknown as string[] }, never: [null, 7, ''] as unknown as string[] };
    expect(JSON.stringify(analyze(text, junk))).toBe(JSON.stringify(analyze(text)));
  });
});
