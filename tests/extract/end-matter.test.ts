// End matter inside the article's container, and a list of post teasers beside a short article.
// Pages and sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { parse, segmentProblems } from './helpers';

const BODY = [
  'The harbour board said on Monday that the winter timetable would start two weeks early this year, because of repairs at the northern pier.',
  'Crossings at dawn will be dropped until March, and the last boat of the day will leave at nine rather than eleven, the board said in a statement.',
  'Shopkeepers on the island said the earlier last boat would hurt the evening trade, which depends on visitors who come over for dinner.',
  'The board promised to review the timetable again in February, once the contractor has given a firm date for the end of the works on the pier.',
];

const page = (blocks: string[], headline = 'Ferry timetable changes on the north route') =>
  parse(`<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>${headline}</h1>${blocks.map((b) => `<p>${b}</p>`).join('')}</article></main><footer>Site footer</footer></body></html>`);

describe('end matter', () => {
  it('drops credits, contact lines, plugs and what-follows headings at the end of the story', () => {
    const tail = [
      'Additional reporting by Ana Ruiz; editing by Tom Gale.',
      'Mira Holt contributed to this report.',
      'Email Jon Reed at jreed@example.com or follow him on Twitter @jonreed.',
      'Sign up for our morning newsletter to get the news in your inbox.',
      'Join our Harbour Forums to keep talking about the ferries!',
      'Ferryco is headquartered in Portwell and employs 300 people on four routes.',
      'You may also like',
    ];
    const a = extractArticle(page([...BODY, ...tail]));
    for (const b of BODY) expect(a.text).toContain(b);
    for (const t of tail) expect(a.text).not.toContain(t);
    expect(segmentProblems(a)).toEqual([]);
  });

  it('keeps the same words in the middle of the story, and a story that ends on a plain sentence', () => {
    const middle = 'Mira Holt contributed to this report, which the board asked to see before it was published, and follow-up questions went unanswered.';
    const a = extractArticle(page([BODY[0], 'Sign up for the newsletter, the board urged islanders, so that changes reach them in time.', BODY[1], BODY[2], middle, BODY[3]]));
    expect(a.text).toContain('Sign up for the newsletter, the board urged islanders');
    expect(a.text).toContain(middle);
    expect(a.text.endsWith(BODY[3])).toBe(true);
  });

  it('drops a dateline and a bare byline under the headline, not a heading that only names a year', () => {
    const a = extractArticle(page(['By Jane Marsh -', 'Nov. 20, 2026, 9:28 AM UTC', ...BODY]));
    expect(a.text).not.toContain('Jane Marsh');
    expect(a.text).not.toContain('9:28');
    expect(a.text.startsWith('Ferry timetable changes on the north route\n\nThe harbour board')).toBe(true);
    const b = extractArticle(page(['Timetable 2027', ...BODY]));
    expect(b.text).toContain('Timetable 2027');
    expect(segmentProblems(b)).toEqual([]);
  });
});

describe('a list of post teasers beside a short article', () => {
  const teaser = (n: number) =>
    `<article class="post"><h2><a href="/p${n}">Another story number ${n}</a></h2><p>An excerpt of the story number ${n}, long enough to read as a paragraph, with a comma, and another, and more words to fill it out.</p><p>A second excerpt paragraph of story ${n}, with commas, clauses, and words enough to vote for its box.</p></article>`;
  // The theme puts the "more posts" inside a post box of their own, which their paragraphs make
  // outscore the story.
  const html = `<html><body><div id="primary">
    <div class="entry"><h1>Ferry timetable changes on the north route</h1>${BODY.map((b) => `<p>${b}</p>`).join('')}</div>
    <article class="post">${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</article>
  </div></body></html>`;

  it('the article wins, and the teasers are left out', () => {
    const a = extractArticle(parse(html));
    for (const b of BODY) expect(a.text).toContain(b);
    expect(a.text).not.toContain('An excerpt of the story');
    expect(a.isArticle).toBe(true);
  });
});
