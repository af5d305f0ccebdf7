// Inside the chosen body, which boxes still are not article text: link lists, image strips,
// forms, embeds and labels ("conditional cleaning" in readability's terms, computed from the
// statistics gathered once in the model).
import { weightOf } from './classify';
import type { Info } from './model';
import { linkDensity } from './select';

const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'article', 'header', 'center']);
const LISTS = new Set(['ul', 'ol', 'dl']);

export function isDropped(f: Info): boolean {
  if (f.chrome) return true;
  if (!CONDITIONAL.has(f.tag)) return false;
  const weight = weightOf(f.hint);
  if (weight + (f.scored ? f.score : 0) < 0) return true;
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
