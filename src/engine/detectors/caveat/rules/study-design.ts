// Limits of a study's design that science reporting states (issue 7; GUIDELINES.md §3, limits of
// data or method): "the trial was not randomized", "the study did not have a control group", "the
// researchers could not rule out other explanations", "other factors could explain the link",
// "experts urged caution in interpreting the results", "the sample was too small to", "the data come
// from a single hospital", "the findings are based on a small number of cases", "the study only
// followed patients for six months", "the researchers did not look at whether", "the experiment has
// not been repeated". Each is said of research (a study, its data, its authors): "the team was too
// small", "he could not rule out a run for office", "the vote was not repeated" limit no finding.
import { inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { blockerBefore, findAfter, findBefore, isNegation, skipAdverbs, skipAdverbsBack, span, speaksOfFuture, type View } from '../view';
import { RESEARCH, STUDY } from './limitation';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'limitation', cues: [span(v, a, b)] });

/** Research and what it rests on: a study, its data or sample, its authors. */
const isResearch = (w: string) =>
  STUDY.has(w) || inClass('research-output', w) || inClass('data-noun', w) || w === 'researchers' || w === 'authors' || w === 'scientists' || w === 'sample' || w === 'participants';

/** The research that is the subject of the clause before `i` (across commas), or -1. */
const researchBefore = (v: View, i: number, window = 8) => findBefore(v, i, window, isResearch, true);

/** "The trial was not randomized", "a non-randomized study", "the study wasn't blinded". */
function notRandomized(v: View, i: number): CaveatMatch | null {
  if (v.w(i).startsWith('non-')) return findAfter(v, i, 2, (w) => STUDY.has(w)) !== -1 ? found(v, i, i) : null;
  const neg = blockerBefore(v, i);
  return neg !== -1 && researchBefore(v, neg) !== -1 ? found(v, neg, i) : null;
}

/** Words that say a study had none: "did not have", "had no", "lacked", "without". */
const LACK: ReadonlySet<string> = new Set(['no', 'without', 'lacked', 'lacks', 'lacking', 'lack']);

/** "The study did not have a control group", "without a placebo group", "lacked a control group". */
function noControlGroup(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'control' && v.w(i - 1) !== 'placebo' && v.w(i - 1) !== 'comparison') return null;
  const lack = findBefore(v, i - 1, 4, (w) => LACK.has(w) || isNegation(w));
  return lack !== -1 ? found(v, lack, i) : null;
}

/** What a study cannot rule out: other explanations, confounding, chance. */
const ALTERNATIVE: ReadonlySet<string> = new Set(['explanations', 'explanation', 'factors', 'causes', 'confounding', 'confounders', 'bias', 'chance', 'possibility']);

/** "could not rule out other explanations", "cannot rule out that chance played a role". */
function cannotRuleOut(v: View, i: number): CaveatMatch | null {
  const out = v.w(i + 1) === 'out' ? i + 1 : -1;
  if (out === -1) return null;
  const neg = blockerBefore(v, i);
  if (neg === -1) return null;
  const what = findAfter(v, out, 4, (w) => ALTERNATIVE.has(w));
  // "the possibility that he will run" is about the future
  if (what === -1 || speaksOfFuture(v, what + 1)) return null;
  return found(v, neg, what);
}

/** What a study finds, which other things could explain: a link, an association, a result. */
const FINDING: ReadonlySet<string> = new Set(['link', 'links', 'association', 'associations', 'correlation', 'correlations', 'results', 'findings', 'difference', 'differences', 'effect', 'pattern', 'trend']);

/** "Other factors could explain the link", "differences in income may explain the association". */
function otherExplanation(v: View, i: number): CaveatMatch | null {
  const modal = skipAdverbsBack(v, i - 1);
  if (!['could', 'may', 'might', 'also'].includes(v.w(modal))) return null;
  const what = findAfter(v, i, 3, (w) => FINDING.has(w));
  if (what === -1) return null;
  // "other factors", "differences in income", "unmeasured variables"; not "other teams"
  const other = findBefore(v, modal, 5, (w) => ['factors', 'differences', 'variables', 'confounders', 'explanations', 'things'].includes(w));
  return other !== -1 ? found(v, other, what) : null;
}

/** "Experts urged caution in interpreting the results", "advised caution over the findings". */
function urgedCaution(v: View, i: number): CaveatMatch | null {
  if (!['urged', 'urge', 'urges', 'urging', 'advised', 'advises', 'counseled', 'counselled', 'recommended'].includes(v.w(i - 1))) return null;
  const what = findAfter(v, i, 6, isResearch);
  return what !== -1 ? found(v, i - 1, what) : null;
}

