// Building findings: every detector goes through here, so every finding has the same shape and
// its offsets always agree with its text.
import type { Cue, Finding, FindingKind, Span } from './types';

export interface FindingInit {
  kind: FindingKind;
  rule: string;
  sentence: Span;
  /** Cue spans, any order; must lie inside the sentence. */
  cues: Span[];
  explanation: string;
  sourceRef?: string;
  sourceLabel?: string;
}

export function makeFinding(text: string, init: FindingInit): Finding {
  const cues: Cue[] = [...init.cues]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((c, i, all) => i === 0 || c.start >= all[i - 1].end)
    .map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end) }));
  const start = cues.length ? cues[0].start : init.sentence.start;
  const end = cues.length ? cues[cues.length - 1].end : init.sentence.end;
  const finding: Finding = {
    kind: init.kind,
    rule: init.rule,
    start,
    end,
    text: text.slice(start, end),
    cues,
    explanation: init.explanation,
    sentence: { start: init.sentence.start, end: init.sentence.end },
  };
  if (init.sourceRef !== undefined) finding.sourceRef = init.sourceRef;
  if (init.sourceLabel !== undefined) finding.sourceLabel = init.sourceLabel;
  return finding;
}
