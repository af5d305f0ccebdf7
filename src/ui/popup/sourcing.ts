// The sourcing at a glance in words, for the bar's text alternative, the popup and the copied summary.
import type { Sourcing } from '../../engine';
import { t, tCount } from '../../shared/i18n';

/** Claims with any source: the bar's whole. */
export const sourcedClaims = (s: Sourcing) => s.named + s.unnamed + s.vague;

/** "4 claims on named sources, 2 claims on unnamed sources, 1 claim on vague attributions" */
export const sourcingCounts = (s: Sourcing) =>
  t('glance_counts', tCount('glance_claims', s.named), tCount('glance_claims', s.unnamed), tCount('glance_claims', s.vague));

/** "4 claims rest on one unnamed source: a North Korean defector", or '' when no source carries two. */
export const topSourceLine = (s: Sourcing) => (s.top ? tCount('glance_top', s.top.claims, s.top.label) : '');

/** The copied summary's sourcing line: the counts and the most-cited unnamed source. */
export function sourcingLine(s: Sourcing): string {
  if (!sourcedClaims(s)) return t('glance_none');
  return [t('markdown_sourcing', sourcingCounts(s)), topSourceLine(s)].filter(Boolean).join(' ');
}
