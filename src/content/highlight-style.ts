// The reader's highlight style (background, underline or both). content.css draws both; for the
// other two a constructed sheet that takes one of them away is adopted by the document, as the
// dark theme is: the page's DOM stays untouched, and a change applies at once.
import { STYLE_CSS } from '../shared/highlight/styles';
import type { HighlightStyle } from '../shared/settings';

let sheet: CSSStyleSheet | null = null;

export function useHighlightStyle(style: HighlightStyle): void {
  try {
    const css = STYLE_CSS[style] ?? '';
    if (!css) {
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
      return;
    }
    if (!sheet) {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(css);
  } catch {
    // Constructed sheets unavailable here: highlights keep both background and underline.
  }
}
