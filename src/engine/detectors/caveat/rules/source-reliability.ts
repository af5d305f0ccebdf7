// Reliability of a source: the article warns that a source or its account is not to be trusted
// ("notoriously unreliable", "has a history of false claims", "paid for stories", "testimonies
// have fallen apart", "questioned his veracity").
import { classSet, inClass } from '../lexicon';
import { namesAClaim } from '../falsehood';
import type { CaveatMatch, CaveatRule } from '../rule';
import { endsClause, findAfter, findBefore, isNegation, skipAdverbs, skipAdverbsBack, span, type View } from '../view';

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'source-reliability', cues: [span(v, a, b)] });

const isClaim = (w: string) => inClass('claim-noun', w);
const isAsideMark = (w: string) => w === '—' || w === '–' || w === '-' || w === ',' || w === '(' || w === ')';

/** "13,000 false or misleading claims", "inaccurate statements": claims the article calls false. */
function falseClaims(v: View, i: number): CaveatMatch | null {
  let j = i + 1;
  if ((v.w(j) === 'or' || v.w(j) === 'and') && inClass('false-claim', v.w(j + 1))) j += 2;
  const noun = v.w(j);
  // plural: claims made again and again; "a false narrative" is one claim disputed (denial)
  return isClaim(noun) && noun.endsWith('s') && namesAClaim(v, i, j) ? found(v, i, j) : null;
}

/** Is "fabricated"/"fabrication" at `i` said of a claim, a record or shown material, or as a verdict? */
function inventsAClaim(v: View, i: number): boolean {
  const made = (x: string) => isClaim(x) || inClass('data-noun', x) || inClass('media-noun', x) || inClass('remark', x) || x === 'evidence' || x === 'quotes' || x === 'it' || x === 'them';
  if (findAfter(v, i, 4, made) !== -1 || findBefore(v, i, 5, made) !== -1) return true;
  const before = v.w(i - 1);
  // "the statistics ... appear to be fabricated.": predicated at the clause's end ("the parts were
  // fabricated in Ohio" says where)
  if (endsClause(v.w(i + 1)) && findBefore(v, i, 3, (x) => inClass('be', x)) !== -1) return true;
  return ['total', 'complete', 'pure', 'a', 'percent', 'totally', 'completely', 'entirely', 'all'].includes(before) || endsClause(v.w(i + 1)) && isAsideOrQuote(v.w(i + 1));
}

const isAsideOrQuote = (w: string) => w === '"' || w === '”' || w === "'" || w === '’' || w === "''";

/** "the claims proved wrong", "his account turned out to be false". */
function provedFalse(v: View, i: number): CaveatMatch | null {
  const proved = findBefore(v, i, 4, (w) => inClass('proved', w)); // "turned out to be false"
  if (proved === -1) return null;
  const claim = findBefore(v, proved, 4, isClaim);
  return claim !== -1 ? found(v, claim, i) : null;
}

/** "rife with contradictions", "inconsistencies in his account", "his answers contained contradictions". */
function flawed(v: View, i: number): CaveatMatch | null {
  const rife = findBefore(v, i, 3, (w) => inClass('rife', w));
  // "rife with contradictions", "riddled with errors", "full of inaccuracies"
  if (rife !== -1 && (v.w(rife + 1) === 'with' || (v.w(rife) === 'full' && v.w(rife + 1) === 'of'))) return found(v, rife, i);
  if (v.w(i + 1) === 'in' || v.w(i + 1) === 'between') {
    const what = findAfter(v, i + 1, 3, (w) => isClaim(w) || inClass('data-noun', w));
    if (what !== -1) return found(v, i, what);
  }
  // "the most telling contradiction was his claim"
  const claim = findAfter(v, i, 3, isClaim);
  if (claim !== -1 && findAfter(v, i, 1, (w) => inClass('be', w)) !== -1) return found(v, i, claim);
  return null;
}

