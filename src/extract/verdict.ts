// Is this page an article? Enough prose in the chosen body, helped by what the page declares
// about itself (og:type, schema.org types, itemprop="articleBody"). Home, search and app pages
// have short teasers under linked headlines instead.
import { HINT_BODY_MARKUP } from './classify';
import type { Model } from './model';

const ARTICLE_TYPE = /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report|LiveBlogPosting)"/;

export function declaresArticle(doc: Document, model: Model): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  if (og === 'article' || og.endsWith(':article')) return true;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 8; i++) {
    const json = (scripts[i].textContent ?? '').slice(0, 200_000);
    if (ARTICLE_TYPE.test(json)) return true;
  }
  if (doc.querySelector('[itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"], [itemtype*="schema.org/BlogPosting"]')) return true;
  return model.infos.some((f) => (f.hint & HINT_BODY_MARKUP) !== 0 && !f.chrome);
}

export interface ProseStats {
  /** Blocks that read like paragraphs (a sentence or more). */
  paragraphs: number;
  words: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Chinese and Japanese are written without spaces: about two characters make a word.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SENTENCE_MARK = /[.!?…:;"”»)。！？]/;

function wordCount(block: string): number {
  const words = block.match(WORD)?.length ?? 0;
  const cjk = block.match(CJK)?.length ?? 0;
  return words + Math.floor(cjk / 2);
}

export function proseOf(text: string, headline: string): ProseStats {
  let paragraphs = 0;
  let words = 0;
  for (const block of text.split('\n\n')) {
    if (block === headline) continue;
    const n = wordCount(block);
    if (n >= 12 && SENTENCE_MARK.test(block)) {
      paragraphs++;
      words += n;
    }
  }
  return { paragraphs, words };
}

export interface Verdict {
  isArticle: boolean;
  reason?: string;
}

/** `teasers`: linked headlines met inside the body (the mark of a list of teasers on home,
 * section and search pages; an article's own "related" boxes are pruned before they count). */
export function judge(prose: ProseStats, declared: boolean, teasers: number): Verdict {
  if (teasers >= 4 && teasers >= 0.7 * prose.paragraphs) {
    return { isArticle: false, reason: 'this page lists other pages rather than telling one story' };
  }
  if (prose.paragraphs >= 3 && prose.words >= 120) return { isArticle: true };
  if (prose.paragraphs >= 2 && prose.words >= 90) return { isArticle: true };
  if (declared && prose.paragraphs >= 1 && prose.words >= 50) return { isArticle: true };
  if (prose.paragraphs === 0) return { isArticle: false, reason: 'no article body found' };
  return { isArticle: false, reason: 'too little running text for an article' };
}
