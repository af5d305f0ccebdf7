// Open questions about reported facts: "it is unclear who else was involved", "it remains
// unknown", "there is no evidence that". A question about what will happen ("it is unclear
// whether Democrats will win", "it remains to be seen") is not a caveat on the reporting.
import { inClass } from '../lexicon';
import type { CaveatRule, CaveatMatch } from '../rule';
import { blockerBefore, clauseStart, endsClause, findAfter, findBefore, isNegation, phraseAnchor, skipAdverbs, skipAdverbsBack, span, speaksOfFuture, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'open-question', cues: [span(v, a, b)] });
const isFact = (w: string) => inClass('claim-noun', w) || inClass('data-noun', w) || inClass('fact-noun', w);

/** The words of "unclear" that are predicates of a question whatever follows them. */
const OPEN_WORDS: ReadonlySet<string> = new Set(['unclear', 'unknown']);

/** After the cue at `i`: the index of a wh-word or "that" opening the question, or -1. A short
 *  phrase saying where the answer was sought may stand between ("not clear from the documents
 *  whether", "unknown at this point how many"); "clear to me why" is the speaker's view. */
function questionAfter(v: View, i: number, overPhrase = false): number {
  let k = skipAdverbs(v, i + 1);
  // "no way to know for sure how many"
  if (v.w(k) === 'for' && (v.w(k + 1) === 'sure' || v.w(k + 1) === 'certain')) k = skipAdverbs(v, k + 2);
  if (overPhrase && inClass('source-preposition', v.w(k))) {
    const wh = findAfter(v, k, 5, (w) => inClass('wh', w));
    if (wh !== -1) k = wh;
  }
  return inClass('wh', v.w(k)) || v.w(k) === 'that' ? k : -1;
}

/** "unclear", "unknown": an open question when predicated ("remains unclear") or asked ("unclear who"). */
function unclear(v: View, i: number): CaveatMatch | null {
  const q = questionAfter(v, i, true);
  if (q !== -1) return speaksOfFuture(v, q + 1) ? null : found(v, i, q);
  // "uncertain" alone is nearly always about outcomes ("the outcome is uncertain")
  if (v.w(i) === 'uncertain') return null;
  // the question further on: "unclear, though, whether he would accept", "unclear to him how the
  // plan would work", "unclear as to who would win" ask about what will happen
  if (futureQuestionAfter(v, i)) return null;
  // "obscure", "murky", "unexplained" also qualify nouns ("an obscure figure"): only at a clause end
  if (!OPEN_WORDS.has(v.w(i)) && !endsClause(v.w(i + 1))) return null;
  const be = findBefore(v, i, 2, (w) => inClass('be', w));
  // "How the market will react remains unclear" asks about the future from the subject.
  if (be === -1 || speaksOfFuture(v, clauseStart(v, be), be)) return null;
  return found(v, be, i);
}

/** A wh-word within a few words after `i` (across an aside or "to him", "as to") whose question is
 *  about the future. */
function futureQuestionAfter(v: View, i: number): boolean {
  for (let j = i + 1; j < v.length && j <= i + 6; j++) {
    const w = v.w(j);
    if (w === '.' || w === ';' || w === '?') return false;
    if (inClass('wh', w)) return speaksOfFuture(v, j + 1);
  }
  return false;
}

/** "not clear whether", "isn't known who", "not immediately clear that". */
function notClear(v: View, i: number): CaveatMatch | null {
  const neg = findBefore(v, i, 3, isNegation);
  // "it couldn't be more clear" is emphasis
  // "without a clear plan": the adjective of a noun, no predicate of a question
  if (neg === -1 || v.w(i - 1) === 'more' || inClass('determiner', v.w(i - 1))) return null;
  const q = questionAfter(v, i, true);
  if (q !== -1) return speaksOfFuture(v, q + 1) ? null : found(v, neg, q);
  return endsClause(v.w(i + 1)) && !futureQuestionAfter(v, i) ? found(v, neg, i) : null;
}

