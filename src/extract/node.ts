// Node entry point (the CLI): parses HTML with linkedom and extracts the article.
// Only this file imports linkedom; the rest of src/extract runs on any DOM.
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractOptions } from './index';
import type { ExtractedArticle } from './types';

// linkedom builds no <html>/<body> around a fragment; give it a whole document.
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/**
 * Extracts the article from an HTML string. `url` is the page's address when known (kept for
 * callers and messages; extraction reads only the markup). Forces extraction by default: whoever
 * runs the CLI on a page asked for that page to be analysed.
 */
export function extractFromHtml(html: string, url?: string, options: ExtractOptions = { force: true }): ExtractedArticle {
  let doc: Document;
  try {
    doc = parseHTML(asDocument(html)).document as unknown as Document;
  } catch (err) {
    const where = url ? ` ${url}` : '';
    return { text: '', segments: [], root: null, title: '', isArticle: false, reason: `could not parse${where}: ${String(err)}` };
  }
  return extractArticle(doc, { computedStyle: false, ...options });
}
