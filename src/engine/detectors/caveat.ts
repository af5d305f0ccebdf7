// Caveats: the article itself warns the reader about a claim or a source.
import type { Detector } from '../detector';
import { makeFinding } from '../finding';
import type { Finding } from '../types';

const CAVEAT = /could not (?:be )?(?:independently )?verif(?:y|ied)|notoriously unreliable|declined to comment|did not respond to (?:a )?request|go unverified|it is unclear/gi;

export const caveat: Detector = {
  id: 'caveat',
  detect(doc) {
    const out: Finding[] = [];
    for (const s of doc.sentences) {
      CAVEAT.lastIndex = 0;
      const m = CAVEAT.exec(s.text);
      if (!m) continue;
      out.push(
        makeFinding(doc.text, {
          kind: 'caveat',
          rule: 'caveat/verification',
          sentence: s,
          cues: [{ start: s.start + m.index, end: s.start + m.index + m[0].length }],
          explanation: `'${m[0]}': the article itself warns about this claim`,
        }),
      );
    }
    return out;
  },
};
