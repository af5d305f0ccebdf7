// The engine, run for a content script. Here, off the page's main thread, a 300,000-character
// article can take its few hundred milliseconds without the page it came from noticing.
import { analyze, FLAGGED_KINDS, summarize, summaryLine } from '../engine';
import type { PageFindings } from '../shared/report';

export function analyseText(text: string): PageFindings {
  // Named sources are never highlighted, counted or listed: the page asks only for what it shows.
  const analysis = analyze(text, { kinds: FLAGGED_KINDS });
  const summary = summarize(analysis);
  // Plain data only: it crosses the message boundary (stats are left out: nobody reads them there).
  return { findings: analysis.findings, sources: analysis.sources, summary, summaryLine: summaryLine(summary) };
}
