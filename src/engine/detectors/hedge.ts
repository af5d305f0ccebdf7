// Hedges: cues by which the writer (or the person quoted) presents a claim as uncertain.
import type { Detector } from '../detector';
import { makeFinding } from '../finding';
import type { Finding } from '../types';
import adverbs from '../../lexicons/hedge-adverbs';

const ADVERBS = new Set(adverbs);

export const hedge: Detector = {
  id: 'hedge',
  detect(doc) {
    const out: Finding[] = [];
    for (const s of doc.sentences) {
      const cues = s.tokens.filter((t) => ADVERBS.has(t.lower));
      if (!cues.length) continue;
      out.push(
        makeFinding(doc.text, {
          kind: 'hedge',
          rule: 'hedge/epistemic-adverb',
          sentence: s,
          cues,
          explanation: `'${cues[0].text}': the writer does not vouch for this`,
        }),
      );
    }
    return out;
  },
};