/** "The sample was too small to draw conclusions", "the trial was too short to show". */
function tooSmall(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'too') return null;
  const be = skipAdverbsBack(v, i - 2);
  if (!inClass('be', v.w(be))) return null;
  const subject = researchBefore(v, be, 6);
  return subject !== -1 ? found(v, subject, i) : null;
}

/** "The data come from a single hospital", "the findings are based on a small number of cases". */
function narrowBasis(v: View, i: number): CaveatMatch | null {
  // "from a single hospital", "on a small number of", "on a handful of"
  let j = i - 1;
  if (v.w(j) === 'a' || v.w(j) === 'only' || v.w(j) === 'just') j--;
  if (v.w(j) === 'a') j--;
  const prep = v.w(j);
  if (prep === 'from') {
    if (!inClass('lone', v.w(i))) return null;
  } else if (prep === 'on') {
    const rests = skipAdverbsBack(v, j - 1);
    if (!inClass('rests-on', v.w(rests))) return null;
    // "a small number of", "a handful of", "a few"
    if (!(v.w(i) === 'handful' || v.w(i) === 'few' || ((v.w(i) === 'small' || v.w(i) === 'limited') && ['number', 'sample', 'group'].includes(v.w(i + 1))))) return null;
  } else return null;
  const subject = researchBefore(v, j, 6);
  return subject !== -1 ? found(v, subject, i) : null;
}

/** "The study only followed patients for six months", "the trial only lasted eight weeks". */
function onlyRan(v: View, i: number): CaveatMatch | null {
  const verb = v.w(i + 1);
  if (!['followed', 'lasted', 'ran', 'looked', 'tracked', 'involved', 'tested', 'studied', 'surveyed', 'examined', 'measured', 'sampled', 'enrolled', 'recruited'].includes(verb)) return null;
  const subject = findBefore(v, i, 3, isResearch);
  return subject !== -1 ? found(v, subject, i + 1) : null;
}

/** "The researchers did not look at whether diet played a role", "the study did not measure how". */
function didNotAsk(v: View, i: number): CaveatMatch | null {
  const neg = blockerBefore(v, i);
  if (neg === -1 || researchBefore(v, neg, 6) === -1) return null;
  let q = skipAdverbs(v, i + 1);
  if (v.w(q) === 'at' || v.w(q) === 'into') q++;
  const w = v.w(q);
  return (w === 'whether' || w === 'if' || w === 'how' || w === 'why') && !speaksOfFuture(v, q + 1) ? found(v, neg, q) : null;
}

/** "The experiment has not been repeated by other labs", "the result has not been reproduced". */
function notRepeated(v: View, i: number): CaveatMatch | null {
  const be = skipAdverbsBack(v, i - 1);
  if (v.w(be) !== 'been' && v.w(be) !== 'be') return null;
  const neg = blockerBefore(v, i);
  return neg !== -1 && researchBefore(v, neg, 6) !== -1 ? found(v, neg, i) : null;
}

export const studyDesign: CaveatRule = {
  id: 'limitation',
  anchors: [
    { classes: [], words: ['randomized', 'randomised', 'blinded', 'non-randomized', 'non-randomised'], match: notRandomized },
    { classes: [], words: ['group', 'groups'], triggers: ['control', 'placebo', 'comparison'], match: noControlGroup },
    { classes: [], words: ['rule', 'ruled'], match: cannotRuleOut },
    { classes: [], words: ['explain'], triggers: RESEARCH, match: otherExplanation },
    { classes: [], words: ['caution'], match: urgedCaution },
    // common words: read only in sentences that name research
    { classes: [], words: ['small', 'short', 'few', 'limited', 'brief'], triggers: RESEARCH, match: tooSmall },
    { classes: ['lone'], words: ['handful', 'few', 'small', 'limited'], triggers: RESEARCH, match: narrowBasis },
    { classes: [], words: ['only'], triggers: RESEARCH, match: onlyRan },
    { classes: [], words: ['look', 'examine', 'measure', 'test', 'assess', 'study', 'consider', 'investigate', 'track'], triggers: RESEARCH, match: didNotAsk },
    { classes: [], words: ['repeated', 'reproduced'], triggers: RESEARCH, match: notRepeated },
  ],
};
