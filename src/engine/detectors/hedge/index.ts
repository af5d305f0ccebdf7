// Hedges: cues by which the writer (or the person quoted) presents a claim as uncertain
// (GUIDELINES.md §1). Each rule module claims the words it can judge; the detector asks the
// rules for every word of a sentence (one Map lookup per word, so the scan is linear) and
// reports one finding per sentence with all its cues.
import type { Detector } from '../../detector';
import type { Token } from '../../document';
import { makeFinding } from '../../finding';
import type { Finding, Span } from '../../types';
import { epistemicAdverbs, possible } from './rules/adverbs';
import { beliefNouns, claims, framingPhrases, unprovenNouns } from './rules/framings';
import { could, may, might, should } from './rules/modals';
import { epistemicVerbs } from './rules/verbs';
import type { CueMatch, HedgeRule, HedgeRuleId } from './rule';
import { firstWordIndex } from './context';
import { inClass } from './lexicon';

// Phrases first: "is said to" must win over its words, "it is claimed" over "claimed".
const RULES: readonly HedgeRule[] = [framingPhrases, epistemicAdverbs, possible, may, might, could, should, epistemicVerbs, unprovenNouns, claims, beliefNouns];

const RULES_BY_WORD = new Map<string, HedgeRule[]>();
for (const rule of RULES) {
  for (const word of rule.words) {
    const list = RULES_BY_WORD.get(word) ?? [];
    list.push(rule);
    RULES_BY_WORD.set(word, list);
  }
}

/** Every word that can make a rule match in a sentence. */
const TRIGGERS: ReadonlySet<string> = new Set(RULES.flatMap((rule) => [...(rule.triggers ?? rule.words)]));

const EXPLAIN: Record<HedgeRuleId, (cue: string) => string> = {
  'epistemic-adverb': (cue) => `'${cue}': the writer does not vouch for this`,
  modal: (cue) => `'${cue}': possible, not established`,
  'epistemic-verb': (cue) => `'${cue}': a belief or an inference, not established fact`,
  'hearsay-verb': (cue) => `'${cue}': passed on from others, not confirmed`,
  'hearsay-framing': (cue) => `'${cue}': a claim or rumour, not established`,
};

/**
 * A direct question the article poses ("How likely is a conviction?", "What do you think?") asks
 * rather than claims: its words hedge nothing (GUIDELINES.md §1, does not count). A question that
 * opens with a hedge ("Perhaps the answer was there all along?") still hedges.
 */
function isPosedQuestion(tokens: readonly Token[]): boolean {
  let last = tokens.length - 1;
  while (last >= 0 && !tokens[last].word && tokens[last].text !== '?') last--;
  if (last < 0 || tokens[last].text !== '?') return false;
  let first = firstWordIndex(tokens);
  if (first >= 0 && inClass('clause-joiner', tokens[first].lower)) first++;
  return first >= 0 && first < tokens.length && inClass('question-opener', tokens[first].lower);
}

/** The hedge cues of one sentence, in text order. */
export function findHedgeCues(tokens: readonly Token[]): CueMatch[] {
  const found: CueMatch[] = [];
  if (isPosedQuestion(tokens)) return found;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) continue;
    const rules = RULES_BY_WORD.get(tokens[i].lower);
    if (!rules) continue;
    for (const rule of rules) {
      const m = rule.match(tokens, i);
      if (!m) continue;
      found.push(m);
      i = m.to;
      break;
    }
  }
  return found;
}

export const hedge: Detector = {
  id: 'hedge',
  triggers: TRIGGERS,
  detect(doc, focus) {
    const out: Finding[] = [];
    for (const s of focus ?? doc.sentences) {
      const matches = findHedgeCues(s.tokens);
      if (!matches.length) continue;
      const cues: Span[] = matches.map((m) => ({ start: s.tokens[m.from].start, end: s.tokens[m.to].end }));
      const first = matches[0];
      out.push(
        makeFinding(doc.text, {
          kind: 'hedge',
          rule: `hedge/${first.rule}`,
          sentence: s,
          cues,
          explanation: EXPLAIN[first.rule](doc.text.slice(cues[0].start, cues[0].end)),
        }),
      );
    }
    return out;
  },
};
