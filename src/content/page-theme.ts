// Highlights must stay readable on dark pages. content.css is tuned for light pages; on a page
// whose background is dark, a constructed stylesheet with brighter colours is adopted. A sheet
// adopted by the document is not an element: the page's DOM stays untouched.
import darkCss from './dark.css?inline';

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [parseFloat(m[1]), parseFloat(m[2]), parseFloat(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The colour behind the article: the first opaque background from the article up to the root. */
export function pageIsDark(from: Element | null): boolean {
  for (let el: Element | null = from ?? document.body; el; el = el.parentElement) {
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.2;
  }
  // Nothing painted a background: the browser's canvas shows, dark only if the page opted into it.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark = /\bdark\b/.test(scheme);
  if (dark && /\blight\b/.test(scheme)) return matchMedia('(prefers-color-scheme: dark)').matches;
  return dark;
}

let sheet: CSSStyleSheet | null = null;

export function useDarkTheme(dark: boolean): void {
  try {
    const adopted = document.adoptedStyleSheets;
    if (dark && !sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(darkCss);
      document.adoptedStyleSheets = [...adopted, sheet];
    } else if (!dark && sheet) {
      const mine = sheet;
      document.adoptedStyleSheets = adopted.filter((s) => s !== mine);
      sheet = null;
    }
  } catch {
    // Constructed sheets unavailable to content scripts here: the light colours are translucent
    // and stay legible on dark pages too, only less vivid.
  }
}
