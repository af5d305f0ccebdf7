// The headline: the <h1> (or failing that an <h2>) that best matches the page's declared title.
import type { Model } from './model';

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/** The page's declared title (og:title, twitter:title, <title>). */
export function declaredTitle(doc: Document): string {
  return (
    metaContent(doc, 'meta[property="og:title"]') ||
    metaContent(doc, 'meta[name="twitter:title"]') ||
    (doc.querySelector('title')?.textContent ?? '').trim()
  );
}

/** How well a heading matches the declared title: mostly its words, covering most of the title
 * (a site-name logo "<h1>The Daily</h1>" matches words but covers little). */
function match(heading: string[], declared: Set<string>): number {
  if (!heading.length || !declared.size) return 0;
  const seen = new Set<string>();
  for (const w of heading) if (declared.has(w)) seen.add(w);
  const precision = heading.filter((w) => declared.has(w)).length / heading.length;
  if (precision < 0.6) return 0;
  return (precision + seen.size / declared.size) / 2;
}

export interface Headline {
  el: Element | null;
  text: string;
}

export function findHeadline(doc: Document, model: Model, rootIndex: number): Headline {
  const declared = declaredTitle(doc);
  const declaredWords = new Set(words(declared));
  const { infos } = model;
  let best: Element | null = null;
  let bestScore = 0;
  for (const level of ['h1', 'h2']) {
    for (let i = 0; i < infos.length; i++) {
      const f = infos[i];
      if (f.tag !== level) continue;
      const w = words(f.el.textContent ?? '');
      if (w.length < 2 && level === 'h2') continue;
      let score = match(w, declaredWords);
      // Without a declared title, the first h1 at or before the body is the headline.
      if (!declaredWords.size && level === 'h1' && w.length && i <= infos[rootIndex].end) score = 0.7;
      if (score > bestScore + 1e-9) {
        best = f.el;
        bestScore = score;
      }
    }
    if (bestScore >= 0.5) break;
  }
  if (best && bestScore >= 0.5) return { el: best, text: (best.textContent ?? '').replace(/\s+/g, ' ').trim() };
  return { el: null, text: declared };
}
