// Verification: the article says a claim is unconfirmed ("could not be independently verified",
// "has not been confirmed", "unverified", "fact-checking is difficult").
import { classSet, inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { blockerBefore, findAfter, findBefore, isNegation, skipAdverbs, skipAdverbsBack, span, speaksOfFuture, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'verification', cues: [span(v, a, b)] });
const blocks = (word: string) => isNegation(word) || inClass('verify-blocker', word);

// "could not be verified" reads better as a cue with its modal than as "not be verified".
function withAuxiliary(v: View, i: number): number {
  return inClass('aux', v.w(i - 1)) || v.w(i - 1).endsWith("n't") ? i - 1 : i;
}

// "was not confirmed by the Senate", "his confirmation hearing", "the Senate should not confirm":
// confirming an appointment.
function isPoliticalConfirmation(v: View, i: number): boolean {
  return findAfter(v, i, 3, (w) => inClass('political-confirmation', w)) !== -1 || findBefore(v, i, 5, (w) => w === 'senate') !== -1;
}

/** "will not be confirmed", "should not confirm": a decision to come, no check that failed. */
function decidesFuture(v: View, blocker: number): boolean {
  const w = v.w(blocker).replace(/n't$/, '');
  return w === 'will' || w === 'wo' || w === 'should' || w === 'shall' || w === 'must';
}

/** "need to be confirmed in larger studies", "remains to be verified": a check still owed. */
function stillToBe(v: View, i: number): number {
  const be = skipAdverbsBack(v, i - 1);
  if (v.w(be) !== 'be' || v.w(be - 1) !== 'to') return -1;
  const owed = skipAdverbsBack(v, be - 2);
  return inClass('still-owed', v.w(owed)) ? owed : -1;
}

/** Is the word a claim, a figure, shown material, or a fact behind a claim ("the video's origin")? */
const isCheckable = (w: string) =>
  inClass('claim-noun', w) || inClass('data-noun', w) || inClass('figure-noun', w) || inClass('media-noun', w) || inClass('checked-thing', w);

/**
 * "The figures were not audited", "the claims have not been tested by outside scientists", "the
 * video's origin could not be traced", "the identity of the buyer has not been disclosed": a check
 * of a claim or of the facts behind it that did not happen, in the negated passive. The subject
 * must be such a thing ("the rocket has not been tested" reports no claim unchecked).
 */
function uncheckedClaim(v: View, i: number): CaveatMatch | null {
  let be = skipAdverbsBack(v, i - 1);
  if (isNegation(v.w(be))) be = skipAdverbsBack(v, be - 1);
  if (!inClass('be', v.w(be)) && v.w(be) !== 'be') return null;
  const neg = blockerBefore(v, i);
  // "will not be revealed until", "was not disclosed until the trial": a time set for it, no check that failed
  if (neg === -1 || decidesFuture(v, withAuxiliary(v, neg)) || findAfter(v, i, 6, (w) => w === 'until') !== -1) return null;
  // the subject, before the verb group, across a possessive ("the video's origin"); what was not
  // made public must be a fact behind a claim ("details have not been disclosed" withholds a detail)
  const thing = inClass('made-public', v.w(i)) ? (w: string) => inClass('checked-thing', w) : isCheckable;
  return findBefore(v, neg, 6, (w) => thing(w) || (w.endsWith("'s") && thing(w.slice(0, -2)))) !== -1 ? found(v, withAuxiliary(v, neg), i) : null;
}

/**
 * "Reuters has not seen the document", "we have not seen the video": the news organisation says it
 * has not had sight of the material a claim rests on. Not "the minister has not seen the report"
 * (a party, whose not reading it is news) nor "we have not seen such growth" (no material).
 */
function notSeenByOutlet(v: View, i: number): CaveatMatch | null {
  const neg = blockerBefore(v, i);
  if (neg === -1) return null;
  const subject = findBefore(v, neg, 3, (w) => inClass('outlet', w));
  if (subject === -1) return null;
  const object = findAfter(v, i, 3, (w) => inClass('media-noun', w) || SEEN_PAPERS.includes(w));
  return object !== -1 ? found(v, subject, object) : null;
}

/** Papers besides shown material that an outlet says it has or has not seen. */
const SEEN_PAPERS: readonly string[] = ['letter', 'report', 'memo', 'contract'];

export const verification: CaveatRule = {
  id: 'verification',
  anchors: [
    { classes: ['verify-claim-passive'], match: uncheckedClaim },
    { classes: [], words: ['seen'], triggers: [...classSet('media-noun'), ...SEEN_PAPERS], match: notSeenByOutlet },
    {
      // "the army said it was looking into the report", "officials are checking the claims": a
      // claim still under check; "investigating the crash" checks an event, not a claim
      classes: ['check-ing'],
      match(v, i) {
        const k = v.w(i) === 'looking' ? (v.w(i + 1) === 'into' ? i + 1 : -1) : i;
        if (k === -1) return null;
        const claim = findAfter(v, k, 3, (w) => inClass('claim-noun', w) && !inClass('involvement', w));
        return claim !== -1 ? found(v, i, claim) : null;
      },
    },
    {
      // "unconfirmed reports", "the claim is unproven"; "unproven" of a person is untested talent
      // ("an unproven rookie"): only of a claim, a finding, a treatment, or predicated of one
      classes: ['unverified'],
      match(v, i) {
        if (v.w(i) !== 'unproven') return found(v, i, i);
        const thing = (w: string) => inClass('claim-noun', w) || inClass('data-noun', w) || inClass('research-noun', w) || inClass('treatment', w);
        return findAfter(v, i, 2, thing) !== -1 || findBefore(v, i, 5, thing) !== -1 || v.w(i - 1) === 'scientifically' ? found(v, i, i) : null;
      },
    },
    {
      // "has not yet been peer reviewed" (two words; "peer-reviewed" is a verify word)
      classes: [],
      words: ['reviewed'],
      triggers: ['peer'],
      match(v, i) {
        if (v.w(i - 1) !== 'peer') return null;
        const blocker = findBefore(v, i - 1, 5, blocks);
        return blocker !== -1 ? found(v, withAuxiliary(v, blocker), i) : null;
      },
    },
    {
      // "could not be checked independently", "has not been established", "was never proven", "has
      // yet to be established", "none of the allegations have been proven", "has not been replicated"
      classes: ['verify-passive'],
      match(v, i) {
        let be = skipAdverbsBack(v, i - 1);
        if (isNegation(v.w(be))) be = skipAdverbsBack(v, be - 1); // "is not fully established"
        if (!inClass('be', v.w(be)) && v.w(be) !== 'be') return null;
        let neg = blockerBefore(v, i);
        // "remains to be proven"; "needs to be assessed" plans a review instead
        if (neg === -1 && inClass('owed-proof', v.w(i))) neg = stillToBe(v, i);
        return neg !== -1 ? found(v, withAuxiliary(v, neg), i) : null;
      },
    },
    {
      classes: ['verify'],
      match(v, i) {
        if (isPoliticalConfirmation(v, i)) return null;
        // the window covers "neither claim could be independently confirmed"; a negative subject
        // may stand further back ("none of the accounts given by the refugees have been verified")
        // "has not confirmed whether he will play": a question about the future
        const next = v.w(skipAdverbs(v, i + 1));
        if ((inClass('wh', next) || next === 'that') && speaksOfFuture(v, skipAdverbs(v, i + 1) + 1)) return null;
        let blocker = findBefore(v, i, 5, blocks);
        if (blocker === -1) blocker = blockerBefore(v, i);
        if (blocker === -1) blocker = stillToBe(v, i);
        // "has not yet been published in a peer-reviewed journal": the negation sits on the verb
        if (blocker === -1 && v.w(i).startsWith('peer')) {
          const published = findBefore(v, i, 4, (w) => w === 'published');
          if (published !== -1) blocker = blockerBefore(v, published);
        }
        if (blocker !== -1) return decidesFuture(v, withAuxiliary(v, blocker)) ? null : found(v, withAuxiliary(v, blocker), i);
        // "fact-checking is incredibly difficult": the act of checking, then its predicate in the
        // same clause (the window covers an object such as "claims from inside the camp").
        if (!inClass('verify-act', v.w(i))) return null;
        const hard = findAfter(v, i, 8, (w) => inClass('difficulty', w));
        return hard !== -1 ? found(v, i, hard) : null;
      },
    },
  ],
};
