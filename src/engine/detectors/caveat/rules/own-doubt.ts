// A speaker's own doubt about a fact (issue 7; GUIDELINES.md §3, open questions): "I don't know
// whether they ever met", "we're not sure that figure is right", "I have no idea who sent it". The
// speaker, quoted or writing, says a fact the story touches is not established. Not a question
// about what will happen ("I don't know whether I will play", conventions), not a choice ("not sure
// what to do"), not a plain opinion ("I'm not sure it matters"). Quoted politicians say "I don't
// know if ..." as rhetoric ("I don't know if he realizes how brilliant this is", "if there's a
// whiter state"): over PolNeAR most such findings were no caveat, so the question must be of a past
// fact (a past verb, "ever") or of truth ("that's accurate"), asked in the present.
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { endsClause, isNegation, skipAdverbs, skipAdverbsBack, span, speaksOfFuture, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'open-question', cues: [span(v, a, b)] });

/** Words between the speaker and the negation that say how sure the speaker is ("I honestly
 *  don't know", "we really are not sure", "not entirely sure", "not 100 percent sure"). */
const HOW: ReadonlySet<string> = new Set(['so', 'quite', 'too', 'really', 'honestly', 'frankly', 'truly', 'totally', 'entirely', 'completely', 'absolutely', '100', 'percent', 'all', 'that']);
const skipHow = (v: View, i: number): number => {
  let j = skipAdverbsBack(v, i);
  while (j >= 0 && HOW.has(v.w(j))) j = skipAdverbsBack(v, j - 1);
  return j;
};

/** The index of the first-person subject of the verb group ending before `i` ("I don't", "we do
 *  not", "I'm not", "we are not"), or -1. */
function speaker(v: View, neg: number): number {
  let j = skipHow(v, neg - 1);
  const w = v.w(j);
  if (inClass('first-person', w)) return j;
  // "I do not", "we did not", "I am not", "we were not"
  if (['do', 'did', 'am', 'are', 'was', 'were'].includes(w) || isNegation(w)) j = skipHow(v, j - 1);
  return inClass('first-person', v.w(j)) ? j : -1;
}

/** Past forms that make a complement a fact of the story ("whether they ever met", "who sent it"),
 *  beside every "-ed" form; not the speaker's view of the present ("if there's a whiter state", "if
 *  it was cathartic", "what she was thinking"). */
const PAST: ReadonlySet<string> = new Set([
  'did', 'met', 'took', 'saw', 'said', 'sent', 'wrote', 'made', 'gave', 'went', 'came', 'began', 'got', 'paid', 'told',
  'found', 'brought', 'bought', 'spent', 'left', 'won', 'lost', 'ran', 'held', 'kept', 'sold', 'stole', 'broke', 'drove',
  'flew', 'fell', 'knew', 'ever', 'shot', 'hit', 'hid', 'built', 'written', 'taken', 'given', 'seen', 'done',
]);
const MIND: ReadonlySet<string> = new Set(['thinking', 'thought', 'thinks', 'realize', 'realizes', 'realise', 'realises', 'realized', 'realised', 'understands', 'believes', 'intended', 'wanted', 'meant', 'felt']);

/** Does the complement from `q` tell of a past fact or call something true ("whether they ever
 *  met", "that's accurate", "the numbers are right")? Up to the clause's end, at most 10 words. */
function factComplement(v: View, q: number): number {
  for (let j = q; j < v.length && j < q + 10 && !endsClause(v.w(j)); j++) {
    const w = v.w(j);
    if (MIND.has(w)) return -1;
    if (PAST.has(w) || (w.length > 4 && w.endsWith('ed'))) return j;
    // truth predicated ("the figures are accurate", "that's right"), not "her real position"
    if (inClass('truth-word', w) && inClass('be', v.w(skipAdverbsBack(v, j - 1)))) return j;
  }
  return -1;
}

/** After the doubt word at `i`: the index of a question about a fact ("whether he was paid", "who
 *  fired first", "that's accurate", or a bare "the meeting took place"), or -1 for a choice ("what
 *  to do"), the future, the speaker's own mind or a view of the present. */
function factQuestion(v: View, i: number): number {
  const q = skipAdverbs(v, i + 1);
  const w = v.w(q);
  if (endsClause(w)) return -1;
  // "I don't know that there's much she's done": a politician's denial by understatement; "that"
  // opens a doubt after "not sure" only
  const asked = inClass('wh', w) || ((w === 'that' || w === "that's") && v.w(i) !== 'know');
  // "what to do", "how to cook": a choice, not a fact
  if (asked && (v.w(q + 1) === 'to' || (v.w(q + 1) === 'exactly' && v.w(q + 2) === 'to'))) return -1;
  // "whether I will play", "what next season will bring", "why I would"
  if (speaksOfFuture(v, asked ? q + 1 : q)) return -1;
  // "I don't know him", "I don't know there's much she's done": knowing takes a question
  if (!asked && v.w(i) === 'know') return -1;
  // "why I did it", "what you heard": the speakers' or the listener's own doings
  const subject = v.w(asked ? q + 1 : q);
  if (inClass('first-person', subject) || subject === "i'd" || subject === 'you' || subject === "you're") return -1;
  return factComplement(v, asked ? q + 1 : q) !== -1 ? q : -1;
}

/** "I don't know whether", "we still do not know who", "I honestly didn't know if". */
function dontKnow(v: View, i: number): CaveatMatch | null {
  const neg = skipHow(v, i - 1);
  // present ignorance only: "I didn't know what was going on" tells the speaker's story
  if (!isNegation(v.w(neg)) || v.w(neg) === 'without' || v.w(neg) === "didn't" || v.w(skipHow(v, neg - 1)) === 'did') return null;
  const who = speaker(v, neg);
  if (who === -1) return null;
  const q = factQuestion(v, i);
  return q !== -1 ? found(v, who, q) : null;
}

/** "I'm not sure that's accurate", "we are not certain whether", "I'm not convinced the numbers are right". */
function notSure(v: View, i: number): CaveatMatch | null {
  const neg = skipHow(v, i - 1);
  if (v.w(neg) !== 'not' && v.w(neg) !== 'never') return null;
  const who = speaker(v, neg);
  if (who === -1) return null;
  const q = factQuestion(v, i);
  return q !== -1 ? found(v, who, q) : null;
}

/** "I have no idea whether", "we had no idea who", "I've no idea if". */
function noIdea(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'no') return null;
  let who = i - 2;
  if (inClass('have', v.w(who))) who = skipHow(v, who - 1);
  if (!inClass('first-person', v.w(who)) || (v.w(who) !== "i've" && v.w(who) !== "we've" && !inClass('have', v.w(who + 1)))) return null;
  const q = factQuestion(v, i);
  return q !== -1 ? found(v, who, q) : null;
}

export const ownDoubt: CaveatRule = {
  id: 'open-question',
  anchors: [
    { classes: [], words: ['know'], match: dontKnow },
    { classes: ['sure'], match: notSure },
    { classes: [], words: ['idea'], match: noIdea },
  ],
};
