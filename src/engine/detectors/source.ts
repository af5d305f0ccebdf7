// Sources: claims attributed to an unnamed person (anonymous) or a loose crowd (vague).
import type { Detector } from '../detector';
import { makeFinding } from '../finding';
import type { Finding } from '../types';

const ANONYMOUS = /\b(?:a|an|one|two|three|several)\s+(?:senior\s+|former\s+|North Korean\s+)?(?:official|defector|aide|source|diplomat)s?\b|\bsources\b|\bpeople familiar with\b|\bon condition of anonymity\b/gi;
const VAGUE = /\b(?:experts|critics|analysts|observers|some)\s+(?:say|said|argue|argued|believe|suggest|have suggested)\b/gi;

export const source: Detector = {
  id: 'source',
  detect(doc) {
    const out: Finding[] = [];
    for (const s of doc.sentences) {
      for (const [re, kind] of [[ANONYMOUS, 'anonymous-source'], [VAGUE, 'vague-source']] as const) {
        re.lastIndex = 0;
        const m = re.exec(s.text);
        if (!m) continue;
        const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        out.push(
          makeFinding(doc.text, {
            kind,
            rule: `source/${kind}`,
            sentence: s,
            cues: [cue],
            explanation: kind === 'anonymous-source' ? `'${m[0]}': the source is not named` : `'${m[0]}': no one in particular says so`,
            ...(kind === 'anonymous-source' ? { sourceRef: m[0].toLowerCase().split(/\s+/).pop(), sourceLabel: m[0] } : {}),
          }),
        );
      }
    }
    return out;
  },
};
