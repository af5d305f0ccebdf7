// The reader's highlight style as CSS. content.css (the content script's stylesheet) draws both a
// tint and an underline; the other two styles add a sheet that takes one of them away. Shared by
// the content script (adopted by the page) and the options page's preview.
import type { HighlightStyle } from '../settings';
import pageCss from './content.css?inline';
import backgroundOnly from './style-background.css?inline';
import underlineOnly from './style-underline.css?inline';

/** What each style adds to content.css ('' for both: content.css already draws both). */
export const STYLE_CSS: Record<HighlightStyle, string> = { both: '', background: backgroundOnly, underline: underlineOnly };

/** content.css itself, for a page that is not the content script's (the preview). */
export const PAGE_CSS: string = pageCss;