/** "unable to determine which", "too early to know whether", "impossible to say if". */
function cannotFindOut(v: View, i: number): CaveatMatch | null {
  // "there is no way to know how many", "no way of knowing whether"
  const noWay = (v.w(i - 1) === 'to' || v.w(i - 1) === 'of') && v.w(i - 2) === 'way' && v.w(i - 3) === 'no';
  // "could not determine whether", "couldn't establish who"; a bare "did not know" is no inability
  const prev = v.w(i - 1);
  const couldNot = (prev === 'not' && (v.w(i - 2) === 'could' || v.w(i - 2) === 'can')) || prev === 'cannot' || prev === "couldn't" || prev === "can't";
  if (prev !== 'to' && !noWay && !couldNot) return null;
  // "unable to", "not able to", "not possible to", "has yet to", "too early to", "hard for outsiders to"
  let blocker = noWay ? i - 3 : blockerBefore(v, i);
  if (blocker === -1 && prev === 'to') blocker = findBefore(v, i - 1, 3, (w) => inClass('find-out-blocker', w) || w === 'cannot');
  if (blocker === -1) return null;
  // "I can't say whether": the speaker's own opinion, and a refusal at most
  if (couldNot && (v.w(blocker - 1) === 'i' || v.w(blocker - 1) === 'you' || v.w(i) === 'say')) return null;
  // "there is no way to know for sure.": the question is the one just reported
  if (noWay && endsClause(v.w(v.w(i + 1) === 'for' ? i + 3 : i + 1))) return found(v, blocker, i);
  const q = questionAfter(v, i);
  // "refused to say that Jerusalem should be the capital" withholds a stance, not a fact
  if (q !== -1 && !(v.w(q) === 'that' && (v.w(i) === 'say' || v.w(i) === 'tell'))) return speaksOfFuture(v, q + 1) ? null : found(v, blocker, i);
  // "impossible to know the precise source of the loss", "difficult to assess the group's claims":
  // a fact or a claim as object, not "hard to say goodbye"
  if (v.w(i) === 'say' || v.w(i) === 'tell') return null;
  const what = findAfter(v, i, 5, isFact);
  if (what !== -1) return !speaksOfFuture(v, i + 1, what + 1) ? found(v, blocker, what) : null;
  // "the exact toll is difficult to determine.": the fact is the subject
  // "the claims are hard to check independently", "... impossible to check because reporters are barred"
  const after = v.w(skipAdverbs(v, i + 1));
  const subject = endsClause(after) || after === 'because' ? findBefore(v, blocker, 6, isFact) : -1;
  return subject !== -1 ? found(v, blocker, i) : null;
}

/** "we will never know why", "we may never learn who", "we'll never know", "nobody knows exactly what". */
function neverKnown(v: View, i: number): CaveatMatch | null {
  let never = findBefore(v, i, 2, (w) => w === 'never');
  // "nobody knows" needs its question: "stories that nobody knows" know of things, not facts
  const nobody = v.w(i - 1) === 'nobody' ? i - 1 : v.w(i - 1) === 'one' && v.w(i - 2) === 'no' ? i - 2 : -1;
  // "one never knows" is a saying; "knows" counts after "nobody" only
  if (v.w(i) === 'knows') never = -1;
  if (never === -1 && nobody === -1) return null;
  if (never === -1) {
    never = nobody;
    if (!inClass('wh', v.w(skipAdverbs(v, i + 1)))) return null; // "nobody knows that better than I"
  } else if (endsClause(v.w(i + 1))) return found(v, never, i);
  const q = questionAfter(v, i);
  if (q === -1 || v.w(q + 1) === 'to' || speaksOfFuture(v, q + 1)) return null;
  return found(v, never, q);
}

/** Research that "found no evidence of a boost", "tests showed no evidence of doping": a study's
 *  negative result is its finding, reported as such, not a doubt about a claim. */
function researchResult(v: View, neg: number): boolean {
  const find = skipAdverbsBack(v, neg - 1);
  if (!['found', 'find', 'finds', 'showed', 'shows', 'show', 'revealed'].includes(v.w(find))) return false;
  return findBefore(v, find, 8, (w) => (inClass('research-noun', w) && w !== 'investigation' && w !== 'evidence') || w === 'researchers' || w === 'scientists' || w === 'paper') !== -1;
}

