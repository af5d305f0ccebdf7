// One pass over the DOM builds a flat table of the visible elements with their text statistics,
// computed bottom-up once so that every later decision is a lookup (no re-walking subtrees).
import { BLOCK_TAGS, CHROME_TAGS, HEADING_TAGS, NO_CLASS_CHROME_TAGS, SKIP_TAGS } from './hints';
import { HINT_STRONG_NEGATIVE, HINT_POSITIVE, hintOf, isEditable, isHiddenByMarkup, isHiddenByStyle } from './classify';

export interface Info {
  el: Element;
  tag: string;
  /** Index of the parent in the table (-1 for the root of the walk). */
  parent: number;
  hint: number;
  /** Chrome by its own tag, role or class (before the size check). */
  chromeHint: boolean;
  /** Excluded as chrome (itself or an ancestor). */
  chrome: boolean;
  isBlock: boolean;
  /** Some descendant element is a block. */
  hasBlockDesc: boolean;
  /** Rendered-length of its own text children (whitespace runs count as one). */
  ownText: number;
  ownCommas: number;
  /** Own text nodes long enough to be paragraphs (text laid out with <br> between). */
  ownParas: number;
  /** Subtree totals; `raw*` include chrome, the others leave it out. */
  rawText: number;
  rawParaText: number;
  /** Text inside <blockquote> (raw). */
  rawQuote: number;
  text: number;
  link: number;
  commas: number;
  paras: number;
  headingText: number;
  imgs: number;
  lis: number;
  inputs: number;
  embeds: number;
  /** Pre-order index of its last descendant: `j` is inside `i` iff i < j <= infos[i].end. */
  end: number;
  /** Content score (readability-style), and whether it was ever scored. */
  score: number;
  scored: boolean;
}

/** A text block long enough to count as a paragraph. */
export const MIN_PARA = 25;

const PARA_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'div', 'section', 'article', 'main', 'center']);

// Commas in Latin and CJK scripts.
const COMMAS = /[,\uFF0C\u3001\u060C]/g;

function renderedLength(s: string): number {
  // Length after collapsing whitespace runs to one space, trimmed; no allocation of the result.
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

function countCommas(s: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(s)) n++;
  return n;
}

