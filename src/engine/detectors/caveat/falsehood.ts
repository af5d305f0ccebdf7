// "false X" before a noun: a particular claim the article or a party calls false ("the false report
// that he had been arrested", "called it a false narrative", "his 13,000 false claims"), or
// falsehood in general, which qualifies no reporting ("the spread of false information", "introduces some inaccurate
// statement"). Shared by the denial and source-reliability rules.
import { inClass } from './lexicon';
import { findBefore, skipAdverbsBack, type View } from './view';

/** Determiners of any instance rather than a particular claim ("some inaccurate statement"); "a"
 *  is left out: "leaks attempted to create a false narrative" is a party disputing one. */
const INDEFINITE: ReadonlySet<string> = new Set(['some', 'any']);

/** Verbs by which a party calls a claim false or denies it, before the adjective. */
const calledFalse = (w: string) =>
  inClass('call-verb', w) || inClass('deny', w) || inClass('dismiss-as', w) || inClass('dispute-verb', w) || inClass('rebut', w) || inClass('say-verb', w);

/** The first index before the adjective at `adj` that is not an adverb or a coordinated adjective
 *  ("misleading or false", "inflammatory, insulting and false"). */
function determinerOf(v: View, adj: number): number {
  let j = skipAdverbsBack(v, adj - 1);
  while (j >= 1 && (v.w(j) === 'or' || v.w(j) === 'and' || v.w(j) === ',') && /^[a-z-]+$/.test(v.w(j - 1)) && !inClass('determiner', v.w(j - 1))) j = skipAdverbsBack(v, j - 2);
  return j;
}

/** Does the attributive falsity adjective at `adj`, with its noun at `noun`, name a particular claim? */
export function namesAClaim(v: View, adj: number, noun: number): boolean {
  // "charged with filing a false police report", "should receive only false information": a charge
  // or a topic, no claim of the story called false
  if (inClass('false-act', v.w(determinerOf(v, adj))) || inClass('false-act', v.w(determinerOf(v, adj) - 1))) return false;
  if (v.w(noun + 1) === 'that') return true;
  if (findBefore(v, adj, 6, calledFalse) !== -1) return true;
  const det = v.w(determinerOf(v, adj));
  // "the spread of false information", "the problem of false claims": falsehood as a topic; but
  // "dozens of false claims", "a string of false statements" count particular ones. Bare, "false
  // information" is as often a fact-check's verdict on the post it checks as the topic.
  if (INDEFINITE.has(det)) return false;
  return det !== 'of' || inClass('amount-noun', v.w(determinerOf(v, adj) - 1));
}
