// Facts still being looked into or left unexplained (issue 7; GUIDELINES.md §3, open questions):
// "what caused the outage is still being investigated", "the cause of the crash remains under
// investigation", "why the plane turned back has not been explained", "no explanation was given for
// the closure". An investigation reported in the active ("the FBI is looking into whether she
// broke the law") reports what a party does, and the news gold leaves it alone. The fact must be the thing looked
// into: a cause, an origin, a motive, a claim, or a question opening the sentence; "the company is
// being investigated" reports a probe of a party, "the rules were explained" no open fact.
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { blockerBefore, endsClause, findBefore, questionSubject, skipAdverbs, skipAdverbsBack, span, speaksOfFuture, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'open-question', cues: [span(v, a, b)] });

/** Facts whose looking-into leaves them open: the cause, origin or motive of an event, and claims. */
const OPEN_FACT: ReadonlySet<string> = new Set([
  'cause', 'causes', 'origin', 'origins', 'circumstances', 'motive', 'motives', 'reason', 'reasons', 'identity', 'trigger',
  'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations',
]);

/** The start of the subject of the verb group at `at` when it is an open fact ("the cause of the
 *  blaze", "the allegations against him") or a question ("what caused the outage", "exactly how
 *  the prisoner escaped"); -1 otherwise. */
function factSubject(v: View, at: number): number {
  if (questionSubject(v, at)) return 0;
  const fact = findBefore(v, at, 6, (w) => OPEN_FACT.has(w));
  if (fact !== -1) return fact;
  // "the source of the leak", not "a source said"
  const source = findBefore(v, at, 6, (w) => w === 'source');
  return source !== -1 && v.w(source + 1) === 'of' ? source : -1;
}

/** The auxiliary opening a passive or a "remains under" before `i`, or -1: "is being", "has been",
 *  "remains", "are still". */
function passiveBe(v: View, i: number): number {
  let j = skipAdverbsBack(v, i - 1);
  if (v.w(j) === 'being' || v.w(j) === 'been') j = skipAdverbsBack(v, j - 1);
  return inClass('be', v.w(j)) || inClass('be-passive', v.w(j)) || inClass('have', v.w(j)) ? j : -1;
}

/** "is still being investigated", "is being looked into", "remains under investigation". */
function beingInvestigated(v: View, i: number): CaveatMatch | null {
  let end = i;
  if (v.w(i) === 'investigation') {
    if (v.w(i - 1) !== 'under') return null;
    i -= 1;
  } else if (v.w(i) === 'looked') {
    if (v.w(i + 1) !== 'into') return null;
    end = i + 1;
  }
  const be = passiveBe(v, i);
  if (be === -1 || inClass('have', v.w(be))) return null;
  return factSubject(v, be) !== -1 ? found(v, be, end) : null;
}

/** "Why the plane changed course has not been explained", "it has not been explained why". */
function notExplained(v: View, i: number): CaveatMatch | null {
  const before = skipAdverbsBack(v, i - 1);
  if (v.w(before) !== 'been' && v.w(before) !== 'be' && !inClass('be', v.w(before))) return null;
  const blocker = blockerBefore(v, i);
  if (blocker === -1) return null;
  if (factSubject(v, blocker) !== -1) return found(v, blocker, i);
  // "it has not been explained why the vote was delayed"
  const q = skipAdverbs(v, i + 1);
  const it = skipAdverbsBack(v, blocker - 1);
  return v.w(it) === 'it' && inClass('wh', v.w(q)) && !speaksOfFuture(v, q + 1) ? found(v, blocker, q) : null;
}

/** Adjectives between "no" and "explanation" ("no official explanation", "no clear explanation"). */
const EXPLANATION_ADJECTIVE: ReadonlySet<string> = new Set(['official', 'clear', 'immediate', 'public', 'further', 'formal', 'detailed', 'satisfactory', 'plausible', 'obvious']);

/** "No explanation was given for the closure", "there was no official explanation for", "without explanation". */
function noExplanation(v: View, i: number): CaveatMatch | null {
  let no = i - 1;
  if (EXPLANATION_ADJECTIVE.has(v.w(no))) no--;
  if (v.w(no) === 'without' && (endsClause(v.w(i + 1)) || v.w(i + 1) === 'for')) return found(v, no, i);
  if (v.w(no) !== 'no') return null;
  const next = v.w(i + 1);
  if (next === 'for' || next === 'of') return found(v, no, i);
  // "No explanation was given", "no explanation has been offered"; not "no explanation is needed"
  let j = i + 1;
  while (j < i + 4 && (inClass('be', v.w(j)) || inClass('have', v.w(j)) || v.w(j) === 'been' || v.w(j) === 'yet')) j++;
  return j > i + 1 && ['given', 'offered', 'provided'].includes(v.w(j)) ? found(v, no, j) : null;
}

export const unexplained: CaveatRule = {
  id: 'open-question',
  anchors: [
    { classes: ['investigate'], words: ['investigation', 'looked'], match: beingInvestigated },
    { classes: [], words: ['explained'], match: notExplained },
    { classes: [], words: ['explanation'], match: noExplanation },
  ],
};