function reverseFrom<T>(a: T[], from: number): void {
  for (let i = from, j = a.length - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

export interface Model {
  infos: Info[];
  index: Map<Element, number>;
}

export interface ModelOptions {
  view: Window | null;
}

/** Builds the table for the subtree of `root`, in document order (pre-order). */
export function buildModel(root: Element, opts: ModelOptions): Model {
  return drain(buildModelSteps(root, opts));
}

/** Elements visited between two pauses of a stepped walk (a few tenths of a millisecond). */
export const STEP = 64;

/** Runs a stepped computation to its end, without pausing (Node, tests, a forced re-read). */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * buildModel as steps: it pauses every STEP elements so that a caller on a live page can yield
 * to the page between slices (a big page's first walk, styles and all, takes tens of ms).
 */
export function* buildModelSteps(root: Element, opts: ModelOptions): Generator<void, Model> {
  const infos: Info[] = [];
  const index = new Map<Element, number>();
  const stackEls: Element[] = [root];
  const stackParents: number[] = [-1];
  while (stackEls.length) {
    if (infos.length % STEP === STEP - 1) yield;
    const el = stackEls.pop()!;
    const parent = stackParents.pop()!;
    const tag = (el.localName || '').toLowerCase();
    const id = infos.length;
    const hint = hintOf(el);
    const chromeHint =
      CHROME_TAGS.has(tag) ||
      tag === 'header' ||
      // Weaker words ("meta", "media") only lower the score.
      ((hint & HINT_STRONG_NEGATIVE) !== 0 && (hint & HINT_POSITIVE) === 0 && !NO_CLASS_CHROME_TAGS.has(tag)) ||
      el.getAttribute('aria-hidden') === 'true';
    const info: Info = {
      el, tag, parent, hint, chromeHint, chrome: false,
      isBlock: BLOCK_TAGS.has(tag), hasBlockDesc: false,
      ownText: 0, ownCommas: 0, ownParas: 0, rawText: 0, rawParaText: 0, rawQuote: 0, text: 0, link: 0, commas: 0, paras: 0,
      headingText: 0, imgs: 0, lis: tag === 'li' ? 1 : 0, inputs: 0, embeds: 0, end: id, score: 0, scored: false,
    };
    infos.push(info);
    index.set(el, id);
    const firstKid = stackEls.length;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        const len = renderedLength(data);
        info.ownText += len;
        if (len >= MIN_PARA) info.ownParas++;
        if (len > 0) info.ownCommas += countCommas(data);
      } else if (c.nodeType === 1) {
        const ce = c as Element;
        const ct = (ce.localName || '').toLowerCase();
        if (SKIP_TAGS.has(ct)) {
          if (ct === 'img' || ct === 'picture') info.imgs++;
          else if (ct === 'input' || ct === 'select' || ct === 'textarea' || ct === 'button') info.inputs++;
          else if (ct === 'iframe' || ct === 'embed' || ct === 'object' || ct === 'video' || ct === 'audio') info.embeds++;
          continue;
        }
        if (isHiddenByMarkup(ce)) continue;
        // An editor's text is the reader's own writing, not the article: left out entirely.
        if (isEditable(ce)) {
          info.inputs++;
          continue;
        }
        if (opts.view && isHiddenByStyle(ce, opts.view)) continue;
        stackEls.push(ce);
        stackParents.push(id);
      }
    }
    // Children must pop in document order. (Walking lastChild/previousSibling instead is slow
    // in some DOM implementations.)
    reverseFrom(stackEls, firstKid);
    reverseFrom(stackParents, firstKid);
  }
  computeStats(infos);
  return { infos, index };
}

export function isParaLeaf(info: Info): boolean {
  return PARA_TAGS.has(info.tag) && !info.hasBlockDesc;
}

/** A box around a quotation (an embedded post, a pull quote) by its class name: it is quoted text. */
export function isQuoteBox(f: Info): boolean {
  return f.rawQuote > 0 && f.rawQuote >= 0.8 * f.rawText && !CHROME_TAGS.has(f.tag);
}

function computeStats(infos: Info[]): void {
  const n = infos.length;
  // Raw totals (chrome included), bottom-up: children come after parents in pre-order.
  for (let i = n - 1; i >= 0; i--) {
    const f = infos[i];
    f.rawText += f.ownText;
    if (isParaLeaf(f)) {
      if (f.rawText >= MIN_PARA) f.rawParaText = f.rawText;
    } else if (f.ownText >= MIN_PARA) f.rawParaText += f.ownText;
    if (f.tag === 'blockquote') f.rawQuote = f.rawText;
    if (f.parent >= 0) {
      const p = infos[f.parent];
      p.rawText += f.rawText;
      p.rawParaText += f.rawParaText;
      p.rawQuote += f.rawQuote;
      if (f.end > p.end) p.end = f.end;
      if (f.isBlock || f.hasBlockDesc) p.hasBlockDesc = true;
    }
  }
  // Chrome: flagged boxes, unless they hold most of the page's paragraph text (a wrapper named
  // "page-with-sidebar" is not a sidebar).
  const total = n ? infos[0].rawParaText : 0;
  // The walk's root (<body>) is never chrome, whatever its classes say.
  for (let i = 1; i < n; i++) {
    const f = infos[i];
    if (infos[f.parent].chrome) f.chrome = true;
    else if (f.chromeHint && !(total > 0 && f.rawParaText >= 0.5 * total) && !isQuoteBox(f)) f.chrome = true;
  }
  // Clean totals (chrome left out).
  for (let i = n - 1; i >= 0; i--) {
    const f = infos[i];
    if (f.chrome) continue;
    f.text += f.ownText;
    f.commas += f.ownCommas;
    if (f.tag === 'a') f.link = f.text;
    if (HEADING_TAGS.has(f.tag)) f.headingText = f.text;
    if (f.tag === 'p' || (isParaLeaf(f) && f.text >= MIN_PARA)) f.paras++;
    else if (!isParaLeaf(f)) f.paras += f.ownParas;
    if (f.parent >= 0) {
      const p = infos[f.parent];
      p.text += f.text;
      p.link += f.link;
      p.commas += f.commas;
      p.paras += f.paras;
      p.headingText += f.headingText;
      p.imgs += f.imgs;
      p.lis += f.lis;
      p.inputs += f.inputs;
      p.embeds += f.embeds;
    }
  }
}

