// The hedge lexicons, loaded once into Sets and Maps so that every rule is a constant-time lookup.
import adverbList from '../../../lexicons/hedge-adverbs';
import verbList from '../../../lexicons/hedge-verbs';
import nounList from '../../../lexicons/hedge-nouns';
import { indexClasses, indexPhrases } from '../../phrases';
import type { Phrase } from '../../phrases';
import phraseList from '../../../lexicons/hedge-phrases';
import classList from '../../../lexicons/hedge-word-classes';

/** Epistemic adverbs and adjectives that count wherever they occur. */
export const ADVERBS: ReadonlySet<string> = new Set(adverbList);

/** Nouns naming an unproven assertion. */
export const NOUNS: ReadonlySet<string> = new Set(nounList);

/** Every inflected form of an epistemic or hearsay verb, mapped to its lemma. */
export const VERB_LEMMAS: ReadonlyMap<string, string> = new Map(
  verbList.flatMap((line) => {
    const forms = line.split(/\s+/);
    return forms.map((form) => [form, forms[0]] as const);
  }),
);

export type WordClass =
  | 'be'
  | 'have'
  | 'negation'
  | 'determiner'
  | 'possessive'
  | 'subject-pronoun'
  | 'noun-context'
  | 'month-context'
  | 'ability-verb'
  | 'ability-context'
  | 'purpose-context'
  | 'generic-subject'
  | 'degree'
  | 'enable'
  | 'condition'
  | 'complementizer'
  | 'claim-compound'
  | 'claim-demand'
  | 'deliberation'
  | 'not-belief'
  | 'certainty'
  | 'belief-infinitive'
  | 'perception'
  | 'object-pronoun'
  | 'deliberation-object'
  | 'might-noun-context'
  | 'doubt-context'
  | 'clause-joiner'
  | 'open-question'
  | 'likely-compound'
  | 'claim-determiner'
  | 'outcome-verb'
  | 'cardinal'
  | 'inner-adverb'
  | 'inverted-subject'
  | 'assertion-noun'
  | 'belief-noun'
  | 'allegation-noun'
  | 'rumour-noun'
  | 'stative-participle'
  | 'not-condition'
  | 'question-opener'
  | 'permission-adjective'
  | 'penalty-verb'
  | 'penalty'
  | 'permission-holder'
  | 'trust-context'
  | 'particle'
  | 'weighing-opener'
  | 'advice-verb'
  | 'extent-head'
  | 'wish-verb'
  | 'duty-modal'
  | 'be-governor'
  | 'become'
  | 'speculation-noun'
  | 'concessive-opener'
  | 'content-preposition'
  | 'theory-noun'
  | 'own-possessive'
  | 'possibility-governor';

const classes = indexClasses(classList);

/** Is `word` (lower case) in the closed class `name`? */
export function inClass(name: WordClass, word: string | undefined): boolean {
  const set = classes.get(name);
  if (!set) throw new Error(`hedge-word-classes.txt has no class '${name}'`);
  return word !== undefined && set.has(word);
}

/** Every word of the closed class `name`, for a rule that is asked about exactly those words. */
export function classWords(name: WordClass): ReadonlySet<string> {
  const set = classes.get(name);
  if (!set) throw new Error(`hedge-word-classes.txt has no class '${name}'`);
  return set;
}

/** A multi-word framing: each slot is the set of words it accepts. */
export type { Phrase } from '../../phrases';

/** Phrases indexed by every word their first slot accepts, longest first. */
export const PHRASES: ReadonlyMap<string, readonly Phrase[]> = indexPhrases(phraseList);
