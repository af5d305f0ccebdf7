// A modal whose subject is someone who acts and whose verb is an act ("NASA could use the
// landers", "she could take a hard line", "prosecutors could go after his circle") states an
// option or an ability, not the likelihood of a claim (GUIDELINES.md, conventions: modals — "the
// department could bring indictments"). Things and events keep the likelihood ("the deal could
// collapse", "prices could rise"), and so do verbs of a state or an outcome that befalls a person
// ("he could lose", "she could become", "the party could need") and "could be", "could have".
//
// The word classes come from counts, not from the sentences the rule was measured on (all are
// written by `npm run lexicons:modal-verbs`, scripts/lexicon-modal-verbs.ts):
//   - state-verbs.txt: verbs frequent after "to" or a modal that a verb of deciding hardly ever
//     takes ("decided to sell" is common, "decided to lose" is not): the control test for a
//     volitional act, counted over the PolNeAR articles and the dev corpora's text;
//   - body-nouns.txt: nouns for a body that speaks and decides ("the company said", "the agency
//     decided to"), subjects that act beside pronouns, names and person nouns;
//   - option-modals.txt: the modals whose agent + act occurrences the labelled corpora mostly do
//     NOT mark as hedges ("could"; "may" and "might" stay epistemic there: "the bank might target
//     costs").
import type { Token } from '../../../document';
import { isListedPersonWord } from '../../source/person';
import { hasGrammarRole, hasRole, ROLE } from '../../source/lexicon';
import modalEntries from '../../../../lexicons/option-modals';
import bodyEntries from '../../../../lexicons/body-nouns';
import stateEntries from '../../../../lexicons/state-verbs';
import { firstWords } from '../../../phrases';
import { findBehind, firstWordIndex, isCapitalised } from '../context';
import { inClass, NOUNS, VERB_LEMMAS } from '../lexicon';

const OPTION_MODALS = firstWords(modalEntries);
const BODY_NOUNS = firstWords(bodyEntries);
const STATE_VERBS = firstWords(stateEntries);

/** Adverbs that may stand between a subject, the modal and its verb without changing its sense
 *  ("could also sell", "could still go after"). An adverb of likelihood ("could well", "could
 *  possibly") is none of them: it stops the rule, and the modal weighs a likelihood. A floating
 *  quantifier ("could each lose", "could all go") stands there too. */
export const NEUTRAL_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'then', 'now', 'soon', 'again', 'even', 'only', 'just', 'quickly', 'immediately', 'simply', 'each', 'all', 'both']);

/** Prepositions after which the word before the modal is inside a modifier ("the view of Islam
 *  could make"), not the head of the subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'from', 'for', 'with', 'by', 'about', 'against', 'among', 'between', 'into', 'over', 'under', 'to']);

/** Words that open a clause: the noun phrase before the modal ends there ("landers that NASA
 *  could use"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'but', 'because', 'while', 'when', 'although', 'though', 'since', 'so', 'after', 'before', 'until', 'unless', 'once', 'where', 'whereas', 'if']);

/** Index of the verb the modal at `i` governs (after neutral adverbs), or -1. */
export function modalVerbIndex(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && tokens[j].word && NEUTRAL_ADVERBS.has(tokens[j].lower)) j++;
  return j < tokens.length && tokens[j].word ? j : -1;
}

/** Is the word right before the modal at `i` a subject that acts: a personal pronoun ("she could
 *  take"), the relative "who", a name ("NASA could use", "Iraq could start"), a noun for people or
 *  an office ("prosecutors could go after", "the spokesman could release") or a body that speaks
 *  and decides ("the company could sell")? "it", "this", "which" and nouns for things ("the deal
 *  could collapse") are not, nor the noun of a modifier ("the errata of John Ford could fill").
 *  `bodies`: the lexicon; its script passes the class it is about to write. */
export function hasAgentSubject(tokens: readonly Token[], i: number, bodies: ReadonlySet<string> = BODY_NOUNS): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].word && NEUTRAL_ADVERBS.has(tokens[k].lower)) k--;
  const t = tokens[k];
  if (!t || !t.word) return false;
  const w = t.lower;
  if (w === 'who' || (inClass('subject-pronoun', w) && w !== 'it' && w !== 'one')) return true;
  if (inClass('determiner', w) || hasRole(w, ROLE.pronoun) || hasRole(w, ROLE.rel)) return false;
  // Back over the rest of the noun phrase ("John M. Ford", "the United States", "another
  // candidate"): a preposition before it makes it a modifier's noun ("the errata of John Ford").
  let h = k - 1;
  const inPhrase = (u: Token) => u.text === '.' || (u.word && !CLAUSE_OPENERS.has(u.lower) && !hasRole(u.lower, ROLE.rel) && (isCapitalised(u) || inClass('determiner', u.lower)));
  while (h >= 0 && inPhrase(tokens[h])) h--;
  const before = h >= 0 && tokens[h].word ? tokens[h].lower : undefined;
  if (before && PREPOSITIONS.has(before)) return false;
  if (isListedPersonWord(w) || hasRole(w, ROLE.institution) || bodies.has(w)) return true;
  // A capitalised word inside a clause is a name ("Iraq could start"); first in the sentence or
  // after a colon or a quotation mark it may be any noun ("Events could intervene").
  return isCapitalised(t) && k !== firstWordIndex(tokens) && tokens[k - 1].word;
}

/** A verb naming an act: a lower-case word that is no closed-class word, no adverb, not "be" or
 *  "have" ("could be", "could have" weigh what is or was) and no state or outcome verb
 *  (`states`: the lexicon; its script passes the classes it is about to write). */
export function isActVerb(w: string, states: ReadonlySet<string> = STATE_VERBS): boolean {
  return /^[a-z]+$/.test(w) && !w.endsWith('ly') && w !== 'well' && w !== 'be' && w !== 'have' && !hasGrammarRole(w) && !states.has(w);
}

/** Is the modal's clause what someone believes, doubts, fears or hopes, or a possibility named
 *  ("some believe he could replicate it", "worried that Trump could gain legitimacy", "the
 *  possibility that lawmakers could find a way")? Then it weighs a likelihood, even of an act. */
const isWeighed = (tokens: readonly Token[], i: number) =>
  findBehind(tokens, i, 8, (w) => VERB_LEMMAS.has(w) || NOUNS.has(w) || inClass('possibility-governor', w)) >= 0;

/** The shape the rule reads, whatever the modal: an act done by someone who acts, in a clause no
 *  one weighs. `bodies`, `states`: the lexicons (its script passes the classes it is about to
 *  write, and counts this shape in the labelled corpora to decide option-modals.txt). */
export function isAgentAct(tokens: readonly Token[], i: number, bodies: ReadonlySet<string> = BODY_NOUNS, states: ReadonlySet<string> = STATE_VERBS): boolean {
  // A capitalised modal inside a sentence is a headline's ("Move Could Backfire"): its subject
  // cannot be told from its capitals.
  if (isCapitalised(tokens[i]) && i > 0 && tokens[i - 1].word) return false;
  const v = modalVerbIndex(tokens, i);
  return v >= 0 && isActVerb(tokens[v].lower, states) && hasAgentSubject(tokens, i, bodies) && !isWeighed(tokens, i);
}

/** The modal at `i` (one of option-modals.txt) with an act done by someone who acts: an option or
 *  an ability, not a likelihood. */
export const isAgentOption = (tokens: readonly Token[], i: number): boolean => OPTION_MODALS.has(tokens[i].lower) && isAgentAct(tokens, i);
