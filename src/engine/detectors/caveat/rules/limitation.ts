// Limits of the article's own data or method: "a rough approximation", "limitations of the data",
// "information on prices was unavailable", "the figures do not include", "the records are
// incomplete", "it is difficult to draw firm conclusions", "were unable to collect data", "the
// sample was small", "the toll is likely an undercount".
import { classSet, inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import { blockerBefore, endsClause, findAfter, findBefore, isNegation, skipAdverbs, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'limitation', cues: [span(v, a, b)] });
const isData = (w: string) => inClass('data-noun', w);

/** "a rough approximation", "at best an approximation". */
function approximation(v: View, i: number): CaveatMatch | null {
  const adj = findBefore(v, i, 2, (w) => inClass('approx-adjective', w));
  return adj !== -1 ? found(v, adj, i) : null;
}

/** "limitations of the data", "the study's shortcomings", "the poll has its flaws". */
function limitation(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) === 'of') {
    const after = findAfter(v, i + 1, 3, isData);
    return after !== -1 ? found(v, i, after) : null;
  }
  const owner = findBefore(v, i, 2, (w) => w.endsWith("'s") && isData(w.slice(0, -2)));
  if (owner !== -1) return found(v, owner, i);
  // "the researchers acknowledged several limitations", "the authors noted its shortcomings"; not
  // "the coach acknowledged the team's weaknesses"
  const concede = findBefore(v, i, 3, (w) => inClass('concede', w));
  if (concede !== -1 && findBefore(v, concede, 6, isResearcher, true) !== -1) return found(v, concede, i);
  const have = findBefore(v, i, 3, (w) => w === 'has' || w === 'have' || w === 'had');
  const data = have !== -1 ? findBefore(v, have, 3, isData) : -1;
  return data !== -1 ? found(v, data, i) : null;
}

/** "information on value was unavailable", "figures were not available", "no data are available". */
function unavailable(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) === 'for' && v.w(i + 2) === 'comment') return null; // a non-response, read there
  let start = i;
  if (v.w(i) === 'available') {
    const neg = skipAdverbsBack(v, i - 1);
    if (!isNegation(v.w(neg))) return null;
    start = neg;
  }
  const data = findBefore(v, start, 6, isData);
  return data !== -1 ? found(v, data, i) : null;
}

/** "the figures do not include deaths at home", "does not necessarily reflect the nation". */
function notCovered(v: View, i: number): CaveatMatch | null {
  const neg = skipAdverbsBack(v, i - 1);
  const w = v.w(neg);
  if (v.w(i) === 'account' && v.w(i + 1) !== 'for') return null;
  // "the data covers only the first quarter", "the figures only include deaths in hospitals"
  // ("the survey shows only a small gap" reports a finding: not the verbs of proof)
  if ((v.w(i + 1) === 'only' || w === 'only') && !inClass('proof-verb', v.w(i))) {
    const start = w === 'only' ? neg : i;
    return findBefore(v, start, 12, isData, true) !== -1 ? found(v, start, w === 'only' ? i : i + 1) : null;
  }
  // not/n't/never: "can no longer count on" is a change, not a gap in the data
  if (!(w === 'not' || w === 'never' || w === 'cannot' || w.endsWith("n't"))) return null;
  // the data may be the subject across an apposition ("the price data is for one state, where ...,
  // and does not reflect the nation")
  return findBefore(v, neg, 20, isData, true) !== -1 ? found(v, neg - (inClass('aux', v.w(neg - 1)) ? 1 : 0), i) : null;
}

/** "the records are incomplete", "sparse data", "estimates are necessarily more speculative". */
function tentative(v: View, i: number): CaveatMatch | null {
  const after = findAfter(v, i, 2, isData);
  if (after !== -1) return found(v, i, after);
  const be = findBefore(v, i, 3, (w) => inClass('be', w));
  if (be === -1) return null;
  // "speculative" predicated is a limit whatever its subject ("they are necessarily more speculative")
  return v.w(i) === 'speculative' || findBefore(v, be, 4, isData) !== -1 ? found(v, be, i) : null;
}

