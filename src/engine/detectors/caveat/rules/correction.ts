// Corrections: the article says it was changed after publication ("an earlier version of this
// article", "this article has been updated", "Correction:", "incorrectly stated").
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { findAfter, phraseAnchor, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'correction', cues: [span(v, a, b)] });

export const correction: CaveatRule = {
  id: 'correction',
  anchors: [
    phraseAnchor('correction'),
    // A correction notice opens with its label: "Correction: ..."
    { classes: ['correction-label'], match: (v, i) => (i === 0 && v.w(1) === ':' ? found(v, 0, 0) : null) },
    {
      // "this article has been updated", "this story was corrected", "the headline of this article
      // was changed", "the piece has been edited to", "this article originally stated"
      classes: ['article-noun'],
      match(v, i) {
        // "this" names the article itself; "the" only its parts and plain article words ("the
        // report was revised" is more often a government's report)
        const det = v.w(i - 1);
        if (det !== 'this' && !(det === 'the' && inClass('own-article-noun', v.w(i)))) return null;
        const start = i - 1;
        // "the headline of this article": the part and the article as one subject
        let head = i;
        if (v.w(i + 1) === 'of' && v.w(i + 2) === 'this' && inClass('article-noun', v.w(i + 3))) head = i + 3;
        const revised = findAfter(v, head, 3, (w) => inClass('revised', w));
        if (revised !== -1 && inClass('be-passive', v.w(skipAdverbsBack(v, revised - 1)))) return found(v, start, revised);
        // "this article originally stated", "the story initially said"
        const k = head + 1;
        if (inClass('at-first', v.w(k)) && inClass('report-verb', v.w(k + 1))) return found(v, start, k + 1);
        return null;
      },
    },
    {
      // "Due to an editing error, ...", "because of a reporting error"
      classes: ['error-kind'],
      match: (v, i) => (v.w(i + 1) === 'error' || v.w(i + 1) === 'errors' ? found(v, i, i + 1) : null),
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
