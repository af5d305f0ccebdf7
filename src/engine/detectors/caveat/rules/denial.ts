// Denial and dispute: the subject of a claim, or another party, says it is wrong ("denied the
// report", "disputed the account", "called the report false", "insisted she never sent").
import { inClass } from '../lexicon';
import { namesAClaim } from '../falsehood';
import type { CaveatMatch, CaveatRule } from '../rule';
import {
  findAfter,
  findBefore,
  endsClause,
  isNegation,
  phraseAnchor,
  skipAdverbs,
  skipAdverbsBack,
  skipBack,
  questionSubject,
  span,
  type View,
} from '../view';

const isClaim = (w: string) => inClass('claim-noun', w);
const isQuote = (w: string) => w === '"' || w === '“' || w === '”' || w === "'" || w === '‘' || w === '’' || w === "''" || w === '``';
const isAdverbLike = (w: string) => w === 'totally' || w === 'just' || w === 'simply' || w === 'utterly' || w === 'pure';

/** What a dispute can be about: a claim, a figure or finding, or something said ("disputes the
 *  figures", "took issue with his remarks"). */
/** Opinions of a party, which can be answered but not disputed as claims ("rebut that criticism"). */
const CRITICISM: ReadonlySet<string> = new Set(['criticism', 'criticisms', 'critique', 'critiques', 'critics', 'attack', 'attacks']);
const isDisputable = (w: string) => isClaim(w) || inClass('data-noun', w) || inClass('remark', w);
/** What is dismissed or played down as untrue: a claim or a figure. Someone's remarks dismissed,
 *  rejected or played down ("rejected Trump's comments about Muslims", "shrugged off the remarks")
 *  are an opinion answered, not a reported claim disputed. */
const isDismissable = (w: string) => isClaim(w) || inClass('data-noun', w);

/**
 * Is the verb at `i` a dispute wished for or supposed rather than made: "if they wanted to
 * dispute that", "a chance to contest the findings", "if they dispute it"?
 */
function unrealised(v: View, i: number): boolean {
  const to = skipAdverbsBack(v, i - 1);
  if (v.w(to) === 'to' && inClass('wish', v.w(skipAdverbsBack(v, to - 1)))) return true;
  // "would take issue with", "might dispute": a guess at a dispute
  if (['would', 'might', 'may', 'could'].includes(v.w(to))) return true;
  return findBefore(v, i, 4, (w) => w === 'if' || w === 'unless') !== -1;
}

/** Can a clause's subject start at `j`: a pronoun, a determiner, a quantifier, a number or a name? */
function opensSubject(v: View, j: number): boolean {
  const w = v.w(j);
  if (inClass('subject-pronoun', w) || inClass('determiner', w) || inClass('quantifier', w) || inClass('negative-subject', w) || /^\d/.test(w)) return true;
  if (/^(any|some|every|no)(one|body)$/.test(w) || w === 'there') return true;
  const t = v.tokens[j];
  return t !== undefined && /^[A-Z]/.test(t.text);
}

/** Is a claim the subject of the passive at `be` ("the allegations were denied")? Not when a clause
 *  of its own stands between ("the report said he was denied a visa"). */
function claimIsSubject(v: View, be: number): boolean {
  for (let j = be - 1; j >= 0 && j >= be - 5; j--) {
    const w = v.w(j);
    // "the allegations were denied", "a photo of the meeting was denied by the prince"
    if (isClaim(w) || inClass('media-noun', w)) return true;
    if (endsClause(w) || w === 'that' || inClass('subject-pronoun', w) || inClass('say-verb', w)) return false;
  }
  return false;
}

/**
 * A word of dismissal ("nonsense", "baseless", "a hoax") said of a claim: predicated ("the story is
 * nonsense", "revealed to be a hoax"), called so ("called the charges baseless"), set off as an
 * aside ("the suggestion - unfounded, I think - that"), or the adjective of a claim ("unfounded
 * rumours", "a bogus story"). Not "no more nonsense", "this kind of nonsense", "not unfounded".
 */
