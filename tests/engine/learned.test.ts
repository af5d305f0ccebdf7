// The attribution tagger (src/engine/detectors/source/learned*.ts) on sentences written for these
// tests: what it sees of a token (features), how it decodes (with a small hand-made model, so the
// expected tags follow from the weights), and what it adds to the source detector.
import { describe, expect, it } from 'vitest';
import { buildDoc, type Token } from '../../src/engine/document';
import { detectorsWithTagger, sourceWithTagger } from '../../src/engine/detectors/with-tagger';
import { findAttributions } from '../../src/engine/detectors/source/attribution';
import { type AttributionModel, hasOpenCue, learnedSpans, loadModel, tagTokens, withLearned } from '../../src/engine/detectors/source/learned';
import {
  allowed, type Atoms, B_C, B_S, EDGE, I_C, I_S, O, SLOT, sentenceAtoms, shapeOf, spansOf, STATIC_FEATURES, staticFeatures, TAGS, TEMPLATES,
} from '../../src/engine/detectors/source/learned-features';

const tokens = (text: string): Token[] => buildDoc(text).sentences[0].tokens;
const feature = (template: (typeof TEMPLATES)[number], value: number) => TEMPLATES.indexOf(template) * SLOT + value;
const atoms = (words: string[], rates: Record<string, number> = {}): Atoms => ({
  words: new Map(words.map((w, i) => [w, i + 2])),
  rates: new Map(Object.entries(rates)),
  suffixes: new Map(),
  classes: new Map(),
});

describe('features', () => {
  it('shapes tell capitals, upper case, digits and kinds of punctuation apart', () => {
    const [roe, fbi, said, year, comma, quote] = tokens('Roe FBI said 2019 , “');
    expect([roe, fbi, said, year, comma, quote].map(shapeOf)).toEqual([3, 2, 4, 1, 5, 7]);
    expect(shapeOf(undefined)).toBe(0);
  });

  it('a token knows how far the nearest strong cue word is on each side', () => {
    const a = sentenceAtoms(tokens('Two aides of the mayor said it rained.'), atoms([], { said: 4 }), true);
    // "Two" is 5 tokens before "said" (bucket 4: 4-6 tokens), "mayor" 1; "it" is 1 after.
    expect(Array.from(a.cueRight.slice(0, 6))).toEqual([4, 4, 3, 2, 1, 0]);
    expect(a.cueLeft[6]).toBe(1);
    expect(a.cueLeft[0]).toBe(0);
  });

  it('marks the first word and quoted words', () => {
    const a = sentenceAtoms(tokens('He said “no way” twice.'), atoms([]), true);
    expect(a.position[0]).toBe(1);
    expect(a.position[3]).toBe(2);
    expect(a.position[6]).toBe(0);
  });

  it('reads known words by id and a sentence edge as its own word', () => {
    const a = sentenceAtoms(tokens('Officials said.'), atoms(['officials', 'said']), true);
    const out = new Int32Array(STATIC_FEATURES * 2);
    staticFeatures(a, 0, out, 0);
    staticFeatures(a, 1, out, STATIC_FEATURES);
    expect(out[1]).toBe(feature('w0', 2));
    expect(out[2]).toBe(feature('w-1', EDGE));
    expect(out[3]).toBe(feature('w+1', 3));
    expect(out[STATIC_FEATURES + 2]).toBe(feature('w-1', 2));
  });

  it('an inside tag only continues a span of its own kind', () => {
    expect(allowed(O, I_S)).toBe(false);
    expect(allowed(B_C, I_S)).toBe(false);
    expect(allowed(B_S, I_S)).toBe(true);
    expect(allowed(I_C, I_C)).toBe(true);
    expect(allowed(O, B_C)).toBe(true);
  });

  it('reads spans from BIO tags', () => {
    expect(spansOf([B_S, I_S, B_C, O, B_S])).toEqual([
      { kind: 'source', from: 0, to: 2 },
      { kind: 'cue', from: 2, to: 3 },
      { kind: 'source', from: 4, to: 5 },
    ]);
  });
});

/** A model from weights by feature: [template, value, weight of each tag]. */
function model(words: string[], weights: [(typeof TEMPLATES)[number], number, number[]][]): AttributionModel {
  const rows = weights.map(([t, v, ws]) => [feature(t, v), ...ws]).sort((x, y) => x[0] - y[0]);
  for (let i = rows.length - 1; i > 0; i--) rows[i][0] -= rows[i - 1][0];
  return { about: 'test', scale: 1, words, suffixes: [], classes: [], rates: {}, weights: rows };
}

