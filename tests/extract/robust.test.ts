import fc from 'fast-check';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { extractFromHtml } from '../../src/extract/node';
import { parse, segmentProblems } from './helpers';

const para = (i: number) =>
  `<p>Paragraph ${i}: the harbour council, which met on Tuesday, said the barrier would be studied further before any money is spent.</p>`;

describe('odd inputs never throw', () => {
  const cases: Record<string, string> = {
    empty: '',
    whitespace: '   \n\t ',
    'text only': 'Just some words, with no markup at all.',
    fragment: '<p>hi',
    frameset: '<html><head><title>Frames</title></head><frameset><frame src="a.html"><frame src="b.html"></frameset></html>',
    'svg only': '<html><body><svg viewBox="0 0 10 10"><text x="1" y="5">label</text></svg></body></html>',
    'comments only': '<html><body><!-- nothing --></body></html>',
    'unclosed soup': '<div><p><b>bold <i>both</b> italic</p><table><tr><td>cell<div>in</table>',
    'content before body': '<html><div>stray</div><head></head><body></body><p>late</p></html>',
    'binary junk': '\u0000\u0001\ufffd<\u0000>\ud800',
  };
  for (const [name, html] of Object.entries(cases)) {
    it(name, () => {
      const a = extractFromHtml(html);
      expect(typeof a.text).toBe('string');
      expect(segmentProblems(a)).toEqual([]);
      expect(extractArticle(parse(html)).isArticle).toBe(false);
    });
  }

  it('an SVG document', () => {
    const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text>label</text></svg>', 'image/svg+xml');
    const a = extractArticle(doc as unknown as Document);
    expect(a.isArticle).toBe(false);
  });

  it('a document built by DOM calls, and one whose body was removed', () => {
    const doc = parse('<!doctype html><html><head></head><body></body></html>');
    const main = doc.createElement('main');
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode(`Sentence ${i} of a page put together by script, long enough to count as prose for the test.`));
      main.appendChild(p);
    }
    doc.body.appendChild(main);
    const a = extractArticle(doc);
    expect(a.text).toContain('Sentence 4 of a page');
    expect(segmentProblems(a)).toEqual([]);
    doc.documentElement.removeChild(doc.body);
    expect(() => extractArticle(doc, { force: true })).not.toThrow();
  });

  it('very deep nesting', () => {
    const depth = 5000;
    const html = `<html><body>${'<div>'.repeat(depth)}${para(1)}${para(2)}${para(3)}${'</div>'.repeat(depth)}</body></html>`;
    const a = extractFromHtml(html);
    expect(a.text).toContain('Paragraph 3');
  });

  it('random tag soup', () => {
    const tags = ['div', 'p', 'span', 'a', 'ul', 'li', 'nav', 'article', 'aside', 'br', 'pre', 'table', 'td', 'h1', 'h2', 'script', 'b'];
    const piece = fc.oneof(
      fc.constantFrom(...tags).map((t) => `<${t}>`),
      fc.constantFrom(...tags).map((t) => `</${t}>`),
      fc.constantFrom(' class="comments"', ' hidden', ' style="display:none"').map((a) => `<div${a}>`),
      fc.string({ maxLength: 30 }),
      fc.constantFrom('  ', '\n', '&nbsp;', '&amp;', 'Some words, in a sentence. ', '\u00a0'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const a = extractFromHtml(`<html><body>${pieces.join('')}</body></html>`);
        expect(segmentProblems(a)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('speed', () => {
  it('a large page is extracted in linear time (no quadratic walks)', () => {
    const nav = Array.from({ length: 4000 }, (_, i) => `<li><a href="/${i}">Link ${i}</a></li>`).join('');
    const body = Array.from({ length: 3000 }, (_, i) => para(i)).join('');
    const comments = Array.from({ length: 2000 }, (_, i) => `<div class="comment"><p>Comment ${i} says the plan is fine, really, and they mean it.</p></div>`).join('');
    const doc = parse(`<html><body><nav><ul>${nav}</ul></nav><article>${body}</article><section class="comments">${comments}</section></body></html>`);
    const t0 = performance.now();
    const a = extractArticle(doc);
    const ms = performance.now() - t0;
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('Paragraph 2999');
    expect(a.text).not.toContain('Comment 5');
    // ~1.2 MB of markup; generous bound for slow CI machines.
    expect(ms).toBeLessThan(1500);
  });
});
