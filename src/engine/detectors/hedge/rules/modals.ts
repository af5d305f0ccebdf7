// hedge/modal: "may", "might" and "could" when they weigh the likelihood of a claim ("the video
// may have been staged") — not the month May, ability ("could not attend", "so that he could
// leave"), permission or a wish ("may God bless"). "should" counts only when it predicts an
// outcome ("sales should rise"), not a duty ("he should resign"). "would" is left alone: in news
// it mostly reports a future ("he said he would go"), which the guidelines exclude.
import type { Token } from '../../../document';
import { findAhead, findBehind, firstWordIndex, isBreak, isCapitalised, isNumber, wordAt } from '../context';
import { inClass } from '../lexicon';
import type { CueMatch, HedgeRule } from '../rule';
import { isAgentOption } from './agent-option';

/** The modal, plus a following "have"/"be" so the cue reads "may have", "could be". */
function modalCue(tokens: readonly Token[], i: number): CueMatch {
  const next = wordAt(tokens, i, 1);
  const to = next === 'have' || next === 'be' || next === 'well' ? i + 1 : i;
  return { from: i, to, rule: 'modal' };
}

/** "May" the month (or a name: "Theresa May", "Brian May") rather than the modal. */
function isMonthOrName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (isNumber(next)) return true; // "May 5", "May 2009"
  if (inClass('month-context', wordAt(tokens, i, -1)) && (isCapitalised(t) || isBreak(tokens, i, 1))) return true;
  if (!isCapitalised(t)) return false;
  // A capitalised "May" inside a sentence is a month or a name; at its start it is the modal
  // only if a verb form follows ("May be", "May have").
  if (i !== firstWordIndex(tokens)) return true;
  const nextWord = wordAt(tokens, i, 1);
  return !(inClass('be', nextWord) || inClass('have', nextWord) || inClass('negation', nextWord) || nextWord === 'also' || nextWord === 'well');
}

/** "may God forgive him", "and may the Force be with you": a wish, at the start of a clause. */
function isWish(tokens: readonly Token[], i: number): boolean {
  if (!isBreak(tokens, i, -1) && !inClass('clause-joiner', wordAt(tokens, i, -1))) return false;
  const next = tokens[i + 1];
  return !!next && next.word && (isCapitalised(next) || inClass('determiner', next.lower));
}

/** "may we say", "could you help", "might I ask": the subject after the modal makes a wish, a
 *  request or a question, not a statement of likelihood. */
const isInverted = (tokens: readonly Token[], i: number) => inClass('inverted-subject', wordAt(tokens, i, 1));

/** "could"/"may" of what a rule or the law permits (GUIDELINES.md, conventions: modals): "up to
 *  5 million people could be eligible", "which could result in a prison term of five years". */
function isAllowed(tokens: readonly Token[], i: number): boolean {
  const next = wordAt(tokens, i, 1);
  if (next === 'be' && inClass('permission-adjective', wordAt(tokens, i, 2))) return true;
  return inClass('penalty-verb', next) && findAhead(tokens, i + 1, 6, (w) => inClass('penalty', w)) >= 0;
}

/** "may" of permission or prohibition: "players may bid", "users may download the client", "this
 *  material may not be published" (an act forbidden, as in isActParticiple), not "the figures may
 *  not be reliable" or "voters may be tired". */
function mayIsPermission(tokens: readonly Token[], i: number): boolean {
  if (isAllowed(tokens, i)) return true;
  const next = wordAt(tokens, i, 1);
  if (inClass('negation', next)) return wordAt(tokens, i, 2) === 'be' && isActParticiple(wordAt(tokens, i, 3));
  return inClass('permission-holder', wordAt(tokens, i, -1)) && !!next && !inClass('be', next) && !inClass('have', next);
}

/** "you might want to wait", "the board may wish to reconsider", "he might do well to listen":
 *  advice or a wish put politely, not a likelihood (GUIDELINES.md, conventions: "would like"). */