/** "we can't take their word for it", "should not be taken at face value". */
function notOnTrust(v: View, i: number): CaveatMatch | null {
  let start: number;
  if (v.w(i) === 'word') {
    if (v.w(i + 1) !== 'for' || v.w(i + 2) !== 'it') return null;
    start = findBefore(v, i, 4, (w) => inClass('trust-verb', w));
  } else {
    if (v.w(i + 1) !== 'value' || v.w(i - 1) !== 'at') return null;
    start = findBefore(v, i - 1, 2, (w) => inClass('trust-verb', w));
  }
  if (start === -1) return null;
  // "can't take their word for it", and the rhetorical "how can we take their word for it"
  let neg = findBefore(v, start, 3, isNegation);
  if (neg === -1 && (v.w(start - 3) === 'how' || v.w(start - 2) === 'how') && findBefore(v, start, 2, (w) => w === 'can' || w === 'could') !== -1) neg = findBefore(v, start, 3, (w) => w === 'how');
  return neg !== -1 ? found(v, neg, v.w(i) === 'word' ? i + 2 : i + 1) : null;
}

/** "should be treated with caution", "viewed with skepticism". */
function withCaution(v: View, i: number): CaveatMatch | null {
  const w = skipAdverbsBack(v, i - 1);
  if (v.w(w) !== 'with' && !(v.w(w) === 'of' && v.w(w - 1) === 'grain')) return null;
  const verb = findBefore(v, w, 3, (x) => inClass('regard-verb', x));
  return verb !== -1 ? found(v, verb, i) : null;
}

const MAKE = new Set(['make', 'makes', 'made', 'making']);
const PRONOUN_OBJECT = new Set(['it', 'them', 'that', 'this', 'things', 'stuff']);

/**
 * "she made it up", "the record was made up", "making up a story": a claim invented. Not "made up
 * of five members", "make up for", "made up 40 percent of", "make up the majority", "made it up as
 * she went along".
 */
function madeUp(v: View, i: number): CaveatMatch | null {
  const next = v.w(i + 1);
  // "made it up as I went along": improvising, not inventing a claim
  if (next === 'as') return null;
  // "made it up", "made the whole story up"
  if (PRONOUN_OBJECT.has(v.w(i - 1)) || isClaim(v.w(i - 1))) {
    const make = findBefore(v, i, 4, (w) => MAKE.has(w));
    return make !== -1 && next !== 'for' && next !== 'of' ? found(v, make, i) : null;
  }
  if (!MAKE.has(v.w(i - 1))) return null;
  // "was made up." ; "making up stories"
  if (v.w(i - 1) === 'made' && inClass('be', v.w(skipAdverbsBack(v, i - 2)))) return endsClause(next) || next === 'and' ? found(v, i - 1, i) : null;
  const claim = findAfter(v, i, 3, isClaim);
  return claim !== -1 && next !== 'for' && next !== 'of' ? found(v, i - 1, claim) : null;
}

/** Is the word something said or counted that one account can contradict? */
const isAccount = (w: string) => isClaim(w) || inClass('data-noun', w) || inClass('figure-noun', w) || inClass('remark', w);

/**
 * "The account given by the police differs from what witnesses described", "the official toll is
 * at odds with hospital records", "his version is inconsistent with the footage": two accounts of
 * one event disagree. Both sides must be accounts (or "what" someone said): "the senator is at odds
 * with her party", "the new model differs from the old one" compare no accounts.
 */
function accountsDisagree(v: View, i: number, end: number): CaveatMatch | null {
  const subject = findBefore(v, i, 10, isAccount, true);
  if (subject === -1) return null;
  const other = findAfter(v, end, 4, (w) => isAccount(w) || inClass('record-noun', w) || w === 'what');
  return other !== -1 ? found(v, subject, end) : null;
}

function differsFrom(v: View, i: number): CaveatMatch | null {
  return accountsDisagree(v, i, i + 1);
}

/** "at odds with", "inconsistent with", read at "odds"/"inconsistent" with "with" after. */
function atOdds(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'with' || (v.w(i) === 'odds' && v.w(i - 1) !== 'at')) return null;
  return accountsDisagree(v, v.w(i) === 'odds' ? i - 1 : i, i + 1);
}

/**
 * "State television is tightly controlled by the military", "the newspaper is run by the ruling
 * party": news media a party runs. Not "the drone is controlled by a pilot" (no news medium).
 */
function controlledMedia(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'by') return null;
  // "is tightly controlled", "is largely run": any -ly adverb between
  let be = skipAdverbsBack(v, i - 1);
  while (be > 0 && v.w(be).endsWith('ly')) be = skipAdverbsBack(v, be - 1);
  const passive = inClass('be-passive', v.w(be));
  // "media controlled by the state", "the broadcaster, run by the army,"
  const media = findBefore(v, passive ? be : i, passive ? 8 : 2, (w) => inClass('outlet-noun', w), true);
  return media !== -1 ? found(v, media, i + 1) : null;
}

