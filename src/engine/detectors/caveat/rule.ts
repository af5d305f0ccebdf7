// What a caveat rule is: a set of anchors, each a word class at which the rule may fire and a small
// grammar that reads the words around that position. The detector looks every token up once and
// runs only the anchors keyed on it, so its cost is one Map lookup per token plus bounded work at
// the few anchor words.
import type { Span } from '../../types';
import type { WordClass } from './lexicon';
import type { View } from './view';

export type CaveatRuleId =
  | 'verification'
  | 'source-reliability'
  | 'explicit'
  | 'non-response'
  | 'denial'
  | 'open-question'
  | 'correction'
  | 'limitation'
  | 'fact-check';

export interface CaveatMatch {
  rule: CaveatRuleId;
  /** Cue spans (text offsets), in text order. */
  cues: Span[];
}

export interface Anchor {
  /** The words it starts at: every word of these classes, plus `words`. */
  classes: readonly WordClass[];
  words?: readonly string[];
  /** Words one of which a sentence must hold for the anchor to match there (default: the words
   *  it starts at); the engine skips the sentences that hold none. */
  triggers?: readonly string[];
  /** Reads around token `i` (whose word is an anchor word); null when the grammar does not hold. */
  match(v: View, i: number): CaveatMatch | null;
}

export interface CaveatRule {
  id: CaveatRuleId;
  anchors: readonly Anchor[];
}