function isAdvice(tokens: readonly Token[], i: number): boolean {
  let k = 1;
  const first = wordAt(tokens, i, 1);
  if (first === 'just' || (first && first.length > 4 && first.endsWith('ly'))) k = 2;
  const verb = wordAt(tokens, i, k);
  if (verb === 'do') return wordAt(tokens, i, k + 1) === 'well' && wordAt(tokens, i, k + 2) === 'to';
  return inClass('advice-verb', verb) && wordAt(tokens, i, k + 1) === 'to';
}

/** "I wish I could", "she wished the ferry might wait": after a verb of wishing the modal is
 *  counterfactual, no likelihood (GUIDELINES.md, conventions: counterfactuals). */
const afterWish = (tokens: readonly Token[], i: number) => findBehind(tokens, i, 6, (w) => inClass('wish-verb', w)) >= 0;

/** "whatever the case may be", "as the case might be", "come what may", "be that as it may", "try
 *  as they might": a concessive idiom ends its clause on the modal (and "be"), granting any case
 *  rather than weighing one (GUIDELINES.md, conventions: modals count only of a likelihood). */
function isConcessive(tokens: readonly Token[], i: number): boolean {
  const end = wordAt(tokens, i, 1) === 'be' ? i + 1 : i;
  if (tokens[end + 1]?.word) return false;
  return findBehind(tokens, i, 3, (w) => inClass('concessive-opener', w)) >= 0;
}

export const may: HedgeRule = {
  words: ['may'],
  match: (tokens, i) =>
    isMonthOrName(tokens, i) || isWish(tokens, i) || isInverted(tokens, i) || mayIsPermission(tokens, i) || isAdvice(tokens, i) || isAgentOption(tokens, i) || isConcessive(tokens, i)
      ? null
      : modalCue(tokens, i),
};

export const might: HedgeRule = {
  words: ['might'],
  // "military might", "with all their might": the noun.
  match: (tokens, i) => {
    if (inClass('might-noun-context', wordAt(tokens, i, -1)) || isInverted(tokens, i)) return null;
    if (isAdvice(tokens, i) || afterWish(tokens, i) || isAgentOption(tokens, i) || isConcessive(tokens, i)) return null;
    return modalCue(tokens, i);
  },
};

/** "everything we could", "all she could do was shout", "nothing anyone could have done", "the
 *  best they could", "as many as she could": the modal's object is the extent of what its subject
 *  is able to do, an ability (GUIDELINES.md, conventions: modals). The head is followed by a short
 *  subject ("everything we could"); a head that is itself the subject ("everything could change",
 *  "all the files could be lost", "much of it could flood") keeps the likelihood. */
function isExtentOfAbility(tokens: readonly Token[], i: number): boolean {
  const prev = wordAt(tokens, i, -1);
  if (!prev || prev === 'that' || prev === 'which' || prev === 'who') return false;
  // "as many men as she could", "as soon as they could"
  const as = findBehind(tokens, i, 3, (w) => w === 'as');
  if (as >= 0 && as < i - 1 && findBehind(tokens, as, 3, (w) => w === 'as') >= 0) return true;
  // "the greatest president you could imagine", "the longest delay they could bear": a superlative
  // head, then its noun, then a pronoun subject.
  if (inClass('subject-pronoun', prev) && prev !== 'it' && prev !== 'who') {
    const sup = findBehind(tokens, i - 1, 4, (w) => w.length > 4 && w.endsWith('est'));
    if (sup > 0 && wordAt(tokens, sup, -1) === 'the') return true;
  }
  const head = findBehind(tokens, i, 5, (w) => inClass('extent-head', w));
  if (head < 0 || head >= i - 1) return false;
  const subject = tokens[head + 1];
  const s = subject.lower;
  if (s === 'of' || (inClass('determiner', s) && !inClass('subject-pronoun', s))) return false;
  return inClass('subject-pronoun', s) || inClass('generic-subject', s) || isCapitalised(subject);
}

/** Is "could" at `i` inside a clause of purpose or proviso ("so that ...", "provided ...") opened
 *  within the last few words, with no punctuation in between? */