/** "Scientists remain skeptical of the findings", "experts are doubtful about the claims": others doubt a claim. */
function skeptical(v: View, i: number): CaveatMatch | null {
  const next = v.w(i + 1);
  // of an account only: "skeptical of big mergers" doubts a strategy, "unconvinced that he believes
  // it" judges a person
  if (next !== 'of' && next !== 'about') return null;
  const what = findAfter(v, i + 1, 4, isAccount);
  return what !== -1 ? found(v, i, what) : null;
}

/** "Critics say the study was flawed", "flawed data": a finding or a claim called unsound. */
function flawedFinding(v: View, i: number): CaveatMatch | null {
  const isFinding = (w: string) => isAccount(w) || inClass('research-noun', w);
  const after = findAfter(v, i, 2, isFinding);
  if (after !== -1) return found(v, i, after);
  const be = skipAdverbsBack(v, i - 1);
  if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
  const subject = findBefore(v, be, 5, isFinding);
  return subject !== -1 ? found(v, subject, i) : null;
}

/** "The claim rests on a single source", "the story relies on one anonymous source". */
function loneSource(v: View, i: number): CaveatMatch | null {
  const lone = findBefore(v, i, 3, (w) => inClass('lone', w));
  // "relies on a single source of revenue": a supply, not a source of information
  if (lone === -1 || v.w(i + 1) === 'of') return null;
  const on = v.w(lone - 1) === 'a' ? lone - 2 : lone - 1;
  if (v.w(on) !== 'on' && v.w(on) !== 'from') return null;
  const rests = skipAdverbsBack(v, on - 1);
  return inClass('rests-on', v.w(rests)) ? found(v, rests, i) : null;
}

/** The accounts a source can change ("changed her story"). */
const ACCOUNT_NOUNS: readonly string[] = ['story', 'account', 'version', 'testimony', 'stories', 'accounts'];

/** "The witness changed her story", "he has since walked back the claim": a source's account shifting. */
function shiftedAccount(v: View, i: number): CaveatMatch | null {
  if (inClass('walked', v.w(i))) {
    // a claim taken back, not remarks ("walked back his comments" retracts an opinion)
    if (v.w(i + 1) !== 'back') return null;
    const what = findAfter(v, i + 1, 3, isClaim);
    return what !== -1 ? found(v, i, what) : null;
  }
  // "changed her story", "revised his account of the night"; not "changed the story's ending"
  const owner = v.w(i + 1);
  if (!['his', 'her', 'their', 'its'].includes(owner)) return null;
  const what = v.w(i + 2);
  return ACCOUNT_NOUNS.includes(what) ? found(v, i, i + 2) : null;
}

/** "The numbers don't add up", "her story does not add up": a claim that fails on its own terms. */
function doesNotAddUp(v: View, i: number): CaveatMatch | null {
  if (v.w(i + 1) !== 'up') return null;
  const neg = skipAdverbsBack(v, i - 1);
  const w = v.w(neg);
  if (!(w === 'not' || w === 'never' || w.endsWith("n't"))) return null;
  const subject = findBefore(v, neg, 5, (x) => isAccount(x) || x === 'math' || x === 'maths' || x === 'arithmetic' || x === 'it' || x === 'this' || x === 'that');
  return subject !== -1 ? found(v, subject, i + 1) : null;
}

/**
 * "He is a paid consultant for the company", "the think tank receives funding from the oil
 * industry", "has received payments from drug makers": a source with a stake in what it says.
 * Read at "paid" before a role, and at the money received "from" someone; not "paid leave", "the
 * city receives funding from the state" (no source's stake: only with a person or group subject
 * that speaks, below).
 */
