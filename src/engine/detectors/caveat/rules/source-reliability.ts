// Reliability of a source: the article warns that a source or its account is not to be trusted
// ("notoriously unreliable", "has a history of false claims", "paid for stories", "testimonies
// have fallen apart", "questioned his veracity").
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { findAfter, findBefore, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'source-reliability', cues: [span(v, a, b)] });

export const sourceReliability: CaveatRule = {
  id: 'source-reliability',
  anchors: [
    { classes: ['unreliable'], match: (v, i) => found(v, i, i) },
    {
      // "a history of false claims", "a track record of fabrication"
      classes: ['history'],
      match(v, i) {
        if (v.w(i + 1) !== 'of') return null;
        const bad = findAfter(v, i + 1, 3, (w) => inClass('falsehood', w));
        return bad !== -1 ? found(v, i, bad) : null;
      },
    },
    {
      // "paid for stories", "paid informants"
      classes: [],
      words: ['paid'],
      match(v, i) {
        const goods = findAfter(v, i, 2, (w) => inClass('paid-goods', w));
        return goods !== -1 ? found(v, i, goods) : null;
      },
    },
    {
      // "their testimonies have fallen apart", "his account unraveled"
      classes: ['collapse'],
      match(v, i) {
        const claim = findBefore(v, i, 4, (w) => inClass('claim-noun', w));
        return claim !== -1 ? found(v, claim, i) : null;
      },
    },
    {
      // "questioned his veracity", "doubts about the accuracy of"
      classes: ['reliability-noun'],
      match(v, i) {
        const doubt = findBefore(v, i, 4, (w) => inClass('doubt-verb', w));
        return doubt !== -1 ? found(v, doubt, i) : null;
      },
    },
  ],
};
