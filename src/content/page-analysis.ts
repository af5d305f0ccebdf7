// One pass over the page: extract the article, analyse its text, and locate every finding in the
// DOM. Runs in idle time; pages that are not articles (or far too long to be one) are left alone
// unless the reader asks.
import { analyze, isFlagged, summarizeSourcing } from '../engine';
import type { Analysis, ReaderCues, Sourcing } from '../engine';
import { extractArticle, rangesForSpan } from '../extract';
import type { ExtractedArticle, NodeRange } from '../extract/types';
import { idle, sliced } from './schedule';

/** Longer than any news article by far: a book, a forum dump, a log. Analysed only on request. */
export const MAX_TEXT_LENGTH = 300_000;

export interface LocatedFinding {
  span: NodeRange[];
  cues: NodeRange[];
}

export type PageAnalysis =
  | { status: 'skipped'; reason: string }
  | { status: 'analysed'; article: ExtractedArticle; analysis: Analysis; sourcing: Sourcing; located: LocatedFinding[] };

/** `cues`: the reader's own cue words and never-flag words (Options), applied by the engine. */
export async function analysePage(force: boolean, cues: ReaderCues = {}): Promise<PageAnalysis> {
  await idle();
  const article = extractArticle(document, { force });
  if (!force && !article.isArticle) return { status: 'skipped', reason: article.reason ?? 'not an article' };
  if (!force && article.text.length > MAX_TEXT_LENGTH) return { status: 'skipped', reason: 'much longer than a news article' };
  await idle();
  const full = analyze(article.text, cues);
  // Named sources count only in the sourcing at a glance; they are never highlighted, counted in
  // the badge or listed, so the page keeps (and locates) only the flagged findings.
  const sourcing = summarizeSourcing(full);
  const analysis: Analysis = { ...full, findings: full.findings.filter((f) => isFlagged(f.kind)) };
  const located: LocatedFinding[] = [];
  await sliced(analysis.findings, (f) => {
    located.push({
      span: rangesForSpan(article, f.start, f.end),
      cues: f.cues.flatMap((c) => rangesForSpan(article, c.start, c.end)),
    });
  });
  return { status: 'analysed', article, analysis, sourcing, located };
}
