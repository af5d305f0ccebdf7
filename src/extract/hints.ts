// Data only: what class/id/role words and tag names say about an element. These are the usual
// signals of page templates (CMS themes name their boxes "comments", "related", "article-body"…),
// not words of any one site.

/** Tags whose content is never article text (or is not shown as text). */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'video', 'audio', 'picture', 'img', 'map', 'source', 'track',
  'input', 'select', 'textarea', 'button', 'option', 'optgroup', 'datalist', 'output', 'progress', 'meter',
  'dialog',
]);

/** Tags that are page chrome wherever they sit. */
export const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'fieldset', 'figcaption', 'figure']);

/** Elements that start a new block of text when rendered. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'listing', 'plaintext', 'xmp', 'legend', 'option',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Parts of tables and inline markup: their class names describe data, not page boxes. */
export const NO_CLASS_CHROME_TAGS = new Set([
  'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'a', 'b', 'strong', 'em', 'i', 'u', 'sup', 'sub', 'abbr', 'code', 'mark',
]);

/** ARIA roles of page chrome. */
export const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog',
  'alertdialog', 'toolbar', 'tablist', 'tooltip', 'form', 'note',
]);

/** Class/id words of boxes that are never article body, even inside the article container. */
export const STRONG_NEGATIVE = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'masthead', 'footer', 'sidebar', 'rail',
  'comment', 'comments', 'commentlist', 'disqus', 'replies', 'share', 'sharing', 'sharebar', 'shares', 'social',
  'related', 'recommended', 'recommendation', 'recommendations', 'recirc', 'recirculation', 'popular', 'trending',
  'mostread', 'mostpopular', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'promo',
  'promotion', 'promoted', 'sponsor', 'sponsored', 'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising',
  'adslot', 'adunit', 'dfp', 'outbrain', 'taboola', 'byline', 'author', 'authors', 'caption', 'captions', 'legend', 'legends', 'credit', 'credits',
  'cookie', 'cookies', 'consent', 'gdpr', 'modal', 'popup', 'overlay', 'paywall', 'login', 'skip', 'tags',
  'tagline', 'toolbar', 'pagination', 'pager', 'banner', 'widget', 'widgets', 'sronly', 'visuallyhidden',
  'timestamp', 'dateline', 'published', 'updated', 'print', 'email', 'whatsapp', 'rollover', 'popover', 'hovercard',
  'follow', 'teaser', 'teasers', 'tooltip',
  'donate', 'donation', 'feedback', 'correction', 'corrections', 'disclaimer', 'copyright', 'legal',
  'newsfeed', 'subnav', 'topics', 'keywords', 'bio', 'contributor', 'headline', 'kicker', 'eyebrow',
  'standfirst', 'dek', 'attribution', 'readmore', 'more', 'next', 'prev', 'previous', 'upnext', 'outbrain',
]);

/** Class/id words of boxes that are usually chrome unless they also look like content. */
export const WEAK_NEGATIVE = new Set([
  'header', 'head', 'meta', 'media', 'tool', 'tools', 'extra', 'aside', 'secondary', 'supplemental', 'links',
  'list', 'module', 'summary', 'hidden', 'hide', 'combx', 'foot', 'footnote', 'contact', 'date', 'time', 'info',
  'image', 'photo', 'figure', 'carousel', 'slideshow', 'gallery', 'video', 'player', 'embed', 'thumbnail', 'thumb', 'icon', 'logo', 'badge', 'label', 'hero',
]);

/** Class/id words of the article body. */
export const POSITIVE = new Set([
  'article', 'articles', 'body', 'content', 'contents', 'entry', 'hentry', 'main', 'post', 'story', 'text',
  'blog', 'prose', 'copy', 'richtext', 'maincontent', 'articlebody', 'storybody', 'postbody', 'entrycontent',
  'postcontent', 'storycontent', 'articlecontent', 'articletext', 'storytext', 'bodytext', 'page', 'column',
]);

/** Word beginnings that mark a compound class word ("articleBodyWrapper") as positive. */
export const POSITIVE_PREFIXES = ['article', 'story', 'content', 'body', 'entry', 'post'];

/** Word beginnings that mark a compound class word as strongly negative ("commentsSection"). */
export const NEGATIVE_PREFIXES = [
  'comment', 'advert', 'sidebar', 'related', 'recommend', 'newsletter', 'social', 'share', 'sponsor',
  'breadcrumb', 'promo', 'trending', 'footer', 'navbar', 'navigation', 'outbrain', 'taboola', 'byline',
  'caption', 'subscri', 'mostread', 'mostpopular', 'adslot', 'adunit', 'adcontainer', 'adwrap',
];
