// One pass over the DOM builds a flat table of the visible elements with their text statistics,
// computed bottom-up once so that every later decision is a lookup (no re-walking subtrees).
import { BLOCK_TAGS, CHROME_TAGS, HEADING_TAGS, SKIP_TAGS } from './hints';
import { HINT_STRONG_NEGATIVE, HINT_WEAK_NEGATIVE, HINT_POSITIVE, hintOf, isHiddenByMarkup, isHiddenByStyle } from './classify';

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
  /** Subtree totals; `raw*` include chrome, the others leave it out. */
  rawText: number;
  rawParaText: number;
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

export interface Model {
  infos: Info[];
  index: Map<Element, number>;
}

export interface ModelOptions {
  view: Window | null;
}

/** Builds the table for the subtree of `root`, in document order (pre-order). */
export function buildModel(root: Element, opts: ModelOptions): Model {
  const infos: Info[] = [];
  const index = new Map<Element, number>();
  const stack: Array<[Element, number]> = [[root, -1]];
  while (stack.length) {
    const [el, parent] = stack.pop()!;
    const tag = (el.localName || '').toLowerCase();
    const id = infos.length;
    const hint = hintOf(el);
    const chromeHint =
      CHROME_TAGS.has(tag) ||
      tag === 'header' ||
      (hint & HINT_STRONG_NEGATIVE) !== 0 ||
      ((hint & HINT_WEAK_NEGATIVE) !== 0 && (hint & HINT_POSITIVE) === 0) ||
      el.getAttribute('aria-hidden') === 'true';
    const info: Info = {
      el, tag, parent, hint, chromeHint, chrome: false,
      isBlock: BLOCK_TAGS.has(tag), hasBlockDesc: false,
      ownText: 0, ownCommas: 0, rawText: 0, rawParaText: 0, text: 0, link: 0, commas: 0, paras: 0,
      headingText: 0, imgs: 0, lis: tag === 'li' ? 1 : 0, inputs: 0, embeds: 0, end: id, score: 0, scored: false,
    };
    infos.push(info);
    index.set(el, id);
    const kids: Element[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        info.ownText += renderedLength(data);
        if (data.length > 0) info.ownCommas += countCommas(data);
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
        if (opts.view && isHiddenByStyle(ce, opts.view)) continue;
        kids.push(ce);
      }
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], id]);
  }
  computeStats(infos);
  return { infos, index };
}

function isParaLeaf(info: Info): boolean {
  return PARA_TAGS.has(info.tag) && !info.hasBlockDesc;
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
    if (f.parent >= 0) {
      const p = infos[f.parent];
      p.rawText += f.rawText;
      p.rawParaText += f.rawParaText;
      if (f.end > p.end) p.end = f.end;
      if (f.isBlock || f.hasBlockDesc) p.hasBlockDesc = true;
    }
  }
  // Chrome: flagged boxes, unless they hold most of the page's paragraph text (a wrapper named
  // "page-with-sidebar" is not a sidebar).
  const total = n ? infos[0].rawParaText : 0;
  for (let i = 0; i < n; i++) {
    const f = infos[i];
    if (f.parent >= 0 && infos[f.parent].chrome) f.chrome = true;
    else if (f.chromeHint && !(total > 0 && f.rawParaText >= 0.5 * total)) f.chrome = true;
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

export { isParaLeaf };
