// The article setting a claim against what it found (issue 7; GUIDELINES.md §3, fact-check and
// opinion writing), in phrases that need no claim in the same sentence: "the records suggest
// otherwise", "the numbers tell a different story", "that is not the whole story", "the truth is
// more complicated", "the claim is a stretch". Each needs its noun: "the band tells a different
// story each night" is no record, "the reality is different for farmers" no claim set right.
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { findBefore, isNegation, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'fact-check', cues: [span(v, a, b)] });

/** Records, data and findings that can tell against a claim. */
const isRecord = (w: string) => inClass('record-noun', w) || inClass('data-noun', w) || inClass('figure-noun', w) || inClass('research-output', w);

const INTENSIFIER: ReadonlySet<string> = new Set(['very', 'far', 'much', 'quite', 'completely', 'entirely', 'rather', 'somewhat']);

/** "The records suggest otherwise", "the data show otherwise", "the numbers tell a different story",
 *  "the figures paint a different picture". */
function showsOtherwise(v: View, i: number): CaveatMatch | null {
  let verb: number;
  if (v.w(i) === 'otherwise') verb = skipAdverbsBack(v, i - 1);
  else {
    // "a different story", "a very different picture"
    if (v.w(i - 1) !== 'different') return null;
    let a = i - 2;
    while (a > 0 && INTENSIFIER.has(v.w(a))) a--;
    if (v.w(a) !== 'a') return null;
    verb = skipAdverbsBack(v, a - 1);
  }
  const w = v.w(verb);
  if (!(inClass('evidence-verb', w) || ['tell', 'tells', 'told', 'paint', 'paints', 'painted'].includes(w))) return null;
  const record = findBefore(v, verb, 5, isRecord);
  return record !== -1 ? found(v, record, i) : null;
}

/** "That is not the whole story", "the account isn't the full story": a claim short of its context. */
function notWholeStory(v: View, i: number): CaveatMatch | null {
  const before = v.w(i - 1);
  if (before === 'whole' || before === 'full' || before === 'complete') {
    if (v.w(i - 2) !== 'the') return null;
    const neg = skipAdverbsBack(v, i - 3);
    return isNegation(v.w(neg)) && (inClass('be', v.w(neg - 1)) || v.w(neg) === "isn't" || v.w(neg) === "wasn't") ? found(v, neg, i) : null;
  }
  // not "only half the story": over PolNeAR that was analysis ("his appeal to these voters is only
  // half the story"), no claim set right
  return null;
}

/** "The truth is more complicated", "the reality is far more nuanced". */
function moreComplicated(v: View, i: number): CaveatMatch | null {
  const more = skipAdverbsBack(v, i - 1);
  // "more complicated than the film" compares two things
  if (v.w(more) !== 'more' || v.w(i + 1) === 'than') return null;
  let be = skipAdverbsBack(v, more - 1);
  while (be > 0 && INTENSIFIER.has(v.w(be))) be--; // "far more", "much more"
  if (!inClass('be', v.w(be))) return null;
  const subject = v.w(be - 1);
  return (subject === 'truth' || subject === 'reality' || subject === 'picture' || subject === 'story') && v.w(be - 2) === 'the' ? found(v, be - 2, i) : null;
}

/** "That claim is a stretch", "the comparison is a stretch". */
function aStretch(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'a' && !(v.w(i - 1) === 'big' && v.w(i - 2) === 'a')) return null;
  const be = skipAdverbsBack(v, v.w(i - 1) === 'a' ? i - 2 : i - 3);
  if (!inClass('be', v.w(be))) return null;
  return findBefore(v, be, 4, (w) => inClass('claim-noun', w) || w === 'comparison' || w === 'that' || w === 'this') !== -1 ? found(v, be, i) : null;
}

export const counterRecord: CaveatRule = {
  id: 'fact-check',
  anchors: [
    { classes: [], words: ['otherwise', 'story', 'picture'], triggers: ['otherwise', 'different'], match: showsOtherwise },
    { classes: [], words: ['story'], triggers: ['whole', 'full', 'complete'], match: notWholeStory },
    { classes: [], words: ['complicated', 'complex', 'nuanced'], triggers: ['truth', 'reality', 'picture', 'story'], match: moreComplicated },
    { classes: [], words: ['stretch'], match: aStretch },
  ],
};
