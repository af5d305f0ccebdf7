// Every message between the content script, the background and the extension pages, in one place.
// One union per direction; each request names the response it gets, so a sender and its handler
// cannot disagree about shapes.
import type { ReaderCues } from '../engine/custom';
import type { PageFindings, PageReport } from './report';

/** Popup or background → content script (tabs.sendMessage). */
export type ToContent =
  | { type: 'get-report' }
  | { type: 'set-highlighting'; enabled: boolean }
  | { type: 'toggle-highlighting' }
  | { type: 'analyse-anyway' }
  | { type: 'reveal'; id: number }
  | { type: 'reveal-next' };

/** What each content-script request answers. */
export interface ContentResponses {
  'get-report': PageReport;
  'set-highlighting': PageReport;
  'toggle-highlighting': PageReport;
  'analyse-anyway': PageReport;
  reveal: boolean;
  /** false when the page has nothing to show. */
  'reveal-next': boolean;
}

/** Content script → background and any open extension page (runtime.sendMessage). */
export type FromContent = { type: 'report'; report: PageReport };

/**
 * Content script → background: requests answered there. The engine runs in the background (the
 * service worker, or Firefox's event page), never on the page's main thread: a long article takes
 * hundreds of milliseconds to analyse, which would freeze the page it came from.
 */
export type ToBackground = { type: 'analyse'; text: string; cues?: ReaderCues };

export interface BackgroundResponses {
  analyse: PageFindings;
}

export type BackgroundRequest<T extends ToBackground['type']> = Extract<ToBackground, { type: T }>;

export type ContentRequest<T extends ToContent['type']> = Extract<ToContent, { type: T }>;

const CONTENT_TYPES: ReadonlySet<string> = new Set<ToContent['type']>([
  'get-report',
  'set-highlighting',
  'toggle-highlighting',
  'analyse-anyway',
  'reveal',
  'reveal-next',
]);

const isObject = (m: unknown): m is Record<string, unknown> => typeof m === 'object' && m !== null;

/** Messages arrive untyped: the receiver checks before it trusts. */
export function isToContent(m: unknown): m is ToContent {
  return isObject(m) && typeof m.type === 'string' && CONTENT_TYPES.has(m.type);
}

export function isToBackground(m: unknown): m is ToBackground {
  return isObject(m) && m.type === 'analyse' && typeof m.text === 'string' && (m.cues === undefined || isObject(m.cues));
}

export function isFromContent(m: unknown): m is FromContent {
  return isObject(m) && m.type === 'report' && isObject(m.report) && typeof m.report.status === 'string';
}
