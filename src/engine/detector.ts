import type { Doc } from './document';
import type { Finding } from './types';

/** A detector reads the whole document (sources need the article's context) and returns findings. */
export interface Detector {
  /** The rule family id; also the prefix of every finding's `rule`. */
  id: string;
  detect(doc: Doc): Finding[];
}
