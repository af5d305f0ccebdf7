// "Next finding" (the second keyboard command): which finding to show after the one shown last.
// Findings come in text order; several in one sentence are one stop, since showing one shows the
// sentence. Only the categories highlighted on the page are visited (all, when none is); named
// sources, never highlighted, never.
import { isFlagged, type Finding, type FlaggedKind } from '../engine/types';

export function nextFinding(findings: readonly Finding[], after: number | undefined, kinds: Record<FlaggedKind, boolean>): number | undefined {
  const shown = (f: Finding) => isFlagged(f.kind) && kinds[f.kind];
  const any = findings.some(shown);
  const eligible = (i: number) => isFlagged(findings[i].kind) && (!any || shown(findings[i]));
  const current = after !== undefined ? findings[after] : undefined;
  for (let step = 1; step <= findings.length; step++) {
    const i = ((after ?? -1) + step) % findings.length;
    if (!eligible(i)) continue;
    if (current && findings[i].sentence.start === current.sentence.start && findings.length > 1 && step < findings.length) continue;
    return i;
  }
  return undefined;
}
