// Claims and evidence the article calls unsettled, in the words of science and fact-check writing
// (issue 7; GUIDELINES.md §3): evidence that settles nothing ("the results are inconclusive", "far
// from conclusive", "remains an open question"), a fact in dispute ("the death toll is in
// dispute"), a claim that fails a test ("the claim doesn't hold up", "does not stand up to
// scrutiny"), doubters not won over ("not everyone is convinced by the findings"), a story that rests
// on unnamed sources or gives none ("based on anonymous sources", "the post gives no source for the
// figure"), accounts that cannot be squared, and a claim set right ("contrary to the post, ...").
// Each is said of something said, counted or found: "the race is unsettled", "the weather did not
// hold up", "contrary to expectations" qualify no claim.
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRuleId, CaveatRule } from '../rule';
import { endsClause, findAfter, findBefore, isNegation, questionSubject, skipAdverbs, skipAdverbsBack, span, speaksOfFuture, type View } from '../view';

const at = (rule: CaveatRuleId, v: View, a: number, b: number): CaveatMatch => ({ rule, cues: [span(v, a, b)] });

/** Something said, counted or found. */
const isAccount = (w: string) =>
  inClass('claim-noun', w) || inClass('data-noun', w) || inClass('figure-noun', w) || inClass('fact-noun', w) || inClass('research-output', w) || w === 'evidence' || w === 'proof' || w === 'science' || w === 'it' || w === 'this' || w === 'that';

/** The subject of the predicate whose verb group opens at `be`, when it is an account; -1 otherwise. */
const accountSubject = (v: View, be: number) => findBefore(v, be, 6, isAccount, true);

/** "The evidence is inconclusive", "the results were far from conclusive", "the science is not settled". */
function inconclusive(v: View, i: number): CaveatMatch | null {
  let j = skipAdverbsBack(v, i - 1);
  let start = j;
  if (inClass('conclusive', v.w(i))) {
    // "far from conclusive", "not conclusive", "by no means settled"
    if (v.w(j) === 'from' && v.w(j - 1) === 'far') start = j = j - 1;
    else if (isNegation(v.w(j))) start = j;
    else return null;
    j = skipAdverbsBack(v, j - 1);
  }
  if (!inClass('be', v.w(j)) && !inClass('seem', v.w(j))) return null;
  // "Whether the drug works remains unsettled": a question as subject, of a fact not the future
  const subject = accountSubject(v, j);
  if (subject === -1 || speaksOfFuture(v, subject, j)) return null;
  return at('open-question', v, Math.min(start, j), i);
}

/** "Whether the drug works remains an open question", "the cause is still an open question". */
function openQuestion(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'open' || v.w(i - 2) !== 'an') return null;
  const be = skipAdverbsBack(v, i - 3);
  if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
  // the subject is a question ("whether the drug works") or a fact; "who will win" asks of the future
  if (questionSubject(v, be)) return at('open-question', v, be, i);
  const start = accountSubject(v, be);
  if (start === -1 || speaksOfFuture(v, start, be)) return null;
  return at('open-question', v, be, i);
}

/** "The number of victims is in dispute", "the circumstances remain in dispute". */
function inDispute(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'in') return null;
  const be = skipAdverbsBack(v, i - 2);
  if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
  return accountSubject(v, be) !== -1 ? at('denial', v, be, i) : null;
}

/** "The claim doesn't hold up", "does not stand up to scrutiny", "the figures do not survive scrutiny". */
function holdsUp(v: View, i: number): CaveatMatch | null {
  const w = v.w(i);
  const end = w === 'hold' || w === 'stand' ? (v.w(i + 1) === 'up' ? i + 1 : -1) : v.w(i + 1) === 'scrutiny' ? i + 1 : -1;
  if (end === -1) return null;
  // "stand up to" a person is courage; "stand up" alone is rising: stand only with "to scrutiny"
  if (w === 'stand' && !(v.w(end + 1) === 'to' && (v.w(end + 2) === 'scrutiny' || v.w(end + 3) === 'scrutiny'))) return null;
  if (w === 'hold' && !endsClause(v.w(end + 1)) && v.w(end + 1) !== 'to' && v.w(end + 1) !== 'under') return null;
  const neg = skipAdverbsBack(v, i - 1);
  if (!isNegation(v.w(neg))) return null;
  const subject = findBefore(v, neg, 6, (x) => inClass('claim-noun', x) || inClass('data-noun', x) || inClass('figure-noun', x) || x === 'it' || x === 'that' || x === 'this');
  return subject !== -1 ? at('fact-check', v, subject, end) : null;
}

