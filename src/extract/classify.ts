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

function wordsOf(raw: string): string[] {
  const words: string[] = [];
  for (const token of raw.split(/[^A-Za-z0-9]+/)) {
    if (!token) continue;
    const parts = token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  // Adjacent pairs catch "most-read", "sr-only", "read-more".
  const n = words.length;
  for (let i = 0; i + 1 < n; i++) words.push(words[i] + words[i + 1]);
  return words;
}

function startsWithAny(word: string, prefixes: string[]): boolean {
  if (word.length < 5) return false;
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

function hintOfWords(raw: string): number {
  const known = cache.get(raw);
  if (known !== undefined) return known;
  let hint = 0;
  for (const w of wordsOf(raw)) {
    if (POSITIVE.has(w) || startsWithAny(w, POSITIVE_PREFIXES)) hint |= HINT_POSITIVE;
    if (STRONG_NEGATIVE.has(w) || startsWithAny(w, NEGATIVE_PREFIXES)) hint |= HINT_STRONG_NEGATIVE;
    else if (WEAK_NEGATIVE.has(w)) hint |= HINT_WEAK_NEGATIVE;
  }
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

/** Hidden by CSS; only reads computed style (no layout). */
export function isHiddenByStyle(el: Element, view: Window): boolean {
  const s = view.getComputedStyle(el);
  return s.display === 'none' || s.visibility === 'hidden';
}
