// Article extraction over any DOM (the live page or a linkedom document in Node).
import { buildModel } from './model';
import { rangesForSpan } from './ranges';
import { TextBuilder } from './render';
import { selectBody } from './select';
import { findHeadline } from './title';
import type { ExtractedArticle } from './types';
import { declaresArticle, judge, proseOf } from './verdict';
import { type WalkCounts, walkText } from './walk';

export type { ExtractedArticle, NodeRange, TextSegment } from './types';
export { rangesForSpan };

export interface ExtractOptions {
  /** Extract even when the page does not look like an article ("analyse anyway"). */
  force?: boolean;
  /** Consult getComputedStyle for hidden elements (default: when the document has a window). */
  computedStyle?: boolean;
}

/** Below this many words of prose, a forced extraction reads the whole page instead. */
const FORCED_MIN_PROSE = 40;

function empty(reason: string, title = ''): ExtractedArticle {
  return { text: '', segments: [], root: null, title, isArticle: false, reason };
}

/** Where to look: <body>, or the whole document when a lenient parser left <body> empty. */
function bodyOf(doc: Document): Element | null {
  let body: Element | null = null;
  try {
    body = doc.body;
  } catch {
    // Some DOM implementations throw on documents without an <html> element.
  }
  if (body && body.localName === 'frameset') return null;
  if (body && body.firstElementChild) return body;
  const html = doc.documentElement;
  return html && html.localName !== 'frameset' ? html : body;
}

function styleView(doc: Document, wanted: boolean | undefined): Window | null {
  if (wanted === false) return null;
  const view = doc.defaultView;
  return view && typeof view.getComputedStyle === 'function' ? view : null;
}

function extract(doc: Document, options: ExtractOptions): ExtractedArticle {
  const body = bodyOf(doc);
  if (!body) return empty('this page has no body (frames or not HTML)');
  const model = buildModel(body, { view: styleView(doc, options.computedStyle) });
  const selection = selectBody(model);
  const headline = findHeadline(doc, model, selection.root);
  const out = new TextBuilder();
  const counts: WalkCounts = { linkedHeadings: 0 };
  if (headline.el) {
    walkText(headline.el, model, out, { skip: null, prune: false }, { linkedHeadings: 0 });
    out.block();
  }
  const partEls = selection.parts.map((i) => model.infos[i].el);
  for (const el of partEls) walkText(el, model, out, { skip: headline.el, prune: true }, counts);
  const text = out.result();
  const root = selection.score > 0 ? model.infos[selection.root].el : null;
  const prose = proseOf(text, headline.text);
  const verdict = judge(prose, declaresArticle(doc, model), counts.linkedHeadings);
  if (!verdict.isArticle && !options.force) return { ...empty(verdict.reason ?? 'not an article', headline.text), root };
  if (!verdict.isArticle && prose.words < FORCED_MIN_PROSE) {
    // "Analyse anyway" on a page with no article body (a front page of teasers, a list): the
    // reader asked for the page, so take all of its visible text rather than nothing.
    const all = new TextBuilder();
    walkText(body, model, all, { skip: null, prune: false }, { linkedHeadings: 0 });
    return { text: all.result(), segments: all.segments, root: body, title: headline.text, isArticle: false, reason: verdict.reason };
  }
  return { text, segments: out.segments, root, title: headline.text, isArticle: verdict.isArticle, reason: verdict.reason };
}

/** Finds the article in `doc`. Never throws: an unusable document gives an empty, non-article result. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  try {
    return extract(doc, options);
  } catch (err) {
    return empty(`could not read this page (${err instanceof Error ? err.message : String(err)})`);
  }
}
