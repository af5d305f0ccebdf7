// Findings as the popup shows them: each with its whole sentence and the cue words located in it.
import type { Finding } from '../engine';
import type { FindingView } from '../shared/report';

export function toFindingView(text: string, finding: Finding, id: number): FindingView {
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
