// Inside the chosen body, which boxes still are not article text: link lists, image strips,
// forms, embeds and labels ("conditional cleaning" in readability's terms, computed from the
// statistics gathered once in the model).
import { weightOf } from './classify';
import { NO_CLASS_CHROME_TAGS } from './hints';
import { type Info, isQuoteBox } from './model';
import { linkDensity } from './select';

const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'article', 'header', 'center']);
const LISTS = new Set(['ul', 'ol', 'dl']);

const SENTENCE_END = /[.!?…"”’»)]\s*$/;
const LINK_BLOCKS = new Set(['p', 'div', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isDropped(f: Info): boolean {
  if (f.chrome) return true;
  // A paragraph that is nothing but a link points elsewhere ("Read next: …").
  // So is a short, mostly linked line that is not a sentence ("Related: Ten ways to …").
  if (LINK_BLOCKS.has(f.tag) && f.text > 0 && !f.hasBlockDesc) {
    if (f.link >= 0.9 * f.text) return true;
    if (f.text < 150 && f.link >= 0.5 * f.text && !SENTENCE_END.test(f.el.textContent ?? '')) return true;
  }
  const weight = weightOf(f.hint);
  // A short line in a box named "date", "meta", "info"…: a dateline or label, not prose.
  if (weight < 0 && !f.scored && f.text < 100 && !NO_CLASS_CHROME_TAGS.has(f.tag) && !isQuoteBox(f)) return true;
  if (!CONDITIONAL.has(f.tag) || isQuoteBox(f)) return false;
  if (weight < 0 && weight + (f.scored ? f.score : 0) < 0) return true;
  if (f.commas >= 10) return false;
  const isList = LISTS.has(f.tag);
  const paras = f.paras;
  const len = f.text;
  const ld = linkDensity(f);
  const headingDensity = len > 0 ? f.headingText / len : 0;
  return (
    (f.imgs > 1 && paras / f.imgs < 0.5) ||
    f.inputs > Math.floor(paras / 3) ||
    (!isList && headingDensity < 0.9 && len < 25 && (f.imgs === 0 || f.imgs > 2)) ||
    (!isList && weight < 25 && ld > 0.2) ||
    (isList && ld > 0.5) ||
    (weight >= 25 && ld > 0.5) ||
    (f.embeds === 1 && len < 75) ||
    f.embeds > 1
  );
}