/** "no evidence that", "did not provide evidence", "there is no direct indication that". */
function noEvidence(v: View, i: number): CaveatMatch | null {
  const bare = unsupported(v, i);
  if (bare) return bare;
  // "no evidence", "no direct evidence", "lack of evidence"; not "without examining the evidence"
  let neg = findBefore(v, i, 2, (w) => inClass('evidence-blocker', w));
  if (neg === -1 && v.w(i - 1) === 'of') neg = findBefore(v, i - 1, 1, (w) => inClass('evidence-blocker', w));
  // "did not provide specific evidence", "has not seen any evidence"; not "did not require proof"
  if (neg === -1) {
    const show = findBefore(v, i, 3, (w) => inClass('show-verb', w));
    if (show !== -1) neg = findBefore(v, show, 2, isNegation);
  }
  if (neg === -1) return null;
  if (researchResult(v, neg)) return null;
  const q = findAfter(v, i, 3, (w) => w === 'that' || w === 'whether');
  if (q !== -1 && speaksOfFuture(v, q + 1)) return null;
  return found(v, neg, i);
}

/** "not a matter of public record", "have not been made public", "not publicly disclosed". */
function notPublic(v: View, i: number): CaveatMatch | null {
  let end = -1;
  if (v.w(i) === 'public') {
    if (inClass('public-noun', v.w(i + 1))) end = i + 1;
    else if (inClass('make', v.w(i - 1))) end = i;
  } else if (inClass('undisclosed-participle', v.w(i + 1))) end = i + 1;
  else if (inClass('undisclosed-participle', v.w(i - 1))) end = i;
  if (end === -1) return null;
  const neg = findBefore(v, i, 4, (w) => isNegation(w) || inClass('withheld', w));
  return neg !== -1 ? found(v, neg, end) : null;
}

/** "Police have not yet determined the cause", "has not established who": a fact still sought. */
function notYetFound(v: View, i: number): CaveatMatch | null {
  const aux = skipAdverbsBack(v, i - 1);
  // active only: the passive ("has not been established") is read by the verification rule
  if (inClass('be', v.w(aux)) || inClass('be-passive', v.w(aux))) return null;
  const blocker = blockerBefore(v, i);
  if (blocker === -1) return null;
  const q = questionAfter(v, i);
  if (q !== -1 && v.w(q) !== 'that') return speaksOfFuture(v, q + 1) ? null : found(v, blocker, q);
  const what = findAfter(v, i, 4, isFact);
  return what !== -1 ? found(v, blocker, what) : null;
}

/** "is still not fully understood", "remains poorly understood"; not "it is understood that". */
function notUnderstood(v: View, i: number): CaveatMatch | null {
  const prev = skipAdverbsBack(v, i - 1);
  if (inClass('little-known', v.w(i - 1)) && inClass('be', v.w(skipAdverbsBack(v, i - 2)))) return found(v, i - 1, i);
  if (!isNegation(v.w(prev)) && !inClass('be', v.w(prev))) return null;
  const blocker = blockerBefore(v, i);
  return blocker !== -1 ? found(v, blocker, i) : null;
}

/** "not supported by any evidence", "unsupported by evidence": a claim with nothing behind it. */
function unsupported(v: View, i: number): CaveatMatch | null {
  const by = findBefore(v, i, 3, (w) => w === 'by');
  if (by === -1) return null;
  const support = v.w(by - 1);
  if (support === 'unsupported') return found(v, by - 1, i);
  if (!inClass('support', support)) return null;
  const blocker = blockerBefore(v, by - 1);
  return blocker !== -1 ? found(v, blocker, i) : null;
}

/** "But the evidence for that claim is thin", "the proof offered was flimsy": a claim with little behind it. */
function weakEvidence(v: View, i: number): CaveatMatch | null {
  const be = skipAdverbsBack(v, i - 1);
  if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
  // the evidence is the subject of the predicate ("he is thin" describes a person)
  const evidence = findBefore(v, be, 8, (w) => inClass('evidence', w) || w === 'case' || w === 'support' || w === 'basis');
  return evidence !== -1 ? found(v, evidence, i) : null;
}

