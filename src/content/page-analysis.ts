// One pass over the page: extract the article, have the background analyse its text, and locate
// every finding in the DOM. What runs here runs in idle time and in slices; the engine itself runs
// in the background, off the page's main thread. Pages that are not articles (or far too long to
// be one) are left alone unless the reader asks.
import { extractArticle, rangesForSpan } from '../extract';
import type { ExtractedArticle, NodeRange } from '../extract/types';
import { askBackground } from '../shared/browser';
import type { PageFindings } from '../shared/report';
import { idle, sliced } from './schedule';

/** Longer than any news article by far: a book, a forum dump, a log. Analysed only on request. */
export const MAX_TEXT_LENGTH = 300_000;

export interface LocatedFinding {
  span: NodeRange[];
  cues: NodeRange[];
}

export type PageAnalysis =
  | { status: 'skipped'; reason: string }
  | { status: 'analysed'; article: ExtractedArticle; analysis: PageFindings; located: LocatedFinding[] };

export async function analysePage(force: boolean): Promise<PageAnalysis> {
  await idle();
  const article = extractArticle(document, { force });
  if (!force && !article.isArticle) return { status: 'skipped', reason: article.reason ?? 'not an article' };
  if (!force && article.text.length > MAX_TEXT_LENGTH) return { status: 'skipped', reason: 'much longer than a news article' };
  const analysis = await askBackground({ type: 'analyse', text: article.text });
  const located: LocatedFinding[] = [];
  await sliced(analysis.findings, (f) => {
    located.push({
      span: rangesForSpan(article, f.start, f.end),
      cues: f.cues.flatMap((c) => rangesForSpan(article, c.start, c.end)),
    });
  });
  return { status: 'analysed', article, analysis, located };
}
