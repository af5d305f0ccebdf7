// What article extraction returns. The same code runs on the live page (content script) and in
// Node (the CLI, over a linkedom document): only standard DOM APIs are used.

/** A run of the article text that comes from one DOM text node. */
export interface TextSegment {
  /** The DOM text node. */
  node: Text;
  /** Where the run starts in the article text. */
  start: number;
  /** Where the run starts inside `node.data`. */
  nodeStart: number;
  /** Its length (UTF-16 code units); the text of the run equals node.data.slice(nodeStart, nodeStart + length). */
  length: number;
}

export interface ExtractedArticle {
  /** The article's body text: headline and paragraphs, blocks separated by blank lines. */
  text: string;
  /** Maps offsets of `text` back to DOM text nodes, sorted by `start`. Separators map to nothing. */
  segments: TextSegment[];
  /** The element judged to hold the article body (null when nothing qualified). */
  root: Element | null;
  /** The article's headline, when found. */
  title: string;
  /** Whether the page looks like an article (a reader would not expect analysis otherwise). */
  isArticle: boolean;
  /** When `isArticle` is false: why, in plain words ("no article body found"). */
  reason?: string;
}

/** A piece of a DOM text node that a text range covers. */
export interface NodeRange {
  node: Text;
  startOffset: number;
  endOffset: number;
}
