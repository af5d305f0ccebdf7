// What the content script relies on when it extracts from a live page: the sliced extraction gives
// the same article as the one-pass one, editable text is never read, and a span whose text changed
// in the DOM since extraction is recognised as changed.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleSliced, spanIntact } from '../../src/extract';
import { fixture, parse } from './helpers';

const STORY = `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferry timetable changes on the north route</h1>
<p>The harbour board said on Monday that the winter timetable would start two weeks early this year, because of repairs.</p>
<p>Crossings at dawn will be dropped until March, and the last boat of the day will leave at nine rather than eleven.</p>
<p>Travellers with season tickets will be offered a refund for the weeks lost, the board said in a short statement.</p>
<p>The repairs concern the landing stage at the northern pier, where a section of decking was found to be rotten during an inspection in the autumn.</p>
<p>Shopkeepers on the island said the earlier last boat would hurt the evening trade, which depends on visitors who come over for dinner.</p>
<p>The board promised to review the timetable again in February, once the contractor has given a firm date for the end of the works.</p>
<p>Until then, a bus will connect the southern pier with the town centre every half hour, at no extra cost to ticket holders.</p>
</article></body></html>`;

describe('extractArticleSliced', () => {
  it('gives the same text and segments as extractArticle, pausing between slices', async () => {
    const doc = parse(fixture('article.html'));
    const whole = extractArticle(doc);
    let pauses = 0;
    // A zero budget pauses at every step: the most slices there can be.
    const sliced = await extractArticleSliced(doc, {}, async () => void pauses++, 0);
    expect(pauses).toBeGreaterThan(1);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.isArticle).toBe(whole.isArticle);
    expect(sliced.segments.map((s) => [s.start, s.nodeStart, s.length])).toEqual(whole.segments.map((s) => [s.start, s.nodeStart, s.length]));
  });

  it('never throws: a pause that fails becomes an unreadable page', async () => {
    const a = await extractArticleSliced(parse(fixture('article.html')), {}, () => Promise.reject(new Error('gone')), 0);
    expect(a.isArticle).toBe(false);
    expect(a.reason).toMatch(/could not read this page \(gone\)/);
  });
});

describe('editable text', () => {
  it('is left out of the article', () => {
    const doc = parse(STORY.replace('</article>', '<div contenteditable="true"><p>My draft reply says the timetable may be reportedly wrong, probably.</p></div></article>'));
    const a = extractArticle(doc);
    expect(a.text).toContain('Crossings at dawn');
    expect(a.text).not.toContain('My draft reply');
  });

  it('contenteditable="false" is not editable', () => {
    const a = extractArticle(parse(STORY.replace('<article>', '<article contenteditable="false">')));
    expect(a.text).toContain('Crossings at dawn');
  });

  it('a page that is an editor as a whole is never read, not even when forced', () => {
    for (const html of [STORY.replace('<body>', '<body contenteditable>'), STORY.replace('<html>', '<html contenteditable="plaintext-only">')]) {
      const a = extractArticle(parse(html), { force: true });
      expect(a.isArticle).toBe(false);
      expect(a.text).toBe('');
      expect(a.reason).toMatch(/editor/);
    }
  });
});

describe('spanIntact', () => {
  const load = () => {
    const doc = parse(STORY);
    return { doc, a: extractArticle(doc) };
  };
  const spanOf = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

  it('holds while the DOM reads as it did', () => {
    const { a } = load();
    const [s, e] = spanOf(a.text, 'Crossings at dawn will be dropped');
    expect(spanIntact(a, s, e)).toBe(true);
  });

  it('fails once the text node under the span changed, even by one letter', () => {
    const { doc, a } = load();
    const p = doc.querySelectorAll('p')[1];
    (p.firstChild as Text).data = (p.firstChild as Text).data.replace('dawn', 'dusk');
    expect(spanIntact(a, ...spanOf(a.text, 'Crossings at dawn will be dropped'))).toBe(false);
    // The other paragraphs still read the same.
    expect(spanIntact(a, ...spanOf(a.text, 'season tickets'))).toBe(true);
  });

  it('fails once the paragraph was taken out of the page', () => {
    const { doc, a } = load();
    doc.querySelectorAll('p')[2].remove();
    expect(spanIntact(a, ...spanOf(a.text, 'season tickets'))).toBe(false);
  });
});