/** "difficult to draw firm conclusions", "cannot draw conclusions", "too early to draw conclusions". */
function noConclusions(v: View, i: number): CaveatMatch | null {
  const draw = findBefore(v, i, 3, (w) => inClass('draw', w));
  if (draw === -1) return null;
  const blocker = findBefore(v, draw, 4, (w) => isNegation(w) || inClass('find-out-blocker', w));
  return blocker !== -1 ? found(v, blocker, i) : null;
}

/** "were unable to collect any data", "could not obtain figures". */
function notGathered(v: View, i: number): CaveatMatch | null {
  const gather = findBefore(v, i, 4, (w) => inClass('gather', w));
  if (gather === -1 || v.w(gather - 1) !== 'to') return null;
  const able = skipAdverbsBack(v, gather - 2);
  if (v.w(able) === 'unable') return found(v, able, i);
  if (v.w(able) !== 'able') return null;
  const neg = isNegation(v.w(skipAdverbsBack(v, able - 1))) ? skipAdverbsBack(v, able - 1) : findBefore(v, able, 3, isNegation);
  return neg !== -1 ? found(v, neg, i) : null;
}

/** "there are no hard data", "no reliable figures on", "no data to support". */
function noData(v: View, i: number): CaveatMatch | null {
  const no = findBefore(v, i, 2, (w) => w === 'no');
  if (no === -1 || v.w(no + 1) === 'longer') return null;
  // "there are no hard data", "no reliable figures": data of a quality the article lacks; "there are
  // no polls showing him ahead" reports a fact instead
  const quality = no === i - 2 && inClass('data-quality', v.w(i - 1));
  return quality || inClass('data-gap', v.w(i + 1)) ? found(v, no, i) : null;
}

/** "the sample was small", "a small sample of voters", "the sample size is limited". */
function smallSample(v: View, i: number): CaveatMatch | null {
  const small = (w: string) => w === 'small' || w === 'tiny' || w === 'limited';
  const before = findBefore(v, i, 2, small);
  if (before !== -1) return found(v, before, i);
  const after = findAfter(v, i, 3, small);
  return after !== -1 && findAfter(v, i, 3, (w) => inClass('be', w)) !== -1 ? found(v, i, after) : null;
}

/** "More research is needed", "further studies are required": the article says the finding is not settled. */
function moreNeeded(v: View, i: number): CaveatMatch | null {
  const more = findBefore(v, i, 3, (w) => w === 'more' || w === 'further' || w === 'additional');
  if (more === -1 || !inClass('research-noun', v.w(more + 1))) return null;
  const be = findBefore(v, i, 2, (w) => inClass('be', w));
  return be !== -1 && be > more ? found(v, more, i) : null;
}

/** "Reliable figures are hard to come by", "data are difficult to obtain". */
function hardToGet(v: View, i: number): CaveatMatch | null {
  const hard = findAfter(v, i, 4, (w) => inClass('find-out-blocker', w));
  if (hard === -1 || v.w(hard + 1) !== 'to') return null;
  const verb = v.w(hard + 2);
  if (verb === 'come' && v.w(hard + 3) === 'by') return found(v, i, hard + 3);
  return inClass('gather', verb) ? found(v, i, hard + 2) : null;
}

/** "The study was small", "a small, observational study", "the trial was limited to 40 patients":
 *  a study too small or of a design too weak to settle the claim it reports. */
function weakStudy(v: View, i: number): CaveatMatch | null {
  const study = (w: string) => STUDY.has(w);
  const after = findAfter(v, i, 3, study);
  if (after !== -1 && !inClass('be', v.w(after + 1))) return found(v, i, after);
  const be = skipAdverbsBack(v, i - 1);
  if (!inClass('be', v.w(be))) return null;
  const subject = findBefore(v, be, 4, study);
  return subject !== -1 ? found(v, subject, i) : null;
}

export const STUDY: ReadonlySet<string> = new Set(['study', 'studies', 'trial', 'trials', 'survey', 'surveys', 'research', 'analysis', 'experiment', 'experiments']);

