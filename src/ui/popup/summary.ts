// The popup's one-line summary ("7 hedges · 4 claims rest on one anonymous source · 2 caveats from
// the article itself"), over the findings the reader chose to list, in the reader's language.
import type { SourceGroup } from '../../engine';
import { t, tCount } from '../../shared/i18n';
import type { FindingView } from '../../shared/report';

export function summaryText(findings: readonly FindingView[], sources: readonly SourceGroup[]): string {
  const count = (kind: FindingView['kind']) => findings.filter((f) => f.kind === kind).length;
  const refs = new Set(findings.map((f) => f.sourceRef).filter((r) => r !== undefined));
  const singleSourceClaims = sources.filter((s) => s.singleSource && refs.has(s.ref)).reduce((n, s) => n + s.claims, 0);
  const [hedges, anonymous, vague, caveats] = [count('hedge'), count('anonymous-source'), count('vague-source'), count('caveat')];
  const parts: string[] = [];
  if (hedges) parts.push(tCount('summary_hedges', hedges));
  if (singleSourceClaims) parts.push(tCount('summary_single_source', singleSourceClaims));
  else if (anonymous) parts.push(tCount('summary_unnamed', anonymous));
  if (vague) parts.push(tCount('summary_vague', vague));
  if (caveats) parts.push(tCount('summary_caveats', caveats));
  return parts.join(t('summary_separator'));
}
