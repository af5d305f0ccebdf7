// Doubt cast on a claim in other words than the stock phrase (issue 7; GUIDELINES.md §3, explicit
// caveats and reliability): "doubts have been cast on the official figures", "new data throw doubt
// on the claims", "scientists raised questions about the study's methods", "the emails undermine
// her claim that she was unaware". Doubt must land on something said or counted (a claim, a
// figure, a finding): "raised questions about the budget", "undermined the team's chances" and
// doubts about whether a bridge will open on time are no caveat on the reporting.
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { findAfter, findBefore, skipAdverbs, skipAdverbsBack, span, speaksOfFuture, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'explicit', cues: [span(v, a, b)] });

/** Something said, counted or found, on which doubt can be cast. */
const isAccount = (w: string) =>
  inClass('claim-noun', w) || inClass('data-noun', w) || inClass('figure-noun', w) || inClass('reliability-noun', w) || inClass('research-output', w) || w === 'methods' || w === 'timeline' || w === 'evidence';

/** After the preposition at `on`: the account doubted within a few words, unless the doubt is about
 *  what will happen ("doubts about whether the bridge will open"). */
function doubted(v: View, on: number): number {
  if (!['on', 'upon', 'over', 'about', 'into'].includes(v.w(on))) return -1;
  if (v.w(on + 1) === 'whether' && speaksOfFuture(v, on + 2)) return -1;
  return findAfter(v, on, 5, isAccount);
}

const PARTICIPLE: ReadonlySet<string> = new Set(['cast', 'thrown', 'raised']);

/** "Doubts have been cast on the figures", "doubt was thrown on his account", "questions have been raised about the data". */
function passiveDoubt(v: View, i: number): CaveatMatch | null {
  let j = i + 1;
  while (j < i + 4 && (inClass('be', v.w(j)) || inClass('have', v.w(j)) || inClass('adverb', v.w(j)) || v.w(j) === 'since')) j++;
  // the participles only: "doubt has been cast", "was thrown", "have been raised"
  if (j === i + 1 || !PARTICIPLE.has(v.w(j))) return null;
  const what = doubted(v, j + 1);
  return what !== -1 ? found(v, i, what) : null;
}

/** "throws doubt on the claims", "threw doubt upon the account", "raised questions about the study's methods". */
function activeDoubt(v: View, i: number): CaveatMatch | null {
  const noun = skipAdverbs(v, i + 1);
  const w = v.w(noun);
  // "cast doubt" is a stock phrase (caveat-phrases.txt); here "throw doubt" and "raise questions"
  const raise = v.w(i).startsWith('rais');
  // "reporters who raise questions about his statements": a habit, no doubt cast on this claim
  if (notYet(v, i) || v.w(i) === 'raise') return null;
  if (raise ? w !== 'questions' && w !== 'new' && w !== 'serious' : w !== 'doubt' && w !== 'doubts') return null;
  const q = w === 'questions' ? noun : v.w(noun + 1) === 'questions' ? noun + 1 : raise ? -1 : noun;
  if (q === -1) return null;
  const what = doubted(v, q + 1);
  return what !== -1 ? found(v, i, what) : null;
}

/** Material that can tell against a claim: records, footage, data, findings. */
const isRecord = (w: string) => inClass('record-noun', w) || inClass('media-noun', w) || inClass('data-noun', w) || inClass('research-output', w);

/** "The emails undermine her claim", "the images appear to undercut the government's account": a
 *  record against a claim. Not an argument weakened in debate ("was as undermining of her argument
 *  as anything he said"): the subject must be a record. */
function undermines(v: View, i: number): CaveatMatch | null {
  const what = findAfter(v, i, 4, (w) => inClass('claim-noun', w) || inClass('figure-noun', w));
  if (what === -1 || findBefore(v, i, 6, isRecord, true) === -1) return null;
  return found(v, i, what);
}

/** Is the verb at `i` in the future or a mere possibility ("could raise new questions about")? */
const notYet = (v: View, i: number) => {
  const w = v.w(skipAdverbsBack(v, i - 1));
  return inClass('future', w) || w === 'could' || w === 'would' || w === 'may' || w === 'might' || w === 'to';
};

export const doubtCast: CaveatRule = {
  id: 'explicit',
  anchors: [
    { classes: [], words: ['doubt', 'doubts', 'questions'], triggers: ['cast', 'thrown', 'raised'], match: passiveDoubt },
    { classes: [], words: ['throw', 'throws', 'threw', 'throwing', 'raised', 'raise', 'raises', 'raising'], triggers: ['doubt', 'doubts', 'questions'], match: activeDoubt },
    { classes: ['undermine'], match: undermines },
  ],
};
