// What an element's markup says about it: hidden or not, chrome or content (class, id, role).
import {
  NEGATIVE_PREFIXES, POSITIVE, POSITIVE_PREFIXES, STRONG_NEGATIVE, WEAK_NEGATIVE, CHROME_ROLES,
} from './hints';

export const HINT_POSITIVE = 1;
export const HINT_STRONG_NEGATIVE = 2;
export const HINT_WEAK_NEGATIVE = 4;
/** itemprop="articleBody" and the like: the page itself says where the body is. */
export const HINT_BODY_MARKUP = 8;

// Many elements share a class string; cache the verdict per string.
const cache = new Map<string, number>();

/** The words of one class name or id: "articleBody__inner" -> article, body, inner (+ joined forms). */
function wordsOf(name: string): string[] {
  const words: string[] = [];
  for (const token of name.split(/[^A-Za-z0-9]+/)) {
    if (token) words.push(...token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' '));
  }
  return words;
}

function startsWithAny(word: string, prefixes: string[]): boolean {
  if (word.length < 5) return false;
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

// "with-sidebar", "has-comments", "no-ads": the page layout, not the box itself.
const MODIFIERS = new Set(['with', 'has', 'w', 'no', 'without', 'and']);

/** One name's verdict. Within a name, a negative word wins ("article-comments", "article_date"). */
function hintOfName(name: string): number {
  const words = wordsOf(name);
  let positive = false;
  let strong = false;
  let weak = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const modified = i > 0 && MODIFIERS.has(words[i - 1]);
    // Adjacent pairs catch "most-read", "sr-only", "read-more".
    const pair = i + 1 < words.length ? w + words[i + 1] : '';
    if (POSITIVE.has(w) || startsWithAny(w, POSITIVE_PREFIXES) || POSITIVE.has(pair)) positive = true;
    if (modified) continue;
    if (STRONG_NEGATIVE.has(w) || startsWithAny(w, NEGATIVE_PREFIXES) || STRONG_NEGATIVE.has(pair)) strong = true;
    else if (WEAK_NEGATIVE.has(w)) weak = true;
  }
  if (strong) return HINT_STRONG_NEGATIVE;
  if (weak) return HINT_WEAK_NEGATIVE;
  return positive ? HINT_POSITIVE : 0;
}

function hintOfWords(raw: string): number {
  const known = cache.get(raw);
  if (known !== undefined) return known;
  let hint = 0;
  for (const name of raw.split(/\s+/)) if (name) hint |= hintOfName(name);
  if (cache.size > 5000) cache.clear();
  cache.set(raw, hint);
  return hint;
}

/** HINT_* flags from class, id, role and itemprop. */
export function hintOf(el: Element): number {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  let hint = cls || id ? hintOfWords(`${id ?? ''} ${cls ?? ''}`) : 0;
  const role = el.getAttribute('role');
  if (role) {
    const r = role.toLowerCase();
    if (CHROME_ROLES.has(r)) hint |= HINT_STRONG_NEGATIVE;
    else if (r === 'main' || r === 'article') hint |= HINT_POSITIVE;
  }
  const prop = el.getAttribute('itemprop');
  if (prop && /articlebody|text|reviewbody/i.test(prop)) hint |= HINT_BODY_MARKUP | HINT_POSITIVE;
  return hint;
}

/** Class/id weight for scoring: ±25 like the usual readability heuristics. */
export function weightOf(hint: number): number {
  let w = 0;
  if (hint & HINT_POSITIVE) w += 25;
  if (hint & HINT_STRONG_NEGATIVE) w -= 25;
  else if (hint & HINT_WEAK_NEGATIVE) w -= 10;
  if (hint & HINT_BODY_MARKUP) w += 25;
  return w;
}

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by markup alone (no layout needed). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Hidden by CSS; only reads computed style (no layout). Only display:none counts: visibility is
 * inherited but can be undone below ("body {visibility: hidden}" anti-flicker snippets). */
export function isHiddenByStyle(el: Element, view: Window): boolean {
  return view.getComputedStyle(el).display === 'none';
}

/** Text someone is writing (contenteditable, any value but "false"): never read as the article. */
export function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}
