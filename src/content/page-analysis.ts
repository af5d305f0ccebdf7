// One pass over the page: extract the article, have the background analyse its text, and locate
// every finding in the DOM. What runs on the page runs in idle time, in slices that yield (no task
// of ours comes near 50 ms, even on the longest article); the engine itself runs in the
// background, off the page's main thread. Pages that are not articles (or far too long to be one)
// are left alone unless the reader asks.
import { extractArticleSliced, rangesForSpan, spanIntact } from '../extract';
import type { ExtractedArticle, NodeRange } from '../extract/types';
import { askBackground } from '../shared/browser';
import type { ReaderCues } from '../engine/custom';
import type { PageFindings } from '../shared/report';
import { SLICE_MS, idle, nextTask, sliced } from './schedule';

/** Longer than any news article by far: a book, a forum dump, a log. Analysed only on request. */
export const MAX_TEXT_LENGTH = 300_000;

export interface LocatedFinding {
  span: NodeRange[];
  cues: NodeRange[];
}

export type PageAnalysis =
  | { status: 'skipped'; reason: string }
  | {
      status: 'analysed';
      article: ExtractedArticle;
      analysis: PageFindings;
      /** Where each finding is in the DOM; null when its text changed while the analysis ran (never painted). */
      located: (LocatedFinding | null)[];
    };

/** `cues`: the reader's own cue words and never-flag words (Options), applied by the engine. */
export async function analysePage(force: boolean, cues: ReaderCues = {}): Promise<PageAnalysis> {
  await idle();
  const article = await extractArticleSliced(document, { force }, idle, SLICE_MS);
  if (!force && !article.isArticle) return { status: 'skipped', reason: article.reason ?? 'not an article' };
  if (!force && article.text.length > MAX_TEXT_LENGTH) return { status: 'skipped', reason: 'much longer than a news article' };
  const analysis = await askBackground({ type: 'analyse', text: article.text, cues });
  const located: (LocatedFinding | null)[] = [];
  // The page kept running while the background worked: a finding whose words are no longer
  // there as they were is dropped rather than painted over whatever replaced them.
  await sliced(analysis.findings, (f) => {
    located.push(
      spanIntact(article, f.start, f.end)
        ? { span: rangesForSpan(article, f.start, f.end), cues: f.cues.flatMap((c) => rangesForSpan(article, c.start, c.end)) }
        : null,
    );
  });
  // Painting and reporting follow at once: they start in a task of their own.
  await nextTask();
  return { status: 'analysed', article, analysis, located };
}