/**
 * "The authors cautioned that the findings are preliminary", "experts cautioned against reading too
 * much into the results", "warned against drawing conclusions from one poll": a limit put on a
 * finding by those who know it. "Warned that the figures show a crisis" uses the finding instead.
 */
function cautioned(v: View, i: number): CaveatMatch | null {
  const next = v.w(i + 1);
  if (next === 'against') {
    const reading = v.w(i + 2);
    if (!(reading.endsWith('ing') && findAfter(v, i + 2, 8, (w) => isData(w) || inClass('conclusion', w) || inClass('claim-noun', w)) !== -1)) return null;
    return found(v, i, i + 2);
  }
  if (next !== 'that' || !v.w(i).startsWith('caution')) return null;
  const what = findAfter(v, i + 1, 6, (w) => isData(w) || STUDY.has(w) || inClass('claim-noun', w));
  return what !== -1 ? found(v, i, what) : null;
}

/** "Correlation does not prove causation", "an association, not causation", "cannot show a causal link". */
function noCausation(v: View, i: number): CaveatMatch | null {
  const neg = findBefore(v, i, 5, isNegation, true);
  return neg !== -1 ? found(v, neg, i) : null;
}

/** "The numbers are self-reported", "self-reported data": figures that rest on their subjects' own word. */
function selfReported(v: View, i: number): CaveatMatch | null {
  const after = findAfter(v, i, 2, isData);
  if (after !== -1) return found(v, i, after);
  const be = skipAdverbsBack(v, i - 1);
  return inClass('be', v.w(be)) && findBefore(v, be, 6, (w) => isData(w) || inClass('figure-noun', w), true) !== -1 ? found(v, i, i) : null;
}

/**
 * "The survey may not be representative of all voters", "an unrepresentative sample": a study or
 * figure that may not speak for the whole. Not "she is not representative of her party" (a person).
 */
function unrepresentative(v: View, i: number): CaveatMatch | null {
  const isStudy = (w: string) => isData(w) || STUDY.has(w) || inClass('figure-noun', w);
  if (v.w(i) === 'unrepresentative') {
    const what = Math.max(findAfter(v, i, 2, isStudy), findBefore(v, i, 8, isStudy, true));
    return what !== -1 ? found(v, i, i) : null;
  }
  let neg = skipAdverbsBack(v, i - 1);
  if (v.w(neg) === 'be' || inClass('be', v.w(neg))) neg = skipAdverbsBack(v, neg - 1);
  if (!isNegation(v.w(neg))) return null;
  const start = inClass('aux', v.w(neg - 1)) ? neg - 1 : neg;
  return findBefore(v, neg, 12, isStudy, true) !== -1 ? found(v, start, i) : null;
}

/**
 * "Her lead is within the poll's margin of error", "a tie inside the margin of sampling error":
 * a difference the poll cannot tell from chance. The margin stated alone ("the poll has a margin
 * of error of 3 points") is the
 * poll's standard description, which qualifies no finding.
 */
function withinMargin(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'of' || (v.w(i + 2) !== 'error' && !(v.w(i + 2) === 'sampling' && v.w(i + 3) === 'error'))) return null;
  // ("outside the margin of error" says the difference is real)
  const within = findBefore(v, i, 5, (w) => w === 'within' || w === 'inside');
  return within !== -1 ? found(v, within, v.w(i + 2) === 'error' ? i + 2 : i + 3) : null;
}

/** "It is only an estimate", "a rough guess", "at best a ballpark estimate". */
function roughEstimate(v: View, i: number): CaveatMatch | null {
  const rough = findBefore(v, i, 3, (w) => inClass('rough', w) || w === 'best');
  // "the best estimate" is the figure itself; "at best an estimate" doubts it
  if (rough === -1 || (v.w(rough) === 'best' && v.w(rough - 1) !== 'at')) return null;
  return found(v, v.w(rough) === 'best' ? rough - 1 : rough, i);
}

