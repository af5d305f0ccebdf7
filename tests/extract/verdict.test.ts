import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { extractFromHtml } from '../../src/extract/node';
import { fixture, parse } from './helpers';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the report explains, in plain words and at some length, how the harbour council reached its decision on the new barrier after months of talks.</p>`;

describe('isArticle', () => {
  it('is true for a news story', () => {
    expect(extractArticle(parse(fixture('article.html'))).isArticle).toBe(true);
  });

  it('is false for a home page of teasers, and the text stays empty unless forced', () => {
    const doc = parse(fixture('home.html'));
    const a = extractArticle(doc);
    expect(a.isArticle).toBe(false);
    expect(a.reason).toBeTruthy();
    expect(a.text).toBe('');
    expect(a.segments).toEqual([]);
    const forced = extractArticle(doc, { force: true });
    expect(forced.isArticle).toBe(false);
    expect(forced.text).not.toBe('');
  });

  it('is false for a teaser list whose blurbs are long enough to pass as prose', () => {
    const items = Array.from({ length: 8 }, (_, i) =>
      `<div class="item"><h3><a href="/s${i}">Story number ${i} about the coast</a></h3><p>A summary of story ${i}, long enough to read like a sentence of prose, with a few more words added here.</p></div>`,
    ).join('');
    const a = extractArticle(parse(`<html><body><main>${items}</main></body></html>`), { force: true });
    expect(a.isArticle).toBe(false);
  });

  it('is false for an app-like page with little running text', () => {
    const html = '<html><body><div id="app"><nav><a href="/">Inbox</a><a href="/sent">Sent</a></nav><p>No messages yet.</p><button>Compose</button></div></body></html>';
    const a = extractArticle(parse(html));
    expect(a.isArticle).toBe(false);
    expect(a.reason).toBeTruthy();
  });

  it('is true for plain paragraphs with no declared type, and a short declared article passes with less', () => {
    const plain = `<html><body><div>${[1, 2, 3, 4, 5].map(paragraph).join('')}</div></body></html>`;
    expect(extractArticle(parse(plain)).isArticle).toBe(true);
    const short = `<html><head><meta property="og:type" content="article"></head><body><article>${paragraph(1)}${paragraph(2)}</article></body></html>`;
    expect(extractArticle(parse(short)).isArticle).toBe(true);
    const tooShort = `<html><body><div><p>Just one short line of text here.</p></div></body></html>`;
    expect(extractArticle(parse(tooShort)).isArticle).toBe(false);
  });

  it('counts words in scripts written without spaces', () => {
    const sentence = '港の議会は新しい防波堤について長い議論の末に調査を始めることを決めたと発表しました。';
    const html = `<html><body><article>${[1, 2, 3, 4].map(() => `<p>${sentence}${sentence}</p>`).join('')}</article></body></html>`;
    expect(extractArticle(parse(html)).isArticle).toBe(true);
  });

  it('extractFromHtml forces extraction (the CLI analyses what it is given)', () => {
    const a = extractFromHtml(fixture('home.html'));
    expect(a.isArticle).toBe(false);
    expect(a.text.length).toBeGreaterThan(0);
  });
});
