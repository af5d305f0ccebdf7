// The engine, run for a content script. Here, off the page's main thread, a 300,000-character
// article can take its few hundred milliseconds without the page it came from noticing.
import { analyze, isFlagged, summarize, summarizeSourcing, summaryLine } from '../engine';
import type { Analysis, ReaderCues } from '../engine';
import type { PageFindings } from '../shared/report';

export function analyseText(text: string, cues: ReaderCues = {}): PageFindings {
  const full = analyze(text, cues);
  // Named sources count only in the sourcing at a glance: they are never highlighted, counted in
  // the badge or listed, so the page is sent only the flagged findings.
  const sourcing = summarizeSourcing(full);
  const analysis: Analysis = { ...full, findings: full.findings.filter((f) => isFlagged(f.kind)) };
  const summary = summarize(analysis);
  // Plain data only: it crosses the message boundary (stats are left out: nobody reads them there).
  return { findings: analysis.findings, sources: analysis.sources, sourcing, summary, summaryLine: summaryLine(summary) };
}
