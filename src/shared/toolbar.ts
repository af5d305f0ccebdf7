// What the toolbar button says about a tab: the badge (a count, or a neutral mark) and the title
// (its tooltip, and the name screen readers announce). Every state a page can be in has its own
// words, so a reader can tell "nothing to flag" from "not an article" from "still working"
// without opening the popup.
import type { Summary } from '../engine';
import type { PageReport } from './report';

export type BadgeTone = 'count' | 'neutral' | 'error';

export interface ToolbarState {
  badge: string;
  tone: BadgeTone;
  title: string;
}

export const PRODUCT = 'Grain of Salt';
/** The badge where highlighting is off: a quiet dash, not nothing (nothing reads as "not working"). */
export const OFF_MARK = '–';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 hedges, 2 unnamed sources, 1 caveat": every kind with findings, in the popup's order. */
export function countsByKind(s: Summary): string {
  const parts: string[] = [];
  if (s.hedges) parts.push(plural(s.hedges, 'hedge', 'hedges'));
  if (s.anonymous) parts.push(plural(s.anonymous, 'unnamed source', 'unnamed sources'));
  if (s.vague) parts.push(plural(s.vague, 'vague attribution', 'vague attributions'));
  if (s.caveats) parts.push(plural(s.caveats, 'caveat', 'caveats'));
  return parts.join(', ');
}

const titled = (what: string) => `${PRODUCT}: ${what}`;

export function toolbarState(report: PageReport): ToolbarState {
  if (report.status === 'error') return { badge: '!', tone: 'error', title: titled(`could not analyse this page (${report.message})`) };
  // The reader's choice wins over what the page is: it is the state they can change.
  if (!report.enabled) return { badge: OFF_MARK, tone: 'neutral', title: titled('highlighting off for this site') };
  switch (report.status) {
    case 'pending':
      return { badge: '', tone: 'neutral', title: titled('still reading') };
    case 'skipped':
      // No badge: most pages a browser shows are not articles, and a mark on each would be noise.
      return { badge: '', tone: 'neutral', title: titled(`not an article: skipped (${report.reason})`) };
    case 'analysed': {
      const { total } = report.summary;
      if (total === 0) return { badge: '0', tone: 'neutral', title: titled('nothing to take with a grain of salt') };
      return { badge: total > 999 ? '999+' : String(total), tone: 'count', title: titled(countsByKind(report.summary)) };
    }
  }
}
