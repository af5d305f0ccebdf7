// Corrections: the article says it was changed after publication ("an earlier version of this
// article", "this article has been updated", "Correction:", "incorrectly stated").
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { findAfter, phraseAnchor, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'correction', cues: [span(v, a, b)] });

export const correction: CaveatRule = {
  id: 'correction',
  anchors: [
    phraseAnchor('correction'),
    // A correction notice opens with its label: "Correction: ..."
    { classes: ['correction-label'], match: (v, i) => (i === 0 && v.w(1) === ':' ? found(v, 0, 0) : null) },
    {
      // "this article has been updated", "this story was corrected"
      classes: ['article-noun'],
      match(v, i) {
        if (v.w(i - 1) !== 'this') return null;
        const revised = findAfter(v, i, 3, (w) => inClass('revised', w));
        return revised !== -1 ? found(v, i - 1, revised) : null;
      },
    },
    { classes: ['misreport'], match: (v, i) => found(v, i, i) },
    {
      // "An earlier version misstated the date", "A previous version incorrectly said"
      classes: [],
      words: ['version', 'versions'],
      match(v, i) {
        if (!['earlier', 'previous', 'original', 'prior'].includes(v.w(i - 1))) return null;
        const verb = findAfter(v, i, 2, (w) => inClass('misreport', w) || inClass('in-error', w));
        return verb !== -1 ? found(v, i - 1, verb) : null;
      },
    },
    // "incorrectly stated", "mistakenly identified"
    { classes: ['in-error'], match: (v, i) => (inClass('report-verb', v.w(i + 1)) ? found(v, i, i + 1) : null) },
  ],
};
