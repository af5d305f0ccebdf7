// Limits of access that leave claims unchecked (issue 7; GUIDELINES.md §3, "fact-checking is
// difficult"): "journalists are barred from the region", "independent observers have not been
// allowed into the area", "there is no independent access to the camps", "the province is closed
// to foreign reporters". Only of those who would check a claim (journalists, observers, monitors,
// inspectors) and only of a place: "fans are barred from the stadium", "he was barred from holding
// office", "dogs are not allowed into the park" keep nobody from checking anything.
import { classSet, inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { blockerBefore, findAfter, findBefore, skipAdverbs, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'verification', cues: [span(v, a, b)] });
const isVerifier = (w: string) => inClass('verifier', w);

/** After `i`: where the verifiers are kept from, a place ("from the region", "into the area", "out of
 *  the camps") or going there ("from entering", "to visit"); the index of that word, or -1. */
function place(v: View, i: number): number {
  const enter = skipAdverbs(v, i);
  if (inClass('enter-verb', v.w(enter))) return enter;
  return findAfter(v, i - 1, 6, (w) => inClass('closed-place', w));
}

/** The verifier that is the subject of the verb group at `i` ("foreign reporters are barred",
 *  "observers have not been allowed"), or -1. */
const verifierSubject = (v: View, i: number) => findBefore(v, i, 8, isVerifier, true);

/** "Journalists are barred from the region", "reporters have been kept out of the area", "the army
 *  bars journalists from the front". */
function barred(v: View, i: number): CaveatMatch | null {
  // active: "the army bars journalists from the area", "authorities blocked reporters from entering"
  const object = findAfter(v, i, 3, isVerifier);
  let from = object !== -1 ? object + 1 : i + 1;
  if (v.w(i) === 'kept' && v.w(from) === 'out') from += v.w(from + 1) === 'of' ? 2 : 1;
  else if (v.w(i) === 'kept' && v.w(from) === 'away') from += 1;
  if (v.w(from) !== 'from' && !(v.w(i) === 'kept' && from > i + 1)) return null;
  const where = place(v, from + 1);
  if (where === -1) return null;
  if (object !== -1) return found(v, i, object);
  const subject = verifierSubject(v, i);
  return subject !== -1 ? found(v, subject, i) : null;
}

/** "Observers have not been allowed into the area", "the government does not allow foreign media
 *  into the territory", "reporters were not permitted to enter". */
function notAllowed(v: View, i: number): CaveatMatch | null {
  const blocker = blockerBefore(v, i);
  if (blocker === -1) return null;
  const object = findAfter(v, i, 3, isVerifier);
  const to = skipAdverbs(v, object !== -1 ? object + 1 : i + 1);
  const dest = v.w(to);
  // "into the area", "in", "near the front", "to enter", "access to the camps"
  let where = -1;
  if (dest === 'into' || dest === 'in' || dest === 'near' || dest === 'inside') where = place(v, to + 1);
  else if (dest === 'to') where = inClass('find-out', v.w(to + 1)) || ['enter', 'visit', 'travel', 'report', 'access', 'go'].includes(v.w(to + 1)) ? to + 1 : -1;
  else if (dest === 'access') where = to;
  if (where === -1) return null;
  if (object !== -1) return found(v, blocker, object);
  return verifierSubject(v, blocker) !== -1 ? found(v, blocker, i) : null;
}

/** Adjectives of access that keep outsiders out ("no independent access", "limited access"). */
const LIMITED: ReadonlySet<string> = new Set(['independent', 'outside', 'limited', 'restricted', 'little', 'scant']);

/** "There is no independent access to the camps", "journalists have no access to the region",
 *  "reporters were denied access", "the government denied journalists access". */
function noAccess(v: View, i: number): CaveatMatch | null {
  const before = v.w(i - 1);
  let start = -1;
  if (before === 'no' || (v.w(i - 2) === 'no' && LIMITED.has(before))) start = before === 'no' ? i - 1 : i - 2;
  else if (LIMITED.has(before)) start = i - 1;
  else {
    // "denied access", "denied journalists access", "not been given access"
    const verb = skipAdverbsBack(v, isVerifier(before) ? i - 2 : i - 1);
    if (v.w(verb) === 'denied' || v.w(verb) === 'refused') start = verb;
    else if (['given', 'granted', 'allowed'].includes(v.w(verb))) start = blockerBefore(v, verb);
    if (start !== -1 && isVerifier(before)) return found(v, start, i);
  }
  if (start === -1) return null;
  // independent access is access for those who would check; plain "no access" needs them named
  if (before === 'independent' || before === 'outside') return found(v, start, i);
  const who = verifierSubject(v, start);
  const whom = findAfter(v, i, 2, isVerifier);
  return who !== -1 || whom !== -1 ? found(v, who !== -1 ? who : start, whom !== -1 ? whom : i) : null;
}

/** "The region is largely closed to outside reporters", "off-limits to journalists". */
function closedTo(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'to') return null;
  const who = findAfter(v, i + 1, 3, isVerifier);
  return who !== -1 ? found(v, i, who) : null;
}

// The verbs of barring and allowing are common; they are read only in sentences that name a verifier.
const VERIFIERS = [...classSet('verifier')];

export const access: CaveatRule = {
  id: 'verification',
  anchors: [
    { classes: ['bar-verb'], triggers: VERIFIERS, match: barred },
    { classes: ['allow-verb'], triggers: VERIFIERS, match: notAllowed },
    { classes: [], words: ['access'], match: noAccess },
    { classes: [], words: ['closed', 'off-limits'], triggers: VERIFIERS, match: closedTo },
  ],
};