/** "The results are preliminary", "the figures remain provisional and may change". */
function provisional(v: View, i: number): CaveatMatch | null {
  const be = skipAdverbsBack(v, i - 1);
  if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1)) || (!endsClause(v.w(i + 1)) && v.w(i + 1) !== 'and')) return null;
  return findBefore(v, be, 5, (w) => isData(w) || STUDY.has(w) || inClass('figure-noun', w) || inClass('claim-noun', w)) !== -1 ? found(v, be, i) : null;
}

/** "The study did not control for income", "the analysis didn't adjust for age": a confounder left in. */
function uncontrolled(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'for') return null;
  const neg = skipAdverbsBack(v, i - 1);
  const w = v.w(neg);
  if (!(w === 'not' || w === 'never' || w === 'cannot' || w.endsWith("n't"))) return null;
  return findBefore(v, neg, 8, isResearcher, true) !== -1 ? found(v, neg - (inClass('aux', v.w(neg - 1)) ? 1 : 0), i + 1) : null;
}

/** "The drug has only been tested in mice", "shown in animals, not in people": a finding short of people. */
function animalsOnly(v: View, i: number): CaveatMatch | null {
  if (v.w(i - 1) !== 'in') return null;
  const only = findBefore(v, i, 6, (w) => w === 'only');
  const notPeople = (v.w(i + 1) === ',' && (v.w(i + 2) === 'not' || v.w(i + 2) === 'rather')) || (v.w(i + 1) === 'and' && v.w(i + 2) === 'not');
  if (only === -1 && !notPeople) return null;
  const research = findBefore(v, i, 8, (w) => STUDY.has(w) || inClass('research-noun', w) || ['tested', 'studied', 'shown', 'done', 'conducted', 'found'].includes(w));
  return research !== -1 ? found(v, only !== -1 ? only : i - 1, i) : null;
}

/** A study, its data, or the people who made it. */
const RESEARCHERS: ReadonlySet<string> = new Set([...classSet('data-noun'), ...STUDY, 'researchers', 'authors', 'scientists']);
const isResearcher = (w: string) => RESEARCHERS.has(w);

/** "The statistic is outdated", "outdated figures": data too old for the claim made with it. */
function outdated(v: View, i: number): CaveatMatch | null {
  const after = findAfter(v, i, 2, isCount);
  if (after !== -1) return found(v, i, after);
  const be = skipAdverbsBack(v, i - 1);
  return inClass('be', v.w(be)) && findBefore(v, be, 5, isCount) !== -1 ? found(v, be, i) : null;
}

const isCount = (w: string) => isData(w) || inClass('figure-noun', w);

/** Words that name research: the rules of research run only in sentences that hold one. */
export const RESEARCH: readonly string[] = [...classSet('research-output'), ...STUDY, 'researchers', 'authors', 'scientists'];

/** "Official figures understate the scale", "the tally is likely an underestimate", "many cases go unreported". */
function shortCount(v: View, i: number): CaveatMatch | null {
  if (v.w(i) === 'unreported') {
    // "cases go unreported", "many deaths went unreported": any count of events, with its verb
    const go = skipAdverbsBack(v, i - 1);
    return ['go', 'goes', 'went', 'gone', 'going'].includes(v.w(go)) || inClass('be', v.w(go)) ? found(v, go, i) : null;
  }
  // the figure is the subject ("the figures understate") or what is called so ("an underestimate of deaths")
  const subject = findBefore(v, i, 8, (w) => isCount(w) || w === 'toll' || w === 'tolls', true);
  return subject !== -1 ? found(v, subject, i) : null;
}

/** "The true toll is likely much higher", "the actual number may be far higher". */
function realCountHigher(v: View, i: number): CaveatMatch | null {
  const real = findBefore(v, i, 8, (w) => inClass('real', w));
  if (real === -1 || !(isCount(v.w(real + 1)) || v.w(real + 1) === 'toll' || v.w(real + 1) === 'scale')) return null;
  // "than" would compare the real figure with another ("the real number is higher than last year's")
  return v.w(i + 1) !== 'than' ? found(v, real, i) : null;
}