/** "Not everyone is convinced by the findings", "some experts are unconvinced by the explanation". */
function unconvinced(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'by') return null;
  const what = findAfter(v, i + 1, 4, (w) => inClass('claim-noun', w) || inClass('data-noun', w) || inClass('research-output', w) || w === 'evidence');
  if (what === -1) return null;
  const be = skipAdverbsBack(v, i - 1);
  if (v.w(i) === 'convinced') {
    // "not everyone is convinced", "few are convinced"; "they were convinced by the data" is assent
    const not = isNegation(v.w(be - 1)) || v.w(be - 1) === 'everyone' && v.w(be - 2) === 'not' || v.w(be - 1) === 'few' || isNegation(v.w(be));
    if (!not) return null;
  }
  return at('source-reliability', v, be, what);
}

/** "Much of the story is based on anonymous sources", "the report relies heavily on unnamed officials". */
function namelessBasis(v: View, i: number): CaveatMatch | null {
  const on = findBefore(v, i, 3, (w) => w === 'on');
  if (on === -1) return null;
  let rests = skipAdverbsBack(v, on - 1);
  if (v.w(rests).endsWith('ly')) rests = skipAdverbsBack(v, rests - 1); // "relies heavily on"
  if (!inClass('rests-on', v.w(rests))) return null;
  // what rests on them is a report or a claim ("the story", "the account"), not "relied on unnamed donors"
  return findBefore(v, rests, 6, (w) => inClass('claim-noun', w) || inClass('data-noun', w) || inClass('rated-thing', w) || w === 'article', true) !== -1 ? at('source-reliability', v, rests, i) : null;
}

/** "The post gives no source for the figure", "no source was given for the quote", "did not name its sources". */
function noSource(v: View, i: number): CaveatMatch | null {
  const no = v.w(i - 1) === 'no' ? i - 1 : -1;
  if (no !== -1) {
    const next = v.w(i + 1);
    // "gives no source for", "cited no source"; "no source was given"
    const given = findBefore(v, no, 2, (w) => ['gives', 'gave', 'give', 'cited', 'cites', 'cite', 'named', 'names', 'provided', 'provides', 'offered', 'offers', 'listed'].includes(w));
    const passive = inClass('be', v.w(i + 1)) && ['given', 'cited', 'provided', 'offered', 'named', 'listed'].includes(v.w(skipAdverbs(v, i + 2)));
    if (given !== -1 && (next === 'for' || endsClause(next))) return at('source-reliability', v, given, i);
    return passive ? at('source-reliability', v, no, skipAdverbs(v, i + 2)) : null;
  }
  // "did not name its sources", "did not cite a source", "without citing any sources"
  const det = i - 1;
  const verb = inClass('determiner', v.w(det)) || v.w(det) === 'any' ? det - 1 : i - 1;
  if (!['name', 'cite', 'citing', 'naming', 'identify', 'identifying', 'disclose', 'disclosing', 'reveal', 'revealing'].includes(v.w(verb))) return null;
  const neg = skipAdverbsBack(v, verb - 1);
  const blocked = isNegation(v.w(neg)) ? neg : -1;
  if (blocked === -1) return null;
  // the subject is the report, not a source protecting another ("the senator did not name the donors")
  return findBefore(v, neg, 6, (w) => inClass('claim-noun', w) || inClass('rated-thing', w) || inClass('outlet-noun', w) || w === 'paper' || w === 'article' || w === 'website' || w === 'site' || w === 'account' || w === 'without', true) !== -1 || v.w(neg) === 'without'
    ? at('source-reliability', v, blocked, i)
    : null;
}

/** "The company's account could not be squared with the records", "cannot be reconciled" is read elsewhere. */
function squared(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'with') return null;
  const be = skipAdverbsBack(v, i - 1);
  if (v.w(be) !== 'be') return null;
  const neg = skipAdverbsBack(v, be - 1);
  if (!isNegation(v.w(neg))) return null;
  return accountSubject(v, neg) !== -1 ? at('source-reliability', v, neg, i + 1) : null;
}

/** "Contrary to the post, the law does not ban cash", "contrary to his claims": a claim set right. */
function contrary(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'to') return null;
  const what = findAfter(v, i + 1, 4, (w) => inClass('claim-noun', w) || inClass('rated-thing', w) || inClass('media-noun', w) || w === 'what');
  // "contrary to popular belief", "contrary to expectations": no claim the article reports
  if (what === -1 || v.w(what) === 'this' || v.w(what) === 'that' || v.w(what) === 'it') return null;
  return at('fact-check', v, i, what);
}

export const unsettled: CaveatRule = {
  id: 'open-question',
  anchors: [
    { classes: ['inconclusive'], match: inconclusive },
    { classes: ['conclusive'], match: inconclusive },
    { classes: [], words: ['question'], triggers: ['open'], match: openQuestion },
    { classes: [], words: ['dispute'], match: inDispute },
    { classes: ['hold-up'], match: holdsUp },
    { classes: [], words: ['convinced', 'unconvinced'], match: unconvinced },
    { classes: ['nameless'], match: namelessBasis },
    { classes: [], words: ['source', 'sources'], match: noSource },
    { classes: [], words: ['squared'], match: squared },
    { classes: [], words: ['contrary'], match: contrary },
  ],
};
