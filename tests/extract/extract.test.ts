import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { extractFromHtml } from '../../src/extract/node';
import { fixture, parse, segmentProblems, unmappedChars } from './helpers';

describe('extractArticle on a news page with chrome', () => {
  const a = extractFromHtml(fixture('article.html'));

  it('finds the headline and puts it first', () => {
    expect(a.title).toBe('Harbour town weighs a floating seawall');
    expect(a.text.startsWith('Harbour town weighs a floating seawall\n\n')).toBe(true);
  });

  it('keeps the body: paragraphs, subheads, list items, quotes', () => {
    for (const piece of [
      'The council of Port Wendle voted on Tuesday to study a floating seawall',
      'Officials said it could be built in under two years, although no contractor has yet been chosen.',
      'A question of cost',
      'a claim that could not be independently verified.',
      'Raised quay wall: about 22 million.',
      'We cannot keep pumping out the same cellars every February and calling it a plan.',
      'the final vote is expected before the summer season begins.',
    ]) expect(a.text).toContain(piece);
  });

  it('leaves out navigation, ads, share bars, captions, newsletters, related links, tags, comments, sidebar, footer', () => {
    for (const marker of [
      'Skip to content', 'Sport', 'NAVCOOKIE', 'Search the Ledger', 'Local news', 'Ines Marlow', 'March 4, 2026',
      'SHARETEXT', 'CAPTIONCREDIT', 'breakwater', 'Advertisement', 'NEWSLETTERTEXT', 'RELATEDLINK', 'TAGTEXT',
      'COMMENTTEXT', 'white elephant', 'MOSTREAD', 'SIDEBARPROMO', 'FOOTERTEXT', 'About us',
    ]) expect(a.text, marker).not.toContain(marker);
  });

  it('leaves out hidden, scripted and template content', () => {
    for (const marker of ['HIDDENATTR', 'INLINEHIDDEN', 'ARIAHIDDEN', 'SRONLYTEXT', 'NOSCRIPTTEXT', 'TEMPLATETEXT', 'SCRIPTTEXT', '.promo'])
      expect(a.text, marker).not.toContain(marker);
  });

  it('separates blocks by a blank line and collapses whitespace like a browser', () => {
    expect(a.text).not.toMatch(/[ \t]{2,}|\n{3,}|^\s|\s$/);
    expect(a.text).not.toMatch(/ \n|\n /);
    expect(a.text).toContain('seawall\n\nThe council');
    expect(a.text).toContain('built in under two years');
  });

  it('maps every page character back to its text node', () => {
    expect(segmentProblems(a)).toEqual([]);
    // Only separators and collapsed whitespace are unmapped.
    expect(unmappedChars(a)).toMatch(/^[\s]*$/);
  });

  it('says it is an article and points at the body element', () => {
    expect(a.isArticle).toBe(true);
    expect(a.reason).toBeUndefined();
    expect(a.root?.textContent).toContain('The council of Port Wendle');
    expect(a.root?.textContent).not.toContain('MOSTREAD');
  });
});

describe('text building', () => {
  const body = (inner: string) =>
    extractArticle(parse(`<!doctype html><html><head><title>T</title></head><body><article>${inner}</article></body></html>`), { force: true });

  it('joins inline elements without adding spaces and keeps the spaces that are there', () => {
    const a = body('<p>A tide gauge was <b>installed</b> at the <a href="#">pier</a>, the <i>council</i>said on Monday, which nobody had expected.</p>');
    expect(a.text).toBe('A tide gauge was installed at the pier, the councilsaid on Monday, which nobody had expected.');
    expect(segmentProblems(a)).toEqual([]);
  });

  it('collapses runs of spaces, tabs and newlines, across nodes too', () => {
    const a = body('<p>  The   harbour\n\tmaster <span> said </span>  the gauges were ready before the storm arrived in the bay. </p>');
    expect(a.text).toBe('The harbour master said the gauges were ready before the storm arrived in the bay.');
    expect(segmentProblems(a)).toEqual([]);
  });

  it('turns <br> into a line break and two of them into a new block', () => {
    const a = body('<div>First line of a long paragraph about the pier<br>second line of it<br><br>A new paragraph after two breaks, as old sites write them.</div>');
    expect(a.text).toBe('First line of a long paragraph about the pier\nsecond line of it\n\nA new paragraph after two breaks, as old sites write them.');
  });

  it('keeps preformatted text as it is', () => {
    const a = body('<p>The council published this table of surge heights for the year:</p><pre>Jan  1.2 m\nFeb  1.9 m</pre>');
    expect(a.text).toContain('Jan  1.2 m\nFeb  1.9 m');
    expect(segmentProblems(a)).toEqual([]);
  });

  it('keeps non-breaking spaces (the page shows them)', () => {
    const a = body('<p>The barrier would cost 14\u00a0million, officials said in a statement on Monday evening.</p>');
    expect(a.text).toContain('14\u00a0million');
  });
});

describe('on a live page (computed style available)', () => {
  it('skips what the stylesheet hides with display:none, but not visibility:hidden ancestors', () => {
    const paragraphs = [1, 2, 3, 4].map((i) => `<p>Paragraph ${i} of the story says the harbour council will study the barrier before spending any money on it.</p>`).join('');
    const doc = parse(`<html><body class="anti-flicker"><article>${paragraphs}<p class="js-only">STYLEHIDDEN shown only after a script runs, which it never does here.</p></article></body></html>`);
    const view = doc.defaultView as unknown as { getComputedStyle: (el: Element) => Partial<CSSStyleDeclaration> };
    view.getComputedStyle = (el: Element) => ({
      display: el.getAttribute('class') === 'js-only' ? 'none' : 'block',
      visibility: el.closest('.anti-flicker') ? 'hidden' : 'visible',
    });
    const a = extractArticle(doc, { computedStyle: true, force: true });
    expect(a.text).toContain('Paragraph 4 of the story');
    expect(a.text).not.toContain('STYLEHIDDEN');
    expect(extractArticle(doc, { computedStyle: false, force: true }).text).toContain('STYLEHIDDEN');
  });
});
