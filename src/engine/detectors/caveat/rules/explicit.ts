// Explicit caveats: the article flags its own doubt in so many words ("this story comes with the
// caveat that", "it should be noted that", "however, ... don't necessarily").
import { classSet, inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { clauseStart, isBoundary, isNegation, phraseAnchor, span, speaksOfFuture, type View } from '../view';

const phrases = phraseAnchor('explicit');

/**
 * Is the phrase from `a` to `b` an aside set off inside the sentence ("Trump, it's also worth
 * noting, had raised the matter before")? Such an aside points to a related fact; a caveat says
 * what follows it ("it is worth noting that the survey was small").
 */
function isAside(v: View, a: number, b: number): boolean {
  const after = v.w(b + 1);
  if (after !== ',' && after !== ')' && after !== '—' && after !== '–') return false;
  const start = clauseStart(v, a);
  return start > 0 && [',', '(', '—', '–'].includes(v.w(start - 1));
}

/**
 * "likely to change", "the likely nominee", "unclear when it will reopen", "little doubt": a
 * prediction, a title or certainty, not a doubt about what the article reports ("were likely not
 * present" is one).
 */
function predicts(v: View, j: number): boolean {
  const w = v.w(j);
  // "however, it is unclear when the bridge will reopen": a doubt about the future
  if (speaksOfFuture(v, j + 1)) return true;
  // "however, there is little doubt that": doubt denied is certainty
  if (w === 'doubt' || w === 'doubts') return ['no', 'little', 'without', 'beyond'].includes(v.w(j - 1));
  if (w !== 'likely' && w !== 'unlikely') return false;
  return v.w(j + 1) === 'to' || inClass('determiner', v.w(j - 1));
}

/**
 * "I'm not calling into question his record", "nothing to raise doubts about": a doubt denied; "it's
 * important to remember to vote": advice, with nothing noted.
 */
function negatedOrAdvice(v: View, a: number, b: number): boolean {
  if (v.w(b + 1) === 'to') return true;
  for (let j = a - 1; j >= 0 && j >= a - 3; j--) if (isNegation(v.w(j)) || v.w(j) === 'nothing') return true;
  return false;
}

/**
 * "raising doubts about her ethics", "his judgment has been called into question": doubt about a
 * person's qualities is opinion about the person, not a caveat on a claim. Read at the noun the
 * doubt is cast on (after the phrase) or, in the passive, the subject before it.
 */
function ofAPerson(v: View, a: number, b: number): boolean {
  for (let j = b + 1; j < v.length && j <= b + 4 && !isBoundary(v.w(j)); j++) if (inClass('person-quality', v.w(j))) return true;
  for (let j = a - 1; j >= 0 && j >= a - 4 && !isBoundary(v.w(j)); j--) if (inClass('person-quality', v.w(j))) return true;
  return false;
}

/** Openers of a remark the writer weighs ("worth noting", "important to remember", "bears
 *  mentioning"): they flag a caveat only when what follows qualifies a claim or data. "It should be
 *  noted that" (GUIDELINES.md §3) is read as a caveat whatever follows. */
const WEIGHED: ReadonlySet<string> = new Set(['worth', 'important', 'bears']);

/** Does the remark after `end` (to the sentence's end, at most 25 words) speak of data, a claim, a
 *  finding or shown material, or say what it only covers ("it's worth noting that the survey was small",
 *  "important to remember that the figures are estimates")? Over PolNeAR such openers were nearly
 *  always the writer's general point ("important to remember that democracy can be messy"). */
function notesALimit(v: View, end: number): boolean {
  for (let j = end + 1; j < v.length && j <= end + 25; j++) {
    const w = v.w(j);
    if (inClass('data-noun', w) || inClass('claim-noun', w) || inClass('research-noun', w) || inClass('figure-noun', w) || inClass('media-noun', w) || inClass('unverified', w) || inClass('limitation', w) || w === 'only') return true;
  }
  return false;
}

/**
 * "There is good reason to doubt the figures", "there are reasons to be skeptical of the claim":
 * the article gives its reader grounds to doubt what it reports. Not "no reason to doubt" (trust)
 * nor "a reason to question the witness" said of a lawyer's tactics with someone ("asked", a person).
 */
function reasonToDoubt(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'to') return null;
  let j = i + 2;
  if (v.w(j) === 'be') j++;
  const w = v.w(j);
  if (!(j === i + 2 ? inClass('doubt-act', w) : inClass('doubt-state', w))) return null;
  // "no reason to doubt", "little reason to question": grounds denied; "the reason to question
  // the plan is cost", "his reason to doubt": a particular reason named, not the article's doubt
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (isNegation(v.w(k)) || v.w(k) === 'little' || v.w(k) === 'nothing') return null;
  const det = v.w(i - 1) === 'good' || v.w(i - 1) === 'strong' ? v.w(i - 2) : v.w(i - 1);
  if (det === 'the' || det === 'this' || det === 'that' || det === 'his' || det === 'her' || det === 'their' || det === 'its' || det === 'my') return null;
  // of a claim or a figure: "reasons to question her judgment", "to be skeptical about his
  // prospects" doubt a person or a forecast
  const what = (x: string) => inClass('claim-noun', x) || inClass('data-noun', x) || inClass('figure-noun', x) || inClass('media-noun', x);
  for (let k = j + 1; k <= j + 5 && k < v.length; k++) if (what(v.w(k))) return { rule: 'explicit', cues: [span(v, i, j)] };
  return null;
}

export const explicit: CaveatRule = {
  id: 'explicit',
  anchors: [
    {
      ...phrases,
      match(v, i) {
        const m = phrases.match(v, i);
        if (!m) return null;
        const end = v.tokens.findIndex((t) => t.end === m.cues[0].end);
        return isAside(v, i, end) || negatedOrAdvice(v, i, end) || ofAPerson(v, i, end) || (WEIGHED.has(v.w(i)) && !notesALimit(v, end)) ? null : m;
      },
    },
    {
      // "Another caveat: ...", "One important caveat is that ...": the article names a caveat at the
      // head of its sentence; a caveat someone "added" is theirs, not the article's.
      classes: ['caveat-noun'],
      match(v, i) {
        if (i > 3) return null;
        for (let j = 0; j < i; j++) if (!inClass('caveat-opener', v.w(j))) return null;
        const next = v.w(i + 1);
        return next === ':' || next === 'is' || next === 'here' ? { rule: 'explicit', cues: [span(v, 0, i)] } : null;
      },
    },
    { classes: ['doubt-reason'], match: reasonToDoubt },
    {
      // "however" alone only contrasts; followed by a doubt word it qualifies the claim. The doubt
      // may sit in a later clause, so the window is the rest of the sentence. "however unlikely it
      // may be" is concessive: a doubt word right after "however" is its object, not a doubt.
      classes: [],
      words: ['however'],
      // only followed by a doubt word: those are the sentences to read, not every "however"
      triggers: [...classSet('doubt')],
      match(v, i) {
        for (let j = i + 2; j < v.length; j++) {
          if (v.w(j) === 'however') return null; // the later "however" reads the rest itself
          if (inClass('doubt', v.w(j)) && !predicts(v, j)) return { rule: 'explicit', cues: [span(v, i, i), span(v, j, j)] };
        }
        return null;
      },
    },
  ],
};