function opensPurposeClause(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= i - 8 && j >= 0; j--) {
    const t = tokens[j];
    if (!t.word) return false;
    if (inClass('purpose-context', t.lower) || (t.lower === 'that' && wordAt(tokens, j, -1) === 'so')) return true;
  }
  return false;
}

/** A past participle of an act ("deployed", "made", "done", "scaled"), not of a state. */
function isActParticiple(word: string | undefined): boolean {
  if (!word || word.length < 4 || inClass('stative-participle', word)) return false;
  return word.endsWith('ed') || IRREGULAR_PARTICIPLE.test(word);
}
// Irregular participles of acts: "done", "made", "taken", "given", "brought", "sold", "built".
const IRREGULAR_PARTICIPLE = /^(done|made|taken|given|brought|sold|built|sent|won|held|kept|paid|put|set|shown|thrown|chosen|driven|drawn|grown|known|written|spent|struck|caught|taught|fought|bought|found|met|lost|shut|cut|beaten|broken|stolen|frozen|forgotten|hidden|ridden|overturned)$/;

/** Does the sentence set a condition ("if convicted", "if you could find it"), not "as if",
 *  "even if" or "asked if"? */
function hasCondition(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].lower === 'if' && !inClass('not-condition', wordAt(tokens, k, -1))) return true;
  return false;
}

/** "could" of ability or capacity rather than likelihood. */
function couldIsAbility(tokens: readonly Token[], i: number): boolean {
  const next = wordAt(tokens, i, 1);
  // "could not attend", "could never", "could not be clearer", "could n't be reached"
  if (inClass('negation', next)) return true;
  // "could be reached for comment", "could be seen trudging", "could see the coast"
  if (next === 'be' && inClass('ability-verb', wordAt(tokens, i, 2))) return true;
  if (inClass('perception', next)) return true;
  // "so he could", "before they could", "asked whether she could"; but ", so the deal could
  // fail" gives a consequence, a likelihood.
  const context = findBehind(tokens, i, 3, (w) => inClass('ability-context', w));
  if (context >= 0 && !(tokens[context].lower === 'so' && isBreak(tokens, context, -1) && wordAt(tokens, context, 1) !== 'that')) return true;
  // A clause of purpose or proviso states what was made possible, whatever the length of its
  // subject: "so that the senator from Florida could", "provided the northern border could be".
  if (opensPurposeClause(tokens, i)) return true;
  // "could be deployed", "an appeal could be made": the passive of an act says what
  // circumstances allow (GUIDELINES.md, conventions: modals). A state stays a likelihood ("could
  // be linked to"), and so does a view ("could be seen as").
  if (next === 'be' && isActParticiple(wordAt(tokens, i, 2)) && wordAt(tokens, i, 3) !== 'as') return true;
  // "if convicted, he could face decades in jail", "could fill volumes, if you could find them":
  // beside a condition, "could" says what the condition would allow (GUIDELINES.md, conventions).
  if (hasCondition(tokens)) return true;
  if (isAllowed(tokens, i)) return true;
  if (isExtentOfAbility(tokens, i) || afterWish(tokens, i)) return true;
  // "NASA could use the landers", "she could take a hard line": an act open to someone who acts
  // (agent-option.ts; its verbs and modals are counted from data).
  if (isAgentOption(tokens, i)) return true;
  // "one could argue", "no one could doubt": a generic subject makes it a way of putting things,
  // an option open to anyone, not the likelihood of a claim.
  return inClass('generic-subject', wordAt(tokens, i, -1));
}

export const could: HedgeRule = {
  words: ['could'],
  match: (tokens, i) => (couldIsAbility(tokens, i) || isInverted(tokens, i) ? null : modalCue(tokens, i)),
};

export const should: HedgeRule = {
  words: ['should'],
  match: (tokens, i) => {
    // "should not face", "should n't hurt": the prediction may be negated.
    const k = inClass('negation', wordAt(tokens, i, 1)) ? 2 : 1;
    return inClass('outcome-verb', wordAt(tokens, i, k)) ? { from: i, to: i, rule: 'modal' } : null;
  },
};
