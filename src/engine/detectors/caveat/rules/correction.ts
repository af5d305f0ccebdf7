// Corrections: the article says it was changed after publication ("an earlier version of this
// article", "this article has been updated", "Correction:", "incorrectly stated").
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { findAfter, findBefore, phraseAnchor, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'correction', cues: [span(v, a, b)] });

/** The words of a date or a time between a notice's label and its colon ("Nov. 15, 2019", "3:40 p.m."). */
const DATE_WORD = /^(\d|[ap]\.?m\.?$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$)/;

export const correction: CaveatRule = {
  id: 'correction',
  anchors: [
    phraseAnchor('correction'),
    // A correction notice opens with its label: "Correction: ...", "Correction, Nov. 15:", "UPDATE
    // (3:40 p.m.):"; the label's colon comes before any verb
    {
      classes: ['correction-label'],
      match(v, i) {
        if (i !== 0) return null;
        for (let j = 1; j < 10 && j < v.length; j++) {
          const w = v.w(j);
          if (w === ':') return found(v, 0, 0);
          if (v.tokens[j].word && !DATE_WORD.test(w)) return null;
        }
        return null;
      },
    },
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
    {
      // "An article on Thursday misstated the year", "we misspelled her name", "he was misquoted";
      // not "police misidentified the suspect", "the candidate misstated the figure" (someone
      // else's error, not the article's)
      classes: ['misreport'],
      match(v, i) {
        if (v.w(i) === 'misquoted' || v.w(i) === 'misattributed') return found(v, i, i);
        const own = findBefore(v, i, 30, (w) => inClass('article-noun', w) || w === 'we', true);
        return own !== -1 ? found(v, i, i) : null;
      },
    },
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