function stake(v: View, i: number): CaveatMatch | null {
  if (v.w(i) === 'paid') {
    const role = v.w(i + 1);
    return inClass('paid-role', role) && (v.w(i + 2) === 'for' || v.w(i + 2) === 'to') ? found(v, i, i + 1) : null;
  }
  if (v.w(i + 1) !== 'from') return null;
  const got = findBefore(v, i, 3, (w) => inClass('receive-money', w));
  if (got === -1) return null;
  const speaker = findBefore(v, got, 6, (w) => inClass('paid-role', w) || w === 'tank' || w === 'institute' || w === 'researchers' || w === 'doctor' || w === 'doctors' || w === 'scientist' || w === 'scientists' || w === 'author' || w === 'authors' || STUDY_WORDS.has(w));
  return speaker !== -1 ? found(v, got, i + 1) : null;
}

const STUDY_WORDS: ReadonlySet<string> = new Set(['study', 'studies', 'research', 'survey', 'poll', 'report', 'analysis']);

export const sourceReliability: CaveatRule = {
  id: 'source-reliability',
  anchors: [
    {
      // "notoriously unreliable", "a discredited story"
      classes: ['unreliable'],
      match(v, i) {
        const w = v.w(i);
        // "it is hard to exaggerate the damage": the idiom of emphasis, no claim exaggerated
        if (w === 'exaggerate' && v.w(i - 1) === 'to') return null;
        // "untrustworthy", "unreliable" of a source or what it says ("defector accounts are
        // notoriously unreliable"), not of a train service or a politician's image
        if (w === 'untrustworthy' || w === 'unreliable') {
          const said = (x: string) => isClaim(x) || inClass('data-noun', x) || inClass('paid-goods', x);
          return findAfter(v, i, 2, said) !== -1 || findBefore(v, i, 12, said, true) !== -1 ? found(v, i, i) : null;
        }
        // "fabricated the story", "a total fabrication", "100 percent fabricated"; not "parts
        // fabricated in Ohio", "a metal fabrication plant"
        if (w.startsWith('fabricat')) return inventsAClaim(v, i) ? found(v, i, i) : null;
        return found(v, i, i);
      },
    },
    { classes: ['false-claim'], match: falseClaims },
    {
      // "falsely claimed that", "proclaimed — falsely — that": a claim the article calls false; not
      // "the app falsely flagged the user", "falsely marketed its supplements"
      classes: ['false-adverb'],
      match(v, i) {
        const next = v.w(skipAdverbs(v, i + 1));
        // "proclaimed — falsely — that", "alleging - again falsely - that"
        const aside = (isAsideMark(v.w(i - 1)) || isAsideMark(v.w(i - 2))) && isAsideMark(next);
        return aside || inClass('assert-verb', next) || inClass('say-verb', next) ? found(v, i, i) : null;
      },
    },
    { classes: ['false-claim'], words: ['wrong'], match: provedFalse },
    { classes: ['flaw'], match: flawed },
    {
      // "conflicting accounts of the raid", "contradictory versions"
      classes: ['conflicting'],
      match(v, i) {
        const noun = findAfter(v, i, 2, (w) => isClaim(w) && w.endsWith('s'));
        return noun !== -1 ? found(v, i, noun) : null;
      },
    },
    {
      // "Estimates of the crowd varied widely", "accounts of the clash differ": sources disagree
      classes: [],
      words: ['vary', 'varies', 'varied', 'differ', 'differs', 'differed'],
      match(v, i) {
        const next = v.w(i + 1);
        if (next === 'from' && v.w(i).startsWith('differ')) return differsFrom(v, i);
        if (!endsClause(next) && !['widely', 'greatly', 'considerably', 'wildly', 'sharply'].includes(next)) return null;
        const what = findBefore(v, i, 5, (w) => (isClaim(w) && w.endsWith('s')) || inClass('data-noun', w));
        return what !== -1 ? found(v, what, endsClause(next) ? i : i + 1) : null;
      },
    },
    { classes: [], words: ['word', 'face'], match: notOnTrust },
    { classes: [], words: ['odds', 'inconsistent'], match: atOdds },
    { classes: ['controlled'], triggers: [...classSet('outlet-noun')], match: controlledMedia },
    { classes: ['skeptical'], match: skeptical },
    { classes: ['money'], words: ['paid'], triggers: [...classSet('paid-role'), ...classSet('money')], match: stake },
    { classes: ['changed'], triggers: ACCOUNT_NOUNS, match: shiftedAccount },
    { classes: ['walked'], match: shiftedAccount },
    { classes: [], words: ['add'], match: doesNotAddUp },
    { classes: ['flawed'], match: flawedFinding },
    { classes: [], words: ['source', 'sources'], triggers: ['single', 'lone', 'sole'], match: loneSource },
    {
      // "This seemed improbable", "the account sounds far-fetched": the article doubts a claim
      classes: ['implausible'],
      match(v, i) {
        const verb = skipAdverbsBack(v, i - 1);
        if (!inClass('be', v.w(verb)) && !inClass('seem', v.w(verb))) return null;
        // of a claim or of "this"/"that" (the claim just reported); "a bid at 78 seems
        // improbable" is a forecast
        const subject = findBefore(v, verb, 4, (w) => isAccount(w) || w === 'this' || w === 'that');
        return subject !== -1 ? found(v, verb, i) : null;
      },
    },
    {
      // "should not be trusted", "you can't trust their figures", "you shouldn't just believe them"
      classes: [],
      words: ['trust', 'trusted', 'believe', 'believed'],
      match(v, i) {
        let neg = skipAdverbsBack(v, i - 1);
        if (v.w(neg) === 'be') neg = skipAdverbsBack(v, neg - 1);
        const w = v.w(neg);
        const modal = w === 'not' ? v.w(neg - 1) : w.endsWith("n't") ? w.slice(0, -3) : w === 'cannot' ? 'can' : '';
        // "I can't believe he won" is surprise: "believe" counts after "should" only
        if (!(modal === 'should' || ((modal === 'can' || modal === 'ca') && v.w(i).startsWith('trust')))) return null;
        // figures, claims and sources; "she can't be trusted with secrets" judges a person
        const said = (x: string) => isClaim(x) || inClass('data-noun', x) || inClass('paid-goods', x);
        const what = v.w(i).startsWith('trust') ? Math.max(findBefore(v, neg, 4, said), findAfter(v, i, 3, said)) : i;
        return what !== -1 ? found(v, w === 'not' ? neg - 1 : neg, i) : null;
      },
    },
    { classes: ['caution'], match: withCaution },
    // keyed on "up" but only in sentences with a form of "make" ("up" alone is everywhere)
    { classes: [], words: ['up'], triggers: [...MAKE], match: madeUp },
    {
      // "a history of false claims", "a track record of fabrication"
      classes: ['history'],
      match(v, i) {
        // "a record of fighting misinformation": the fight against falsehood, no falsehood
        if (v.w(i + 1) !== 'of' || inClass('counter-verb', v.w(i + 2))) return null;
        const bad = findAfter(v, i + 1, 3, (w) => inClass('falsehood', w));
        return bad !== -1 ? found(v, i, bad) : null;
      },
    },
    {
      // "the study was funded by the sugar industry", "a poll commissioned by the campaign": who
      // paid for a finding is a reason to weigh it; "the road was funded by the state" is no finding
      classes: ['funded'],
      match(v, i) {
        const by = v.w(i + 1) === 'by' ? i + 1 : v.w(i + 1) === 'for' && v.w(i + 2) === 'by' ? i + 2 : -1;
        if (by === -1 || !inClass('be-passive', v.w(skipAdverbsBack(v, i - 1))) && !inClass('data-noun', v.w(i - 1))) return null;
        const finding = (w: string) => inClass('data-noun', w) || (inClass('research-noun', w) && w !== 'investigation');
        const what = findBefore(v, i, 8, finding, true);
        return what !== -1 ? found(v, what, by) : null;
      },
    },
    {
      // "paid for stories", "paid informants"
      classes: [],
      words: ['paid'],
      match(v, i) {
        const goods = findAfter(v, i, 2, (w) => inClass('paid-goods', w));
        return goods !== -1 ? found(v, i, goods) : null;
      },
    },
    {
      // "their testimonies have fallen apart", "his account unraveled"
      classes: ['collapse'],
      match(v, i) {
        const claim = findBefore(v, i, 4, (w) => inClass('claim-noun', w));
        return claim !== -1 ? found(v, claim, i) : null;
      },
    },
    {
      // "questioned his veracity", "doubts about the accuracy of"
      classes: ['reliability-noun'],
      match(v, i) {
        // "questioned his veracity"; "questions have been raised about the accuracy of the count"
        const doubt = findBefore(v, i, 6, (w) => inClass('doubt-verb', w) || inClass('doubt-noun', w));
        return doubt !== -1 ? found(v, doubt, i) : null;
      },
    },
  ],
};
