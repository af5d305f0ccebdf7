// A source's record of falsehood (issue 7; GUIDELINES.md §3, reliability of the source: "has a
// history of false claims"): a reputation for spreading it ("the site is known for spreading
// conspiracy theories", "notorious for peddling hoaxes") and deception in its past ("has lied to
// regulators before", "was caught misleading reporters", "has previously falsified results"). The
// falsehood must be what is spread ("known for posting daily recipes" is no warning) and the
// deception a habit or a past the article recalls (a single "misled" is read by other rules).
import { classSet, inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { endsClause, findAfter, isBoundary, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'source-reliability', cues: [span(v, a, b)] });

/** Is the word a falsehood spread ("hoaxes", "misinformation") or what calls it false ("fake", "doctored")? */
const isFalsehood = (w: string) => inClass('falsehood-noun', w) || inClass('false-claim', w) || inClass('faked', w) || inClass('unverified', w) || w === 'fabricated' || w === 'bogus';

/** "known for spreading conspiracy theories", "a reputation for publishing unverified rumours". */
function reputedFor(v: View, i: number): CaveatMatch | null {
  // "flagged repeatedly for", "criticised in the past for" are read as "flagged for"
  let p = i + 1;
  while (p < i + 3 && (inClass('adverb', v.w(p)) || v.w(p).endsWith('ly'))) p++;
  const prep = v.w(p);
  if (prep !== 'for' && prep !== 'of') return null;
  const spread = p + 1;
  // "fined for misreporting its emissions", "known for exaggerating": the deceit itself
  const deed = v.w(spread);
  if (deed.endsWith('ing') && (inClass('deceive', deed) || (inClass('deceive-data', deed) && deceivesAbout(v, spread)))) return found(v, i, spread);
  if (!inClass('spread-verb', v.w(spread))) return null;
  const what = findAfter(v, spread, 3, isFalsehood);
  return what !== -1 ? found(v, i, what) : null;
}

/** Deception verbs that count only of information ("doctored the figures", "concealed the losses"). */
const isInformation = (w: string) => inClass('data-noun', w) || inClass('figure-noun', w) || inClass('claim-noun', w) || inClass('record-noun', w) || w === 'results' || w === 'reports' || w === 'sizes' || w === 'losses' || w === 'deaths' || w === 'outbreaks' || w === 'emissions' || w === 'cases';

/** Is the verb of the deceive-data class at `i` said of information ("doctored the figures", "covered
 *  up the outbreak"; not "faked an injury", "covered the windows", "covering the stories")? */
function deceivesAbout(v: View, i: number): boolean {
  const obj = v.w(i).startsWith('cover') ? (v.w(i + 1) === 'up' ? i + 1 : -1) : i;
  return obj !== -1 && findAfter(v, obj, 4, isInformation) !== -1;
}

/** Words after an adverbial "before" ("has misled the public before about such incidents"). */
const AFTER_BEFORE: ReadonlySet<string> = new Set(['about', 'and', 'but', 'when', 'on', 'in', 'over']);

/** Within the clause around the verb at `i`: a word that makes the deception a past or a habit ("before",
 *  "previously", "repeatedly", "in the past", "caught", "known to"), or -1. */
function pastMark(v: View, i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 5 && !isBoundary(v.w(j)); j--) {
    const w = v.w(j);
    if (w === 'previously' || w === 'repeatedly' || w === 'caught' || (w === 'past' && v.w(j - 1) === 'the' && v.w(j - 2) === 'in')) return j;
    if (w === 'to' && v.w(j - 1) === 'known') return j - 1;
  }
  for (let j = i + 1; j < v.length && j <= i + 8; j++) {
    const w = v.w(j);
    // "before" as an adverb closing the clause ("has lied before."), not "before the vote"
    if (w === 'before' && (endsClause(v.w(j + 1)) || AFTER_BEFORE.has(v.w(j + 1)))) return j;
    if (w === 'past' && v.w(j - 1) === 'the' && v.w(j - 2) === 'in') return j;
    if (w === 'repeatedly' || w === 'previously') return j;
    if (isBoundary(w)) break;
  }
  return -1;
}

/** "has lied to regulators before", "was caught misleading reporters", "has previously doctored the figures". */
function pastDeception(v: View, i: number): CaveatMatch | null {
  const w = v.w(i);
  // "misleading" is an adjective as often ("a misleading chart"): as a deed only after "caught"/"been"
  if (w === 'misleading' && !['caught', 'been', 'was', 'were'].includes(v.w(i - 1))) return null;
  if (inClass('deceive-data', w) && !deceivesAbout(v, i)) return null;
  const mark = pastMark(v, i);
  if (mark === -1) return null;
  return mark < i ? found(v, mark, i) : found(v, i, mark);
}

// A reputation is read only in sentences with a verb of spreading or of deceiving in its -ing form.
const REPUTE_TRIGGERS = [...classSet('spread-verb'), ...[...classSet('deceive'), ...classSet('deceive-data')].filter((w) => w.endsWith('ing'))];

/** Where "lies" is a place, not a deceit ("the truth often lies in the middle"). */
const LIES_WHERE: ReadonlySet<string> = new Set(['in', 'at', 'with', 'behind', 'ahead', 'beneath', 'within', 'on', 'between', 'elsewhere', 'somewhere', 'low', 'dormant']);

/** "The government routinely lies about casualty figures", "the ministry often misleads the public":
 *  deceit as a present habit. */
function habitualDeception(v: View, i: number): CaveatMatch | null {
  if (v.w(i) === 'lies' && LIES_WHERE.has(v.w(i + 1))) return null;
  const habit = skipAdverbsBack(v, i - 1);
  return inClass('habit', v.w(habit)) ? found(v, habit, i) : null;
}

export const trackRecord: CaveatRule = {
  id: 'source-reliability',
  anchors: [
    { classes: ['deceive-now'], match: habitualDeception },
    { classes: ['reputed'], words: ['history', 'record', 'pattern'], triggers: REPUTE_TRIGGERS, match: reputedFor },
    { classes: ['deceive', 'deceive-data'], match: pastDeception },
    {
      // "widely seen as a propaganda arm of the government", "a state propaganda channel": a news
      // source that is a party's organ (an outlet noun, arm or organ); not
      // "the group's propaganda machine", "serve as a propaganda tool" (propaganda as a topic)
      classes: [],
      words: ['propaganda'],
      match(v, i) {
        const what = v.w(i + 1);
        return what === 'arm' || what === 'organ' || inClass('outlet-noun', what) ? found(v, i, i + 1) : null;
      },
    },
  ],
};
