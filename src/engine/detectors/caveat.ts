// Caveats: the article itself qualifies its own reporting (GUIDELINES.md §3): a claim it could not
// verify, a source it warns about, an explicit caveat, a party that declined to comment or denied
// the claim, an open question about a reported fact, a limit of its own data or method, a correction.
// One finding per sentence. When several rules fire, the one listed first in RULES names the
// finding (the most specific wording first); within a rule, the earliest cue wins.
import type { Detector } from '../detector';
import { makeFinding } from '../finding';
import type { Finding } from '../types';
import { classSet } from './caveat/lexicon';
import type { Anchor, CaveatMatch, CaveatRule, CaveatRuleId } from './caveat/rule';
import { inCondition, viewOf } from './caveat/view';
import { correction } from './caveat/rules/correction';
import { verification } from './caveat/rules/verification';
import { sourceReliability } from './caveat/rules/source-reliability';
import { nonResponse } from './caveat/rules/non-response';
import { denial } from './caveat/rules/denial';
import { openQuestion } from './caveat/rules/open-question';
import { explicit } from './caveat/rules/explicit';
import { dataLimit } from './caveat/rules/limitation';
import { factCheck } from './caveat/rules/fact-check';
import { ownDoubt } from './caveat/rules/own-doubt';
import { unexplained } from './caveat/rules/unexplained';
import { access } from './caveat/rules/access';
import { doubtCast } from './caveat/rules/doubt-cast';
import { trackRecord } from './caveat/rules/track-record';
import { unsettled } from './caveat/rules/unsettled';
import { ownPart } from './caveat/rules/own-part';
import { studyDesign } from './caveat/rules/study-design';
import { counterRecord } from './caveat/rules/counter-record';

const RULES: readonly CaveatRule[] = [correction, verification, sourceReliability, nonResponse, denial, openQuestion, explicit, dataLimit, factCheck, ownDoubt, unexplained, access, doubtCast, trackRecord, unsettled, ownPart, studyDesign, counterRecord];

const WHY: Record<CaveatRuleId, string> = {
  verification: 'the article itself says this is unconfirmed',
  'source-reliability': 'the article itself warns that this source or account may not be reliable',
  explicit: 'the article itself adds a caveat to this claim',
  'non-response': 'the people concerned did not give their side, so this is one side of the story',
  denial: 'the claim is denied or disputed',
  'open-question': 'the article itself says this is not established',
  correction: 'the article was corrected or updated after publication',
  limitation: 'the article itself says its data or method has limits',
  'fact-check': 'the article itself finds this claim false or misleading',
};

interface Ranked {
  rank: number;
  anchor: Anchor;
}

/** Anchor word -> the anchors keyed on it, by rule rank. */
const ANCHORS: ReadonlyMap<string, readonly Ranked[]> = (() => {
  const byWord = new Map<string, Ranked[]>();
  RULES.forEach((rule, rank) => {
    for (const anchor of rule.anchors) {
      const words = new Set([...anchor.classes.flatMap((c) => [...classSet(c)]), ...(anchor.words ?? [])]);
      for (const w of words) {
        const list = byWord.get(w) ?? [];
        list.push({ rank, anchor });
        byWord.set(w, list);
      }
    }
  });
  for (const list of byWord.values()) list.sort((a, b) => a.rank - b.rank);
  return byWord;
})();

/** Every word an anchor needs in a sentence to match there. */
const TRIGGERS: ReadonlySet<string> = new Set(
  RULES.flatMap((rule) => rule.anchors.flatMap((a) => a.triggers ?? [...a.classes.flatMap((c) => [...classSet(c)]), ...(a.words ?? [])])),
);

export const caveat: Detector = {
  id: 'caveat',
  triggers: TRIGGERS,
  detect(doc, focus) {
    const out: Finding[] = [];
    for (const s of focus ?? doc.sentences) {
      let best: CaveatMatch | null = null;
      let bestRank = RULES.length;
      let v: ReturnType<typeof viewOf> | null = null;
      for (let i = 0; i < s.tokens.length && bestRank > 0; i++) {
        const t = s.tokens[i];
        // Every anchor is a word: punctuation (a third of all tokens) needs no lookup.
        const anchors = t.word ? ANCHORS.get(t.lower) : undefined;
        if (!anchors) continue;
        v ??= viewOf(s);
        for (const { rank, anchor } of anchors) {
          if (rank >= bestRank) break;
          const m = anchor.match(v, i);
          // a caveat supposed in a condition ("if they make one discredited leak") is none
          if (m && !inCondition(v, i)) {
            best = m;
            bestRank = rank;
            break;
          }
        }
      }
      if (!best) continue;
      const said = best.cues.map((c) => doc.text.slice(c.start, c.end)).join(' … ');
      out.push(
        makeFinding(doc.text, {
          kind: 'caveat',
          rule: `caveat/${best.rule}`,
          sentence: s,
          cues: best.cues,
          explanation: `'${said}': ${WHY[best.rule]}`,
        }),
      );
    }
    return out;
  },
};