function dismisses(v: View, i: number): boolean {
  // nouns that are claims themselves ("falsehoods in his statements", "a hoax"), and charges
  // ("trumped-up charges"), unless they are counted as a kind ("this kind of nonsense")
  const word = v.w(i);
  const said = (w: string) => isClaim(w) || inClass('legal-claim', w) || inClass('remark', w) || inClass('data-noun', w) || w === 'theory' || w === 'theories';
  const skippable = (w: string) => isQuote(w) || inClass('determiner', w) || (w.endsWith('ly') && w.length > 3) || isAdverbLike(w);
  const before = skipBack(v, i - 1, skippable);
  if (isNegation(v.w(before))) return false;
  if (word === 'trumped-up') return true;
  if (v.w(before) === 'of' || v.w(before) === 'more') return false;
  if (word === 'hoax' || word === 'falsehood' || word === 'falsehoods') return true;
  if (findAfter(v, i, 2, said) !== -1) return true;
  // predicated ("the story is nonsense", "turned out to be exaggerated or untrue"), called so, or
  // set off as an aside
  if (findBefore(v, i, 6, (w) => inClass('be', w) || w === "it's" || w === "that's") !== -1) return true;
  if (v.w(i - 1) === '-' || v.w(i - 1) === '—' || v.w(i - 1) === ',') return true;
  return findBefore(v, i, 8, (w) => inClass('call-verb', w) || inClass('dismiss-as', w) || inClass('say-verb', w)) !== -1;
}

/** Is what "denied" at `i` denies a claim ("denied that", "denied it", "denied the allegations")? */
function deniesAClaim(v: View, i: number): boolean {
  // "was denied bail", "friend denied bail" in a headline is the passive: something refused; but
  // "the report was denied by the ministry", "the allegations were denied": a claim denied.
  const be = skipAdverbsBack(v, i - 1);
  if (inClass('be-passive', v.w(be))) return claimIsSubject(v, be);
  // "there's no denying he ran well" concedes
  if (v.w(i - 1) === 'no') return false;
  const k = skipAdverbs(v, i + 1);
  const next = v.w(k);
  // "He has always denied.", "which he has denied and which", "a claim she denies"
  if (endsClause(next) || next === 'and' || next === 'but' || next === 'or') return true;
  // "which he has denied": the relative pronoun is what is denied when a subject of its own follows
  // it; "a ruling which denied class status" is a refusal
  const which = findBefore(v, i, 3, (w) => w === 'which');
  if (which !== -1 && (inClass('subject-pronoun', v.w(which + 1)) || /^[A-Z]/.test(v.tokens[which + 1].text))) return true;
  if (inClass('denial-object', next) || isClaim(next)) return true;
  // "denied he had been there", "denies they were paid": a clause without "that"
  if (inClass('subject-pronoun', next) && next !== 'you' && next !== 'it') return true;
  // "denied its troops had fired", "denies the company misled anyone": a subject, then a finite
  // verb ("denied the company a permit" has none; "the motion filed by" is a participle)
  if (inClass('determiner', next) || next.endsWith("'s")) {
    for (let j = k + 1; j <= k + 3; j++) {
      const w = v.w(j);
      if (endsClause(w)) break;
      if (inClass('aux', w) || (w.endsWith('ed') && v.w(j + 1) !== 'by' && j > k + 1)) return true;
    }
  }
  // "denied sending", "denied having known": an act denied, not a thing withheld ("denied funding")
  if (next.endsWith('ing') && next.length > 4 && !inClass('ing-noun', next)) return true;
  // "denied the report", "denied both allegations", "denied Smith's account"
  // "denied the remarks", "denied making the comments"
  if (inClass('determiner', next) || inClass('quantifier', next) || next.endsWith("'s")) return findAfter(v, k, 3, (w) => isClaim(w) || inClass('said-thing', w)) !== -1;
  // "denied them", "denied him" are the refused person ("denied him a hearing") unless the clause ends.
  return false;
}

/**
 * The noun: "issued a denial", "Smith's denial", "his denials of any wrongdoing". Without a
 * determiner it names a topic ("Holocaust denial", "denial of service", "a form of denial").
 */
function isADenial(v: View, i: number): boolean {
  const before = v.w(skipAdverbsBack(v, i - 1));
  const owned = inClass('determiner', before) || before.endsWith("'s") || inClass('denial-adjective', before);
  if (!owned) return false;
  return v.w(i + 1) !== 'of' || findAfter(v, i + 1, 3, (w) => isClaim(w) || inClass('denial-object', w)) !== -1;
}

