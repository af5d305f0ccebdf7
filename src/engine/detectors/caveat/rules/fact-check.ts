// Fact-check verdicts: the article itself rates a claim, a post, a figure or shown material as false
// ("the post is misleading", "the figure is inaccurate", "none of the claims in the video are
// true", "we found no record of the speech"). The attributive forms ("false claims", "doctored
// photos") are read by the source-reliability and denial rules; these are the predicated ones.
import { classSet, inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { blockerBefore, endsClause, findAfter, findBefore, isNegation, negativeSubject, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'fact-check', cues: [span(v, a, b)] });
const MEDIA: readonly string[] = [...classSet('media-noun')];
/** The words a misattributed quote is called by ("the quote was never said by"). */
const QUOTE_NOUNS: readonly string[] = ['quote', 'quotes', 'quotation', 'quotations'];
/** What a reporter's search for a claim's trace finds none of, besides records and evidence. */
const SEARCHED: readonly string[] = ['record', 'trace', 'sign', 'mention'];

/** What a verdict is said of: a claim, a figure or finding, shown material, or a post. */
export const isRated = (w: string) =>
  inClass('claim-noun', w) || inClass('data-noun', w) || inClass('figure-noun', w) || inClass('media-noun', w) || inClass('rated-thing', w);

/** The words after a predicated verdict that leave it the clause's predicate: its end, or a
 *  conjunction ("is false and was removed", "is misleading because"); not "is misleading voters". */
const closesVerdict = (w: string) => endsClause(w) || w === 'and' || w === 'or' || w === 'but' || w === 'because' || w === 'since';

/**
 * "The post, which has been shared thousands of times, is misleading", "the figure is inaccurate",
 * "the claim is false": a verdict predicated of the thing rated, its subject found across a
 * relative clause set off by commas. Not "he is wrong about the date" (a person), "it is misleading
 * to say" (an opinion of saying), "the results are not false" (negated).
 */
function predicated(v: View, i: number): CaveatMatch | null {
  // "could it be misleading?": a question asked, no verdict given
  if (!closesVerdict(v.w(i + 1)) || v.w(i + 1) === '?') return null;
  const be = skipAdverbsBack(v, i - 1);
  if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
  // "this is wrong" of a policy is an opinion: the pronouns count only with a falsity word
  const subject = findBefore(v, be, 12, isRated, true);
  if (subject === -1) return null;
  const w = v.w(subject);
  if ((w === 'this' || w === 'that' || w === 'it') && (v.w(i) === 'wrong' || subject !== be - 1)) return null;
  return found(v, subject, i);
}

/** "None of the claims in the post are true", "neither figure is accurate": the negation on the subject. */
function noneTrue(v: View, i: number): CaveatMatch | null {
  if (!closesVerdict(v.w(i + 1))) return null;
  const be = skipAdverbsBack(v, i - 1);
  if (!inClass('be', v.w(be))) return null;
  const none = negativeSubject(v, be);
  if (none === -1) return null;
  return findAfter(v, none, be - none - 1, isRated) !== -1 || v.w(none + 1) === 'of' ? found(v, none, i) : null;
}

/** "We found no record of the speech", "we could not find any evidence that": the reporter's own search came up empty. */
function weFoundNothing(v: View, i: number): CaveatMatch | null {
  const subject = findBefore(v, i, 4, (w) => inClass('outlet', w));
  if (subject === -1) return null;
  const object = findAfter(v, i, 3, (w) => inClass('record-noun', w) || inClass('evidence', w) || SEARCHED.includes(w));
  if (object === -1) return null;
  // "found no", "did not find any", "could not find"
  if (v.w(i + 1) === 'no' || v.w(i + 1) === 'nothing') return found(v, subject, object);
  const blocker = blockerBefore(v, i);
  return blocker !== -1 && blocker > subject ? found(v, subject, object) : null;
}

/** "The image had been digitally altered", "a selectively edited video": shown material faked. */
function alteredMedia(v: View, i: number): CaveatMatch | null {
  if (!inClass('altered-how', v.w(i - 1))) return null;
  const media = findAfter(v, i, 2, (w) => inClass('media-noun', w));
  if (media !== -1) return found(v, i - 1, media);
  const subject = findBefore(v, i - 1, 8, (w) => inClass('media-noun', w));
  return subject !== -1 ? found(v, subject, i) : null;
}

/**
 * "The photo was actually taken in Syria in 2013", "the footage is in fact from 2015", "the video is
 * old": shown material placed at another time or place than the claim about it says. The subject
 * must be the material, next to its verb ("the video actually shows" reads the material; "he was
 * in fact shot" is no material).
 */
