// What the content script tells the popup and the background about its page. Plain data only:
// it crosses the extension's message boundary as JSON.
import type { Finding, FlaggedKind, SourceGroup, Sourcing, Summary } from '../engine';

/** A finding as the popup shows it: its sentence, with the cue words located inside it. */
export interface FindingView {
  /** Index of the finding on the page; the popup sends it back to scroll to the finding. */
  id: number;
  kind: FlaggedKind;
  rule: string;
  /** The whole sentence (the claim). Shown as text, never as HTML. */
  sentence: string;
  /** Cue words, as offsets into `sentence`, in order and not overlapping. */
  cues: { start: number; end: number }[];
  explanation: string;
  sourceRef?: string;
  sourceLabel?: string;
}

interface ReportBase {
  /** The page's hostname: the key of the per-site choice. */
  host: string;
  /** Whether highlighting is on for this site. */
  enabled: boolean;
}

export type PageReport =
  | (ReportBase & { status: 'pending' })
  | (ReportBase & { status: 'skipped'; reason: string })
  | (ReportBase & { status: 'error'; message: string })
  | (ReportBase & {
      status: 'analysed';
      title: string;
      /** The page's address (location.href), for the copied summary: the popup never reads tab URLs. */
      url: string;
      summary: Summary;
      summaryLine: string;
      findings: FindingView[];
      sources: SourceGroup[];
      /** The article's sourcing at a glance: claims per kind of source (named ones included). */
      sourcing: Sourcing;
    });

/** What the background's engine found in an article's text, with the counts the reader is shown. */
export interface PageFindings {
  /** The flagged findings only: named sources are never highlighted, counted or listed. */
  findings: Finding[];
  /** How the article's claims divide between named, unnamed and vague sources (named sources
   *  count here, and only here). */
  sourcing: Sourcing;
  sources: SourceGroup[];
  summary: Summary;
  summaryLine: string;
}