describe('decoding', () => {
  // "said" is a cue; the word before a cue is a source; a source goes on after a source.
  const m = loadModel(
    model(
      ['said'],
      [
        ['w0', 2, [0, 0, 0, 5, 0]],
        ['w+1', 2, [0, 3, 0, 0, 0]],
        ['bias', 0, [1, 0, 0, 0, 0]],
      ],
    ),
  );
  const tagsOf = (text: string, withModel = m) => Array.from(tagTokens(tokens(text), withModel), (t) => TAGS[t]);

  it('tags by the weights of the features that fire', () => {
    expect(tagsOf('Officials said it rained.')).toEqual(['B-S', 'B-C', 'O', 'O', 'O']);
  });

  it('finds the best whole sequence, an inside tag only after its own kind', () => {
    const inside = loadModel(model([], [['bias', 0, [1, 0, 3, 0, 0]]]));
    // I-S scores best but cannot start a sentence. Token by token, O (1) beats B-S (0) at the
    // first token, and I-S could never follow; the best sequence is B-S then I-S (0 + 3 + 3 + 3).
    expect(tagsOf('No one spoke.', inside)).toEqual(['B-S', 'I-S', 'I-S', 'I-S']);
    const outside = loadModel(model([], [['bias', 0, [2, 0, 1, 0, 0]]]));
    expect(tagsOf('No one spoke.', outside)).toEqual(['O', 'O', 'O', 'O']);
  });

  it('is deterministic', () => {
    const text = 'A nurse who worked the night shift told the inquiry the ward was short of staff.';
    expect(Array.from(tagTokens(tokens(text)))).toEqual(Array.from(tagTokens(tokens(text))));
  });
});

describe('the committed model', () => {
  it('finds the source and cue of a plain attribution', () => {
    const t = tokens('A longtime aide to the governor said the budget would pass.');
    const spans = learnedSpans(t);
    const src = spans.find((s) => s.kind === 'source');
    const cue = spans.find((s) => s.kind === 'cue');
    expect(src && t.slice(src.from, src.to).some((x) => x.lower === 'aide')).toBe(true);
    expect(cue && t[cue.from].lower).toBe('said');
  });
});

describe('in the source detector', () => {
  const detect = (text: string) => sourceWithTagger.detect(buildDoc(text));

  it('finds an unnamed source whose subject the rules read from inside its modifier ("seated near | the back said")', () => {
    const [f, ...rest] = detect('A passenger seated near the back said the plane shook violently.').filter((x) => x.kind !== 'named-source');
    expect(rest).toEqual([]);
    expect(f.kind).toBe('anonymous-source');
    expect(f.rule).toBe('source/learned');
    expect(f.sourceLabel).toBe('A passenger seated near the back');
  });

  it('leaves to the rules a subject they read whole ("a man who watched the fire wrote")', () => {
    const [f] = detect('A man who watched the fire wrote in a message that the roof fell first.');
    expect(f.kind).toBe('anonymous-source');
    expect(f.rule).toBe('source/subject');
    expect(f.sourceLabel).toBe('A man who watched the fire');
  });

  it('after an opening phrase too', () => {
    const [f] = detect('In a short call, a woman who cleaned the offices said the files were gone.');
    expect(f.kind).toBe('anonymous-source');
    expect(f.sourceLabel).toBe('a woman who cleaned the offices');
  });

  it('leaves a sentence alone whose verb reports nothing', () => {
    expect(detect('A man who watched the fire ran to the river.')).toEqual([]);
  });

  it('leaves quoted attributions to the speaker who quotes them', () => {
    const t = tokens('“A man who watched the fire said the roof fell first,” she joked.');
    const rules = findAttributions(t);
    expect(withLearned(t, rules).filter((a) => a.order === 'learned')).toEqual([]);
  });

  it('runs the tagger only where a clear reporting verb has no source, or one the rules read from inside a modifier', () => {
    const open = (text: string) => hasOpenCue(tokens(text), findAttributions(tokens(text)));
    expect(open('Officials said it rained.')).toBe(false);
    expect(open('The storm, which officials said was the worst in years, passed.')).toBe(false);
    expect(open('In a short call, a woman who cleaned the offices said the files were gone.')).toBe(false);
    expect(open('A passenger seated near the back said the plane shook.')).toBe(true);
    expect(open('A lifeguard on duty that morning told the inquiry the flags were up.')).toBe(true);
    expect(open('“Nobody who saw it said a word,” she added.')).toBe(false);
  });

  it('adds nothing where the rules read the whole subject', () => {
    const t = tokens('Two nurses at the clinic said the ward was short of staff.');
    const rules = findAttributions(t);
    expect(withLearned(t, rules)).toBe(rules);
  });
});

describe('analyze: the tagger is opt-in', () => {
  it('runs only when its detectors are passed: the default engine is the rules alone', async () => {
    const { analyze } = await import('../../src/engine');
    const text = 'A passenger seated near the back said the plane shook violently.';
    const flagged = (options = {}) => analyze(text, options).findings.filter((f) => f.kind === 'anonymous-source').map((f) => f.rule);
    expect(flagged()).toEqual([]);
    expect(flagged({ detectors: detectorsWithTagger })).toEqual(['source/learned']);
  });
});

