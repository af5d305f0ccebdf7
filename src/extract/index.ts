// Article extraction over any DOM (the live page or a linkedom document in Node).
import { isEditable } from './classify';
import { trimMatter } from './end-matter';
import { buildModelSteps, drain } from './model';
import { rangesForSpan, spanIntact } from './ranges';
import { TextBuilder } from './render';
import { selectBody } from './select';
import { findHeadline } from './title';
import type { ExtractedArticle } from './types';
import { declaresArticle, judge, proseOf } from './verdict';
import { type WalkCounts, walkTextSteps } from './walk';

export type { ExtractedArticle, NodeRange, TextSegment } from './types';
export { rangesForSpan, spanIntact };

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

/** A document being edited as a whole: designMode on, or an editable <body> or <html>. */
function isEditableDocument(doc: Document, body: Element): boolean {
  if ((doc as { designMode?: string }).designMode === 'on') return true;
  for (let el: Element | null = body; el; el = el.parentElement) if (isEditable(el)) return true;
  return false;
}

function styleView(doc: Document, wanted: boolean | undefined): Window | null {
  if (wanted === false) return null;
  const view = doc.defaultView;
  return view && typeof view.getComputedStyle === 'function' ? view : null;
}

function* extractSteps(doc: Document, options: ExtractOptions): Generator<void, ExtractedArticle> {
  const body = bodyOf(doc);
  if (!body) return empty('this page has no body (frames or not HTML)');
  if (isEditableDocument(doc, body)) return empty('the page is an editor (editable text is never analysed)');
  const model = yield* buildModelSteps(body, { view: styleView(doc, options.computedStyle) });
  // Each of the passes below reads the whole table or text: a pause between them.
  yield;
  const selection = selectBody(model);
  yield;
  const headline = findHeadline(doc, model, selection.root);
  yield;
  const out = new TextBuilder();
  const counts: WalkCounts = { linkedHeadings: 0 };
  if (headline.el) {
    yield* walkTextSteps(headline.el, model, out, { skip: null, prune: false }, { linkedHeadings: 0 });
    out.block();
  }
  const partEls = selection.parts.map((i) => model.infos[i].el);
  for (const el of partEls) yield* walkTextSteps(el, model, out, { skip: headline.el, prune: true }, counts);
  yield;
  // Credits, plugs and datelines inside the article's container are not the story.
  const { text, segments } = trimMatter(out.result(), out.segments, headline.el ? 1 : 0);
  const root = selection.score > 0 ? model.infos[selection.root].el : null;
  const prose = proseOf(text, headline.text);
  const verdict = judge(prose, declaresArticle(doc, model), counts.linkedHeadings);
  if (!verdict.isArticle && !options.force) return { ...empty(verdict.reason ?? 'not an article', headline.text), root };
  if (!verdict.isArticle && prose.words < FORCED_MIN_PROSE) {
    // "Analyse anyway" on a page with no article body (a front page of teasers, a list): the
    // reader asked for the page, so take all of its visible text rather than nothing.
    const all = new TextBuilder();
    yield* walkTextSteps(body, model, all, { skip: null, prune: false }, { linkedHeadings: 0 });
    return { text: all.result(), segments: all.segments, root: body, title: headline.text, isArticle: false, reason: verdict.reason };
  }
  return { text, segments, root, title: headline.text, isArticle: verdict.isArticle, reason: verdict.reason };
}

const unreadable = (err: unknown) => empty(`could not read this page (${err instanceof Error ? err.message : String(err)})`);

/** Finds the article in `doc`. Never throws: an unusable document gives an empty, non-article result. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  try {
    return drain(extractSteps(doc, options));
  } catch (err) {
    return unreadable(err);
  }
}

/**
 * extractArticle for a live page: the same work, in slices of about `budgetMs`, awaiting `pause()`
 * between them so the page's own tasks run in between. The page may change during a pause;
 * callers check the text before they trust a DOM range (`spanIntact`).
 */
export async function extractArticleSliced(doc: Document, options: ExtractOptions, pause: () => Promise<void>, budgetMs: number): Promise<ExtractedArticle> {
  try {
    const steps = extractSteps(doc, options);
    let sliceStart = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - sliceStart > budgetMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
  } catch (err) {
    return unreadable(err);
  }
}