/** "The study has not been published", "unpublished data": research no one outside has seen. */
function unpublished(v: View, i: number): CaveatMatch | null {
  if (v.w(i) === 'unpublished') return findAfter(v, i, 2, (w) => inClass('research-output', w)) !== -1 ? found(v, i, i) : null;
  const neg = blockerBefore(v, i);
  if (neg === -1 || !inClass('be', v.w(skipAdverbsBack(v, i - 1))) && v.w(skipAdverbsBack(v, i - 1)) !== 'been') return null;
  return findBefore(v, neg, 5, (w) => inClass('research-output', w)) !== -1 ? found(v, neg, i) : null;
}

/** "The results may not apply to other countries", "the findings cannot be generalised to adults". */
function mayNotCarryOver(v: View, i: number): CaveatMatch | null {
  let k = i + 1;
  if (v.w(i) === 'be') return null;
  // passive: "cannot be generalised to", "may not be extended to"
  let neg = skipAdverbsBack(v, i - 1);
  if (v.w(neg) === 'be') neg = skipAdverbsBack(v, neg - 1);
  const w = v.w(neg);
  if (!(w === 'not' || w === 'cannot' || w.endsWith("n't"))) return null;
  if (v.w(k) !== 'to' && v.w(k) !== 'for') {
    // "hold true for", "apply equally to"
    k = skipAdverbs(v, k);
    if (v.w(k) === 'true') k++;
    if (v.w(k) !== 'to' && v.w(k) !== 'for') return null;
  }
  const subject = findBefore(v, neg, 6, (x) => isData(x) || STUDY.has(x) || inClass('research-output', x), true);
  return subject !== -1 ? found(v, neg - (inClass('aux', v.w(neg - 1)) ? 1 : 0), i) : null;
}

/** "The study only shows an association", "found only a correlation": co-occurrence, not cause. */
function onlyAssociation(v: View, i: number): CaveatMatch | null {
  const only = findBefore(v, i, 4, (w) => w === 'only' || w === 'merely');
  if (only === -1) return null;
  return findBefore(v, only, 6, (w) => isData(w) || STUDY.has(w) || inClass('research-output', w) || w === 'researchers') !== -1 ? found(v, only, i) : null;
}

export const dataLimit: CaveatRule = {
  id: 'limitation',
  anchors: [
    { classes: ['approximation'], match: approximation },
    { classes: ['undercount'], match: (v, i) => found(v, i, i) },
    { classes: [], words: ['sample', 'samples'], match: smallSample },
    { classes: [], words: ['small', 'observational', 'limited'], triggers: [...STUDY], match: weakStudy },
    { classes: [], words: ['causation', 'causal', 'causality'], match: noCausation },
    { classes: [], words: ['caution', 'cautions', 'cautioned', 'cautioning', 'warn', 'warns', 'warned', 'warning'], match: cautioned },
    { classes: ['limitation'], match: limitation },
    { classes: ['unavailable'], match: unavailable },
    { classes: ['coverage-verb'], match: notCovered },
    { classes: ['tentative'], match: tentative },
    { classes: ['conclusion'], match: noConclusions },
    { classes: ['data-noun'], match: notGathered },
    { classes: ['data-noun'], match: noData },
    { classes: ['data-noun'], match: hardToGet },
    { classes: [], words: ['needed', 'required'], match: moreNeeded },
    { classes: ['self-reported'], match: selfReported },
    { classes: ['representative'], match: unrepresentative },
    { classes: ['rough-estimate'], match: roughEstimate },
    { classes: ['provisional'], match: provisional },
    { classes: ['confounder-verb'], triggers: [...RESEARCHERS], match: uncontrolled },
    { classes: ['model-organism'], match: animalsOnly },
    { classes: ['outdated'], match: outdated },
    { classes: ['short-count'], match: shortCount },
    { classes: ['higher'], triggers: [...classSet('real')], match: realCountHigher },
    // "published", "apply", "hold", "link" are common words: these run only where research is named
    { classes: [], words: ['published', 'unpublished'], triggers: RESEARCH, match: unpublished },
    { classes: ['generalise'], triggers: RESEARCH, match: mayNotCarryOver },
    { classes: ['association'], triggers: ['only', 'merely'], match: onlyAssociation },
    { classes: [], words: ['margin', 'margins'], match: withinMargin },
  ],
};