function misplacedMedia(v: View, i: number): CaveatMatch | null {
  let j = i - 1;
  const old = v.w(i) === 'old';
  if (old) {
    if (!closesVerdict(v.w(i + 1)) || v.w(i + 1) === '?') return null;
  } else if (inClass('first-posted', v.w(i)) && v.w(j) === 'first') {
    // "the video was first posted in 2019": shown again as new, read only with a year after it
    if (findAfter(v, i, 4, (w) => /^(19|20)\d\d$/.test(w)) === -1) return null;
    j--;
  } else {
    if (v.w(j) === 'actually') j--;
    else if (v.w(j) === 'fact' && v.w(j - 1) === 'in') j -= 2;
    else return null;
  }
  if (inClass('be-passive', v.w(j)) || inClass('be', v.w(j))) j--;
  if (!old && v.w(j) === 'been') j -= 2;
  return inClass('media-noun', v.w(j)) ? found(v, j, i) : null;
}

/** "The video does not show the flood", "the image shows a rally from 2016, not this year". */
function showsOtherwise(v: View, i: number): CaveatMatch | null {
  const subject = findBefore(v, i, 5, (w) => inClass('media-noun', w));
  if (subject === -1) return null;
  const neg = blockerBefore(v, i);
  if (neg !== -1 && neg > subject) return found(v, subject, i);
  // "shows X, not Y": the material placed against the claim about it
  for (let j = i + 1; j < v.length && j <= i + 12; j++) {
    if (v.w(j) === ',' && v.w(j + 1) === 'not') return found(v, subject, j + 1);
    if (v.w(j) === ';' || v.w(j) === ':') break;
  }
  return null;
}

/** "The footage predates the war": material older than what it is said to show. */
function predates(v: View, i: number): CaveatMatch | null {
  const subject = findBefore(v, i, 5, (w) => inClass('media-noun', w) || inClass('claim-noun', w));
  return subject !== -1 ? found(v, subject, i) : null;
}

/** "The account is a parody", "the website is satirical": a source that is not reporting. */
function satire(v: View, i: number): CaveatMatch | null {
  let be = skipAdverbsBack(v, i - 1);
  if (v.w(be) === 'a' || v.w(be) === 'an') be = skipAdverbsBack(v, be - 1);
  if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
  const subject = findBefore(v, be, 6, (w) => isRated(w) || w === 'site' || w === 'website' || w === 'page' || w === 'account');
  return subject !== -1 ? found(v, subject, i) : null;
}

/** "Verdict: False.", "Our rating: misleading", "Mostly false.": a fact-check's verdict standing alone. */
function verdictLabel(v: View, i: number): CaveatMatch | null {
  if (!endsClause(v.w(i + 1)) || v.w(i + 1) === ',') return null;
  let j = skipAdverbsBack(v, i - 1);
  if (v.w(j) === 'partly' || v.w(j) === 'mostly' || v.w(j) === 'partially') j--;
  if (j < 0) return found(v, 0, i);
  if (v.w(j) === ':' && inClass('verdict-label', v.w(j - 1))) return found(v, j - 1, i);
  return null;
}

/** "The quote was never said by the president", "the words were not written by Twain": a quote misattributed. */
function misattributed(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'by') return null;
  const neg = blockerBefore(v, i);
  if (neg === -1) return null;
  const quote = findBefore(v, neg, 4, (w) => QUOTE_NOUNS.includes(w));
  return quote !== -1 ? found(v, quote, i + 1) : null;
}

export const factCheck: CaveatRule = {
  id: 'fact-check',
  anchors: [
    { classes: ['verdict'], match: predicated },
    { classes: ['truth'], match: noneTrue },
    // the rules of shown material run only in sentences that name some: their anchor words ("from",
    // "shows", "first") are everywhere
    { classes: ['altered'], triggers: MEDIA, match: alteredMedia },
    { classes: ['media-origin', 'first-posted'], words: ['old'], triggers: MEDIA, match: misplacedMedia },
    { classes: ['depict'], triggers: MEDIA, match: showsOtherwise },
    { classes: ['predates'], triggers: MEDIA, match: predates },
    { classes: ['satire'], match: satire },
    { classes: ['verdict'], match: verdictLabel },
    { classes: [], words: ['said', 'written', 'uttered', 'spoken'], triggers: QUOTE_NOUNS, match: misattributed },
    { classes: [], words: ['found', 'find'], triggers: [...classSet('record-noun'), ...classSet('evidence'), ...SEARCHED], match: weFoundNothing },
  ],
};
