// What a reader is told about an analysis: the counts and the one-line summary the popup, the
// badge and the CLI's report share.
import { type Analysis, type Finding, type FindingKind, isFlagged } from './types';

export interface Summary {
  hedges: number;
  anonymous: number;
  vague: number;
  caveats: number;
  /** Claims that rest on an unnamed source cited more than once. */
  singleSourceClaims: number;
  /** Everything a reader is shown: the badge number (named sources are not shown). */
  total: number;
}

const count = (findings: readonly Finding[], kind: FindingKind) => findings.filter((f) => f.kind === kind).length;

export function summarize(analysis: Analysis): Summary {
  const { findings, sources } = analysis;
  const hedges = count(findings, 'hedge');
  const anonymous = count(findings, 'anonymous-source');
  const vague = count(findings, 'vague-source');
  const caveats = count(findings, 'caveat');
  const singleSourceClaims = sources.filter((s) => s.singleSource).reduce((n, s) => n + s.claims, 0);
  let total = 0;
  for (const f of findings) if (isFlagged(f.kind)) total++;
  return { hedges, anonymous, vague, caveats, singleSourceClaims, total };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "7 hedges · 4 claims rest on one anonymous source · 2 caveats from the article itself" */
export function summaryLine(s: Summary): string {
  if (s.total === 0) return 'Nothing to take with a grain of salt';
  const parts: string[] = [];
  if (s.hedges) parts.push(plural(s.hedges, 'hedge', 'hedges'));
  const otherAnonymous = s.anonymous;
  if (s.singleSourceClaims) parts.push(`${plural(s.singleSourceClaims, 'claim rests', 'claims rest')} on one anonymous source`);
  else if (otherAnonymous) parts.push(plural(otherAnonymous, 'unnamed source', 'unnamed sources'));
  if (s.vague) parts.push(plural(s.vague, 'vague attribution', 'vague attributions'));
  if (s.caveats) parts.push(`${plural(s.caveats, 'caveat', 'caveats')} from the article itself`);
  return parts.join(' · ');
}