/** "insisted", "maintained" as a speech verb, not "was maintained" or "properly maintained" systems. */
function isSpeechUse(v: View, i: number): boolean {
  const before = v.w(skipAdverbsBack(v, i - 1));
  if (isNegation(before) || inClass('be-passive', before)) return false;
  return !(before.endsWith('ly') && before.length > 3);
}

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'denial', cues: [span(v, a, b)] });
const single = (v: View, i: number) => found(v, i, i);

export const denial: CaveatRule = {
  id: 'denial',
  anchors: [
    { classes: ['deny'], match: (v, i) => (deniesAClaim(v, i) ? single(v, i) : null) },
    { classes: ['denial'], match: (v, i) => (isADenial(v, i) ? single(v, i) : null) },
    {
      // "rebutted the claims", "mischaracterized her remarks"; the noun "rebuttal" only of a claim
      // ("a rebuttal of the report's findings"), not of a slogan or a candidate
      classes: ['rebut'],
      // "began to rebut that criticism": an opinion answered, not a claim disputed
      match: (v, i) => ((v.w(i) !== 'rebuttal' || findAfter(v, i, 4, isDisputable) !== -1) && findAfter(v, i, 3, (w) => CRITICISM.has(w)) === -1 ? single(v, i) : null),
    },
    { classes: ['dismissal'], match: (v, i) => (dismisses(v, i) ? single(v, i) : null) },
    {
      // "contradicted his earlier statements", "contradicted him"; not "contradict the will of voters"
      classes: ['contradict'],
      match(v, i) {
        // "his account has been contradicted by the footage": the claim is the subject of the passive
        const be = skipAdverbsBack(v, i - 1);
        if (inClass('be-passive', v.w(be))) return v.w(i + 1) === 'by' && claimIsSubject(v, be) ? found(v, be, i + 1) : null;
        const what = findAfter(v, i, 5, (w) => isClaim(w) || inClass('said-thing', w));
        if (what !== -1) return found(v, i, what);
        // "the ministry's figures contradict those of the UN": one count against another
        const isCount = (w: string) => inClass('data-noun', w) || inClass('figure-noun', w);
        if (findBefore(v, i, 4, (w) => isCount(w) || (w.endsWith("'s") && isCount(w.slice(0, -2)))) === -1) return null;
        const other = findAfter(v, i, 4, (w) => isCount(w) || inClass('record-noun', w) || w === 'those');
        return other !== -1 ? found(v, i, other) : null;
      },
    },
    {
      // "the claims were without merit", "the lawsuit has no merit", "allegations that lack merit",
      // "the allegations were without foundation", "has no basis in fact"
      classes: [],
      words: ['merit', 'foundation', 'basis'],
      match(v, i) {
        const no = findBefore(v, i, 2, (w) => w === 'without' || w === 'no' || w === 'lacks' || w === 'lack' || w === 'lacked' || w === 'lacking');
        if (no === -1) return null;
        // "no basis in fact", "no basis for the claims"; not "no legal basis to block the merger"
        if (v.w(i) === 'basis') return findAfter(v, i, 4, (w) => isDisputable(w) || w === 'fact' || w === 'truth' || w === 'reality') !== -1 ? found(v, no, i) : null;
        return found(v, no, i);
      },
    },
    {
      // "called the accusations absurd", "the story is ridiculous"
      // "called the lawsuit frivolous", "called the charges politically motivated"
      classes: ['dismissive-verdict'],
      words: ['motivated'],
      match(v, i) {
        if (v.w(i) === 'motivated' && v.w(i - 1) !== 'politically') return null;
        const claim = findBefore(v, i, 4, (w) => isClaim(w) || inClass('legal-claim', w));
        if (claim === -1) return null;
        // predicated of the claim ("the story is ridiculous") or called so ("called the suit
        // frivolous"); not a noun's modifier ("the tweet sums up the absurd double standard")
        const predicated = findAfter(v, claim, i - claim - 1, (w) => inClass('be', w)) !== -1;
        return predicated || findBefore(v, claim, 3, (w) => inClass('call-verb', w)) !== -1 ? found(v, claim, i) : null;
      },
    },
    {
      // "the video was fake", "doctored photos", "the figures are exaggerated", "inflated casualty numbers"
      classes: ['faked', 'inflated'],
      match(v, i) {
        const target = inClass('faked', v.w(i)) ? (w: string) => inClass('media-noun', w) : (w: string) => inClass('data-noun', w) || inClass('figure-noun', w) || isClaim(w);
        const after = findAfter(v, i, 2, target);
        if (after !== -1) return found(v, i, after);
        const be = findBefore(v, i, 3, (w) => inClass('be', w));
        // across a short modifier: "the photo of the senator is fake"
        const before = be !== -1 ? findBefore(v, be, 5, target) : -1;
        return before !== -1 ? found(v, before, i) : null;
      },
    },
    {
      // "the report is not based on facts", "based on opinion, not actual facts", "has no basis in
      // fact" is read at "basis"
      classes: [],
      words: ['facts', 'fact'],
      triggers: ['based', 'grounded', 'rooted'],
      match(v, i) {
        let k = skipBack(v, i - 1, (w) => w === 'actual' || w === 'the' || w === 'any');
        const prep = v.w(k);
        if (prep === 'not' || prep === "n't") {
          // "based on his opinion, not facts"
          const based = findBefore(v, k, 8, (w) => w === 'based' || w === 'grounded' || w === 'rooted', true);
          return based !== -1 ? found(v, based, i) : null;
        }
        if (prep !== 'on' && prep !== 'in') return null;
        k = k - 1;
        if (!['based', 'grounded', 'rooted'].includes(v.w(k))) return null;
        const neg = skipAdverbsBack(v, k - 1);
        return isNegation(v.w(neg)) ? found(v, neg, i) : null;
      },
    },
    {
      // "he said he was at home, but phone records show otherwise", "the firm says sales rose, though
      // its filings show a decline": a claim reported, then the record against it
      classes: ['record-noun'],
      match(v, i) {
        const shows = findAfter(v, i, 2, (w) => inClass('evidence-verb', w));
        if (shows === -1) return null;
        const but = findBefore(v, i, 4, (w) => w === 'but' || w === 'though' || w === 'although' || w === 'yet' || w === 'however', true);
        if (but === -1) return null;
        return findBefore(v, but, 20, (w) => inClass('say-verb', w) || inClass('assert-verb', w) || inClass('insist', w), true) !== -1 ? found(v, but, shows) : null;
      },
    },
    {
      // "There is no truth to the claims", "said there was 'no truth' to the report"
      classes: [],
      words: ['truth'],
      match(v, i) {
        const no = skipBack(v, i - 1, (w) => isQuote(w) || w === 'whatsoever' || w === 'absolutely');
        if (v.w(no) !== 'no') return null;
        const next = isQuote(v.w(i + 1)) ? i + 2 : i + 1;
        return v.w(next) === 'to' || v.w(next) === 'in' ? found(v, no, i) : null;
      },
    },
    {
      // "That never happened," he said; "none of that happened"; "I never said that": an event or
      // words reported, denied; not "nothing happened" in a story's telling
      classes: [],
      words: ['happened', 'occurred', 'happen', 'occur', 'said'],
      triggers: ['never'],
      match(v, i) {
        const neg = skipAdverbsBack(v, i - 1);
        const w = v.w(neg);
        const never = w === 'never' ? neg : (w === 'not' || w === "n't") && (v.w(neg - 1) === 'did' || v.w(neg - 1) === 'does') ? neg - 1 : w === "didn't" ? neg : -1;
        if (never === -1) return null;
        if (v.w(i) === 'said') {
          // "I never said that", "he never said those things"; not "never said that he would"
          const what = v.w(i + 1);
          const pronoun = (what === 'that' || what === 'this' || what === 'it') && endsClause(v.w(i + 2));
          return w === 'never' && (pronoun || what === 'those' || what === 'any') ? found(v, never, i + 1) : null;
        }
        // the whole event denied, so nothing may follow: "it didn't happen again", "that didn't
        // happen in Iowa" say when or where it did not
        const subject = v.w(never - 1);
        if (!endsClause(v.w(i + 1)) && !(v.w(i + 1) === 'at' && v.w(i + 2) === 'all')) return null;
        return ['that', 'this', 'it', 'which'].includes(subject) || isClaim(subject) ? found(v, never - 1, i) : null;
      },
    },
    {
      // "has maintained his innocence", "protested her innocence"
      classes: [],
      words: ['innocence'],
      match(v, i) {
        const claimIt = findBefore(v, i, 3, (w) => inClass('insist', w) || w === 'proclaimed' || w === 'asserted' || w === 'professed');
        return claimIt !== -1 ? found(v, claimIt, i) : null;
      },
    },
    {
      // "That's not true.", "it is simply not true that", "the claim is not accurate"; not "true to
      // its roots", "not correct to say"
      classes: ['truth'],
      match(v, i) {
        const neg = skipAdverbsBack(v, i - 1);
        if (!isNegation(v.w(neg))) return null;
        const next = v.w(i + 1);
        if (endsClause(next) || next === 'that' || next === 'and' || next === 'but') return found(v, neg, i);
        return findBefore(v, neg, 4, isDisputable) !== -1 && next !== 'to' ? found(v, neg, i) : null;
      },
    },
    {
      // "my remarks were taken out of context", "a quote pulled out of context", "omits key context"
      classes: [],
      words: ['context'],
      match(v, i) {
        // "the post omits important context", "the figure lacks context", "needs context"
        const lacks = findBefore(v, i, 3, (w) => inClass('lack-context', w));
        if (lacks !== -1) return found(v, lacks, i);
        if (v.w(i - 1) !== 'of' || v.w(i - 2) !== 'out') return null;
        const taken = findBefore(v, i - 2, 3, (w) => inClass('out-of-context', w));
        return taken !== -1 ? found(v, taken, i) : null;
      },
    },
    {
      // "called the report a lie", "calling the claims lies"
      classes: ['lie'],
      match(v, i) {
        const call = findBefore(v, i, 6, (w) => inClass('call-verb', w));
        return call !== -1 ? found(v, call, i) : null;
      },
    },
    {
      // "the figures are disputed", "the account remains contested"; not "the disputed border"
      classes: ['disputed'],
      match(v, i) {
        const be = skipAdverbsBack(v, i - 1);
        if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
        // what is disputed is a claim, a figure or a fact ("his conclusions have been contested", "the
        // circumstances of the shooting are disputed", "what happened next is disputed"), not a race
        if (questionSubject(v, be)) return found(v, be, i);
        return findBefore(v, be, 5, (w) => isClaim(w) || inClass('data-noun', w) || inClass('figure-noun', w) || inClass('fact-noun', w)) !== -1 ? found(v, be, i) : null;
      },
    },
    {
      // "dismissed the reports as", "rejected them as false"; not "the case was dismissed as moot"
      classes: ['dismiss-as'],
      match(v, i) {
        if (inClass('be-passive', v.w(skipAdverbsBack(v, i - 1))) || isNegation(v.w(skipAdverbsBack(v, i - 1)))) return null;
        // what is dismissed is a claim ("dismissed the reports as a smear"), or the verdict is that
        // it is false ("rejected them as baseless"); "dismissed him as an actor" judges a person
        const as = findAfter(v, i, 4, (w) => w === 'as');
        if (as === -1) return null;
        let verdict = v.w(skipAdverbs(v, as + 1));
        if (verdict === '"' || verdict === '“') verdict = v.w(skipAdverbs(v, as + 2));
        const claim = findAfter(v, i, as - i - 1, isClaim) !== -1;
        const verdictSaysFalse = inClass('dismissal', verdict) || inClass('falsity', verdict) || inClass('dismissive-verdict', verdict);
        return claim || verdictSaysFalse ? found(v, i, as) : null;
      },
    },
    {
      // "disputed the account", "rejected the allegations", "dismissed the report"; "did not
      // dispute" concedes instead.
      classes: ['dispute-verb'],
      match(v, i) {
        const before = v.w(skipAdverbsBack(v, i - 1));
        if (isNegation(before)) return null;
        // "an allegation rejected by three inquiries", "the claims were disputed by the ministry":
        // the claim is the subject of the passive
        if (v.w(i + 1) === 'by' && (isDisputable(before) || (inClass('be-passive', before) && claimIsSubject(v, skipAdverbsBack(v, i - 1)))))
          return found(v, i, i + 1);
        // "disputed that he was there"; but "many disputes that divided them", "a four-way contest
        // that": the noun, with a relative clause
        // "the contest jumped into the headlines", "their dispute over the report": the noun
        const noun = inClass('determiner', before) || inClass('quantifier', before) || /^\d/.test(before) || before.includes('-');
        if (unrealised(v, i) || (noun && v.w(i + 1) !== 'that' && !inClass('be-passive', before))) return null;
        // "disputes the figures", "rejected his remarks", "contested the findings"
        // "disputes that account": "that" points at the claim; "disputed that he was there": a
        // clause, whose subject follows; "the contests that follow", "contests that month": the
        // noun, with a relative clause or a determiner of its own
        if (v.w(i + 1) === 'that') {
          // a past tense is a verb, whatever follows ("rejected that idea", "contested that view")
          if (isDisputable(v.w(i + 2)) || (v.w(i).endsWith('ed') && !noun)) return found(v, i, isDisputable(v.w(i + 2)) ? i + 2 : i + 1);
          return !noun && opensSubject(v, i + 2) ? found(v, i, i + 1) : null;
        }
        const claim = findAfter(v, i, 4, isDismissable);
        return claim !== -1 ? found(v, i, claim) : null;
      },
    },
    {
      // "a false narrative", "called the report false", "the claim is inaccurate", "inaccurate
      // crime statistics", "the numbers are incorrect"
      classes: ['falsity'],
      match(v, i) {
        // "false information" is as often the topic (misinformation) as a claim called false
        const said = (w: string) => isClaim(w) || inClass('data-noun', w);
        const after = findAfter(v, i, 2, said);
        if (after !== -1) return namesAClaim(v, i, after) ? found(v, i, after) : null;
        // "calling it inaccurate", "called them false"
        if (['it', 'them', 'this', 'that'].includes(v.w(i - 1)) && inClass('call-verb', v.w(i - 2))) return found(v, i - 2, i);
        const before = findBefore(v, i, 4, said); // "the claim appears to be false"
        return before !== -1 ? found(v, before, i) : null;
      },
    },
    {
      // "said she never received the letter", "says he had never met her": a denial in reported
      // speech, its subject a pronoun and "never" right after
      classes: ['say-verb'],
      triggers: ['never'],
      match(v, i) {
        const subject = v.w(i + 1) === 'that' ? i + 2 : i + 1;
        // a third party's denial: "I/we/you never" is the speaker's own story
        if (!inClass('subject-pronoun', v.w(subject)) || ['i', 'you', 'we'].includes(v.w(subject))) return null;
        const never = findAfter(v, subject, 2, (w) => w === 'never');
        if (never === -1 || inClass('never-stance', v.w(never + 1))) return null;
        // "say he has never been healthier", "never looked better": praise, no denial
        const state = v.w(never + 1) === 'been' || v.w(never + 1) === 'felt' || v.w(never + 1) === 'looked' ? v.w(never + 2) : '';
        if (state === 'more' || state === 'better' || (state.length > 4 && state.endsWith('er'))) return null;
        return never === subject + 1 || inClass('aux', v.w(subject + 1)) ? found(v, i, never) : null;
      },
    },
    {
      // "insisted she never sent", "responded that she never would have"
      classes: ['insist'],
      match(v, i) {
        if (!isSpeechUse(v, i)) return null;
        const neg = findAfter(v, i, 5, (w) => isNegation(w) || w === 'nothing');
        // "insisted they won't consider a nominee" announces a plan, not a denial
        if (neg === -1 || v.w(neg) === "won't" || (v.w(neg) === 'not' && v.w(neg - 1) === 'will')) return null;
        // "no" before a noun is a stance or a state, not the claim denied: "insisted they had no
        // choice", "has no intention", "insisted it posed no threat"; "responded without making
        // it personal" says how, not what
        return v.w(neg) === 'no' || v.w(neg) === 'without' ? null : found(v, i, neg);
      },
    },
    {
      // "the records cut against his account"; not "tax cuts against the wishes of"
      classes: [],
      words: ['against'],
      triggers: ['cut', 'cuts', 'cutting'],
      match(v, i) {
        const cut = v.w(i - 1);
        if (cut !== 'cut' && cut !== 'cuts' && cut !== 'cutting') return null;
        if (inClass('determiner', v.w(i - 2)) || /^[a-z]+$/.test(v.w(i - 2)) === false) return null;
        const claim = findAfter(v, i, 4, isDisputable);
        return claim !== -1 ? found(v, i - 1, claim) : null;
      },
    },
    {
      // "vowed to fight the charges", "challenged the assertion that", "questioned the study's
      // findings"; not "fight crime", "questioned the witness"
      classes: ['contest-claim'],
      match(v, i) {
        const before = v.w(skipAdverbsBack(v, i - 1));
        if (isNegation(before) || inClass('determiner', before) || unrealised(v, i)) return null;
        const det = skipAdverbs(v, i + 1);
        const opens = inClass('determiner', v.w(det)) || inClass('quantifier', v.w(det)) || v.w(det).endsWith("'s");
        const claim = opens ? findAfter(v, det, 2, isDisputable) : -1;
        return claim !== -1 ? found(v, i, claim) : null;
      },
    },
    {
      // "pushed back on the report", "brushed off the accusations", "waved away the figures",
      // "brushed the claims aside": a phrasal verb of dismissing, its particle before or after
      // the claim
      classes: ['dismiss-phrasal'],
      match(v, i) {
        if (isNegation(v.w(skipAdverbsBack(v, i - 1))) || unrealised(v, i)) return null;
        const particle = findAfter(v, i, 5, (w) => inClass('dismiss-particle', w));
        if (particle === -1) return null;
        // "pushed back" wants "on"/"against" before its claim; "brushed off" takes it directly
        // a claim or a report, not a part someone played ("playing down any fighting role")
        const said = (w: string) => isDismissable(w) && !inClass('involvement', w);
        const claim = particle === i + 1 ? findAfter(v, particle, 4, said) : findAfter(v, i, particle - i - 1, said);
        if (claim === -1) return null;
        if (v.w(i).startsWith('push') && !['on', 'against'].includes(v.w(particle + 1)) && claim > particle) return null;
        return found(v, i, Math.max(claim, particle));
      },
    },
    {
      // "took issue with the report's conclusions", "disagreed with the police account"
      classes: ['disagree'],
      match(v, i) {
        if (isNegation(v.w(skipAdverbsBack(v, i - 1))) || unrealised(v, i)) return null;
        const issue = v.w(i + 1) === 'issue' ? i + 1 : i;
        if (issue === i + 1 ? !inClass('trust-verb', v.w(i)) : inClass('trust-verb', v.w(i))) return null;
        if (v.w(issue + 1) !== 'with') return null;
        const claim = findAfter(v, issue + 1, 4, isDisputable);
        return claim !== -1 ? found(v, i, claim) : null;
      },
    },
    {
      // "maintains he is innocent", "said she was innocent"; not "an innocent bystander"
      classes: [],
      words: ['innocent'],
      match(v, i) {
        const be = skipAdverbsBack(v, i - 1);
        if (!inClass('be', v.w(be)) || !inClass('subject-pronoun', v.w(be - 1))) return null;
        const claimIt = findBefore(v, be - 1, 3, (w) => inClass('insist', w) || inClass('say-verb', w) || w === 'that');
        return claimIt !== -1 ? found(v, be - 1, i) : null;
      },
    },
    {
      // "said the report was wrong", "the figures are simply wrong"; not "something went wrong".
      // "did nothing wrong", "didn't do anything wrong", "has never done anything wrong": a
      // party's denial of wrongdoing
      classes: [],
      words: ['wrong'],
      match(v, i) {
        const thing = v.w(i - 1);
        if (thing === 'nothing' || thing === 'anything') {
          const does = i - 2;
          if (!inClass('do-verb', v.w(does))) return null;
          // "24 percent said she did nothing wrong": a poll's answer, not a party's denial
          if (findBefore(v, does, 8, (w) => w === 'percent' || w === '%' || w === 'respondents') !== -1) return null;
          if (thing === 'nothing') return found(v, does, i);
          const neg = skipAdverbsBack(v, does - 1);
          return isNegation(v.w(neg)) ? found(v, neg, i) : null;
        }
        const be = skipAdverbsBack(v, i - 1);
        if (!inClass('be', v.w(be)) || isNegation(v.w(be - 1))) return null;
        const claim = findBefore(v, be, 3, isDisputable);
        return claim !== -1 ? found(v, claim, i) : null;
      },
    },
    {
      // "the two sides blamed each other", "accused one another of breaking the truce": each party
      // disputes the other's account
      classes: ['blame'],
      match(v, i) {
        const k = skipAdverbs(v, i + 1);
        const other = v.w(k) === 'each' && v.w(k + 1) === 'other' ? k + 1 : v.w(k) === 'one' && v.w(k + 1) === 'another' ? k + 1 : -1;
        return other !== -1 ? found(v, i, other) : null;
      },
    },
    phraseAnchor('denial'),
  ],
};
