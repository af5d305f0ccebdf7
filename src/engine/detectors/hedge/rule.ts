// The shape every hedge rule shares.
import type { Token } from '../../document';

export type HedgeRuleId = 'epistemic-adverb' | 'modal' | 'epistemic-verb' | 'hearsay-verb' | 'hearsay-framing';

/** A cue found by a rule: tokens `from..to` (inclusive) of the sentence. */
export interface CueMatch {
  from: number;
  to: number;
  rule: HedgeRuleId;
}

/**
 * A rule is asked about the token at `i` only when that token's lower-case form is one of its
 * `words`; it reads the context and returns the cue, or null when this use is not a hedge.
 */
export interface HedgeRule {
  words: Iterable<string>;
  /** Words one of which a sentence must hold for the rule to match there (default: `words`);
   *  the engine skips the sentences that hold none. */
  triggers?: Iterable<string>;
  match(tokens: readonly Token[], i: number): CueMatch | null;
}
