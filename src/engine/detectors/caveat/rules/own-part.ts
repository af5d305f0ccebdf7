// A party's reported denial of its own part in what the story tells (issue 7; GUIDELINES.md
// conventions: "a denial or dispute of the reported claim by its subject ... is a caveat"), in the
// words of a statement rather than "denied": "the billionaire said he had no knowledge of the
// scheme", "she said she had no role in the decision", "the company said it had nothing to do with
// the leak", "the minister said he was unaware of the payments", and the quoted "I had nothing to do
// with it". Only where the sentence reports speech: "the firm had no role in the merger" is a fact
// the article states.
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'denial', cues: [span(v, a, b)] });

/** Does the sentence report speech: a verb of saying or insisting, or a quotation mark? */
function reportsSpeech(v: View): boolean {
  for (let j = 0; j < v.length; j++) {
    const w = v.w(j);
    if (inClass('say-verb', w) || inClass('insist', w) || w === '"' || w === '“' || w === '”' || w === 'statement') return true;
  }
  return false;
}

const MODAL: ReadonlySet<string> = new Set(['ought', 'should', 'would', 'could', 'must', 'may', 'might', 'will', 'to']);

/** The "had"/"has"/"played" before "no" at `no`, whose subject is the party speaking: a pronoun
 *  right after the verb of saying ("said he had", "says it has", "insisted that she played") or the
 *  quoted "I"/"we"; -1 otherwise. "The FBI said that [Comey] had no knowledge" reports a third
 *  party's state, "the moderator ought to have no role" a norm. */
function hadNo(v: View, no: number): number {
  const had = skipAdverbsBack(v, no - 1);
  const w = v.w(had);
  if (!(inClass('have', w) || w === 'played' || w === 'plays' || w === 'play')) return -1;
  const s = skipAdverbsBack(v, had - 1);
  if (MODAL.has(v.w(s))) return -1;
  const subject = v.w(s);
  if (subject === 'i' || subject === 'we') return had;
  if (!inClass('subject-pronoun', subject)) return -1;
  const before = v.w(s - 1) === 'that' ? v.w(s - 2) : v.w(s - 1);
  return inClass('say-verb', before) || inClass('insist', before) || before === 'saying' ? had : -1;
}

/** "said he had no knowledge of", "had no role in", "played no part in". */
function noPart(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'no' && !(v.w(i - 2) === 'no' && ['direct', 'prior', 'personal', 'active'].includes(v.w(i - 1)))) return null;
  const no = v.w(i - 1) === 'no' ? i - 1 : i - 2;
  if (!['of', 'in', 'about'].includes(v.w(i + 1))) return null;
  const had = hadNo(v, no);
  return had !== -1 && reportsSpeech(v) ? found(v, had, i) : null;
}

/** "had nothing to do with the leak", "has nothing to do with it". */
function nothingToDo(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'to' || v.w(i - 2) !== 'nothing' || v.w(i + 1) !== 'with') return null;
  const had = hadNo(v, i - 2);
  // "have nothing to do with who I am": a remark about oneself, not a part denied
  if (had === -1 || inClass('wh', v.w(i + 2))) return null;
  return reportsSpeech(v) ? found(v, had, i + 1) : null;
}

/** "said he was unaware of the payments", "insisted she was not aware of the scheme". */
function unaware(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'of') return null;
  let be = skipAdverbsBack(v, i - 1);
  if (v.w(i) === 'aware') {
    if (v.w(be) !== 'not') return null;
    be = skipAdverbsBack(v, be - 1);
  }
  if (!inClass('be', v.w(be))) return null;
  const subject = v.w(be - 1);
  return (inClass('subject-pronoun', subject) || subject === 'i' || subject === 'we') && reportsSpeech(v) ? found(v, be - 1, i + 1) : null;
}

export const ownPart: CaveatRule = {
  id: 'denial',
  anchors: [
    { classes: ['own-part'], match: noPart },
    { classes: [], words: ['do'], triggers: ['nothing'], match: nothingToDo },
    { classes: [], words: ['unaware', 'aware'], match: unaware },
  ],
};
