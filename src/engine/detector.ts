import type { Doc, Sentence } from './document';
import type { Finding } from './types';

/** A detector reads the whole document (sources need the article's context) and returns findings. */
export interface Detector {
  /** The rule family id; also the prefix of every finding's `rule`. */
  id: string;
  /**
   * Lower-case words (typographic apostrophes folded to "'") at least one of which a sentence
   * must hold for this detector to find anything in it or learn anything from it. With them,
   * analyze() finds the words in one scan of the text and passes the sentences that hold one as
   * `focus`; the rest of the text costs the detector nothing. Without them it reads every sentence.
   */
  triggers?: ReadonlySet<string>;
  /** `focus`: the sentences holding a trigger word, in text order (all of them when absent). */
  detect(doc: Doc, focus?: readonly Sentence[]): Finding[];
}
