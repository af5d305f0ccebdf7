// How each kind of finding is named and coloured wherever a reader sees it: popup sections,
// tooltips, options. The colours match the page highlights in src/content/content.css.
import type { FlaggedKind } from '../engine';

export const KIND_LABELS: Record<FlaggedKind, { section: string; short: string; option: string }> = {
  hedge: { section: 'Hedges', short: 'Hedge', option: 'Hedges ("reportedly", "may have")' },
  'anonymous-source': { section: 'Unnamed sources', short: 'Unnamed source', option: 'Unnamed sources ("a senior official said")' },
  'vague-source': { section: 'Vague attributions', short: 'Vague source', option: 'Vague attributions ("experts say")' },
  caveat: { section: "The article's own caveats", short: 'Caveat', option: 'The article\'s own caveats ("could not be verified")' },
};

/** The order sections appear in the popup and options (named sources are not shown). */
export const KIND_ORDER: readonly FlaggedKind[] = ['hedge', 'anonymous-source', 'vague-source', 'caveat'];
