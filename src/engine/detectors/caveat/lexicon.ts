// The caveat lexicons, loaded once into Sets and Maps so that every rule is a constant-time lookup.
import classList from '../../../lexicons/caveat-word-classes';
import { indexClasses, indexPhrases } from '../../phrases';
import type { Phrase } from '../../phrases';
import phraseList from '../../../lexicons/caveat-phrases';
import type { CaveatRuleId } from './rule';

export type WordClass =
  | 'negation'
  | 'contest-claim'
  | 'truth'
  | 'out-of-context'
  | 'own-article-noun'
  | 'at-first'
  | 'error-kind'
  | 'support'
  | 'source-preposition'
  | 'little-known'
  | 'remark'
  | 'dismiss-phrasal'
  | 'dismiss-particle'
  | 'disagree'
  | 'wish'
  | 'give-verb'
  | 'answered'
  | 'party-noun'
  | 'response-adjective'
  | 'have'
  | 'comment-noun'
  | 'contacted'
  | 'choose'
  | 'negative-subject'
  | 'be'
  | 'aux'
  | 'determiner'
  | 'wh'
  | 'adverb'
  | 'boundary'
  | 'future'
  | 'verify'
  | 'verify-blocker'
  | 'verify-act'
  | 'difficulty'
  | 'political-confirmation'
  | 'unverified'
  | 'unreliable'
  | 'reliability-noun'
  | 'doubt-verb'
  | 'falsehood'
  | 'history'
  | 'paid-goods'
  | 'collapse'
  | 'claim-noun'
  | 'refuse'
  | 'disclose'
  | 'needs-info'
  | 'info-noun'
  | 'request-noun'
  | 'say-object'
  | 'speak-particle'
  | 'own-plans'
  | 'reach'
  | 'refusal-aux'
  | 'show-verb'
  | 'comment-verb'
  | 'disclose-ing'
  | 'owed-answer'
  | 'topic-verb'
  | 'reciprocal'
  | 'quantifier'
  | 'subject-pronoun'
  | 'refer'
  | 'say-verb'
  | 'unanswered'
  | 'reply'
  | 'refusal-passive'
  | 'refusal-passive-only'
  | 'naming'
  | 'deny'
  | 'denial'
  | 'denial-adjective'
  | 'denial-object'
  | 'ing-noun'
  | 'be-passive'
  | 'dispute-verb'
  | 'rebut'
  | 'dismissal'
  | 'falsity'
  | 'insist'
  | 'unclear'
  | 'knowable'
  | 'find-out'
  | 'find-out-blocker'
  | 'evidence'
  | 'evidence-blocker'
  | 'public'
  | 'public-noun'
  | 'make'
  | 'undisclosed-participle'
  | 'withheld'
  | 'doubt'
  | 'data-noun'
  | 'limitation'
  | 'approximation'
  | 'approx-adjective'
  | 'tentative'
  | 'undercount'
  | 'unavailable'
  | 'coverage-verb'
  | 'conclusion'
  | 'draw'
  | 'gather'
  | 'caveat-noun'
  | 'never-know'
  | 'fact-noun'
  | 'data-gap'
  | 'data-quality'
  | 'false-claim'
  | 'false-adverb'
  | 'flaw'
  | 'rife'
  | 'proved'
  | 'trust-verb'
  | 'caution'
  | 'regard-verb'
  | 'verify-passive'
  | 'contradict'
  | 'lie'
  | 'call-verb'
  | 'said-thing'
  | 'disputed'
  | 'dismiss-as'
  | 'dismissive-verdict'
  | 'media-noun'
  | 'faked'
  | 'inflated'
  | 'conflicting'
  | 'declined-noun'
  | 'attempt'
  | 'contact-verb'
  | 'failed'
  | 'reach-goal'
  | 'caveat-opener'
  | 'article-noun'
  | 'revised'
  | 'in-error'
  | 'report-verb'
  | 'misreport'
  | 'correction-label';

const classes = indexClasses(classList);

/** Every word of the class `name`. */
export function classSet(name: WordClass): ReadonlySet<string> {
  const set = classes.get(name);
  if (!set) throw new Error(`caveat-word-classes.txt has no class '${name}'`);
  return set;
}

/** Is `word` (lower case) in the class `name`? */
export function inClass(name: WordClass, word: string | undefined): boolean {
  return word !== undefined && classSet(name).has(word);
}

/** A multi-word framing: each slot is the set of words it accepts. */
export type { Phrase } from '../../phrases';

/** Phrases indexed by every word their first slot accepts, longest first. */
export const PHRASES: ReadonlyMap<string, readonly Phrase<CaveatRuleId>[]> = indexPhrases<CaveatRuleId>(phraseList);


/** The words that can open a phrase of `rule`. */
export function phraseStarts(rule: CaveatRuleId): string[] {
  return [...PHRASES].filter(([, list]) => list.some((p) => p.rule === rule)).map(([first]) => first);
}
