// Findings as the popup shows them: each with its whole sentence and the cue words located in it.
import { isFlagged, type Finding, type FlaggedKind } from '../engine';
import type { FindingView } from '../shared/report';

export function toFindingView(text: string, finding: Finding & { kind: FlaggedKind }, id: number): FindingView {
  const { start, end } = finding.sentence;
  const view: FindingView = {
    id,
    kind: finding.kind,
    rule: finding.rule,
    sentence: text.slice(start, end),
    cues: finding.cues.map((c) => ({ start: c.start - start, end: c.end - start })),
    explanation: finding.explanation,
  };
  if (finding.sourceRef !== undefined) view.sourceRef = finding.sourceRef;
  if (finding.sourceLabel !== undefined) view.sourceLabel = finding.sourceLabel;
  return view;
}

/** The views of the flagged findings; a view's id stays the finding's index. Named sources are
 *  never listed. */
export function toFindingViews(text: string, findings: readonly Finding[]): FindingView[] {
  const views: FindingView[] = [];
  findings.forEach((f, i) => {
    if (isFlaggedFinding(f)) views.push(toFindingView(text, f, i));
  });
  return views;
}

const isFlaggedFinding = (f: Finding): f is Finding & { kind: FlaggedKind } => isFlagged(f.kind);