/** "Little is known about his motives", "not much is known about the group". */
function littleKnown(v: View, i: number): CaveatMatch | null {
  const be = skipAdverbsBack(v, i - 1);
  if (!inClass('be', v.w(be))) return null;
  const w = v.w(be - 1);
  if (!(w === 'little' || w === 'nothing' || (w === 'much' && isNegation(v.w(be - 2))))) return null;
  const start = w === 'much' ? be - 2 : be - 1;
  // the clause opens there ("very little is known"), and the unknown is a fact, not a future
  if (clauseStart(v, start) < start - 1) return null;
  return speaksOfFuture(v, i + 1) ? null : found(v, start, i);
}

export const openQuestion: CaveatRule = {
  id: 'open-question',
  anchors: [
    { classes: ['unclear'], match: unclear },
    { classes: ['knowable'], match: notClear },
    { classes: ['find-out'], words: ['knowing'], match: cannotFindOut },
    { classes: ['never-know'], match: neverKnown },
    { classes: ['evidence'], match: noEvidence },
    { classes: ['weak-evidence'], match: weakEvidence },
    { classes: [], words: ['known'], match: littleKnown },
    // "found no record of the class", "there is no record that he served": the claim has no trace
    {
      classes: [],
      words: ['record', 'records'],
      match(v, i) {
        if (v.w(i + 1) !== 'of' && v.w(i + 1) !== 'that') return null;
        const no = findBefore(v, i, 2, (w) => w === 'no');
        if (no !== -1) return found(v, no, i);
        // "could not find any record of the event"
        const find = v.w(i - 1) === 'any' ? skipAdverbsBack(v, i - 2) : -1;
        const neg = find !== -1 && (v.w(find) === 'find' || v.w(find) === 'found') ? blockerBefore(v, find) : -1;
        return neg !== -1 ? found(v, neg, i) : null;
      },
    },
    {
      // "is not supported by the data", "was not borne out by the facts": a claim the record does
      // not bear ("not supported by evidence" is read at "evidence")
      classes: ['support'],
      match(v, i) {
        const by = v.w(i + 1) === 'by' ? i + 1 : v.w(i + 1) === 'out' && v.w(i + 2) === 'by' ? i + 2 : -1;
        if (by === -1) return null;
        const what = findAfter(v, by, 3, (w) => inClass('data-noun', w) || w === 'facts' || w === 'fact' || w === 'record');
        const neg = what !== -1 ? blockerBefore(v, i) : -1;
        return neg !== -1 ? found(v, neg, what) : null;
      },
    },
    { classes: ['public'], match: notPublic },
    // "police have not identified a motive" (a fact as object; "not identified the man" withholds a name)
    { classes: [], words: ['determined', 'established', 'ascertained', 'identified'], match: notYetFound },
    { classes: [], words: ['understood'], match: notUnderstood },
    {
      // "The motive remains a mystery", "why he left is still a mystery"; not "a mystery novel",
      // "it's no mystery why"
      classes: [],
      words: ['mystery'],
      match(v, i) {
        const a = skipAdverbsBack(v, i - 1);
        if (v.w(a) !== 'a') return null;
        const be = skipAdverbsBack(v, a - 1);
        return inClass('be', v.w(be)) && !isNegation(v.w(be - 1)) ? found(v, be, i) : null;
      },
    },
    {
      // "There are still many unknowns about the outbreak", "unknowns remain"; not "unknowns about
      // what the court will decide"
      classes: [],
      words: ['unknowns'],
      match(v, i) {
        const next = v.w(i + 1);
        const open = next === 'about' || next === 'remain' || next === 'remained' || next === 'surrounding' || inClass('be', v.w(skipAdverbsBack(v, findBefore(v, i, 4, (w) => inClass('be', w)))));
        return open && !speaksOfFuture(v, i + 1) ? found(v, i, i) : null;
      },
    },
    {
      // "Questions remain about the timing of the raid"; not "questions remain about whether he will run"
      classes: [],
      words: ['questions'],
      match(v, i) {
        if (!['remain', 'remained', 'linger', 'lingered', 'persist', 'persisted'].includes(v.w(i + 1))) return null;
        const next = v.w(i + 2);
        if (!endsClause(next) && !['about', 'over', 'as', 'whether', 'on', 'regarding'].includes(next)) return null;
        return speaksOfFuture(v, i + 2) ? null : found(v, i, i + 1);
      },
    },
    phraseAnchor('open-question'),
  ],
};
