// Non-response: the people a claim is about did not give their side ("declined to comment",
// "did not respond to a request for comment", "could not be reached", "would not say whether").
// A source's refusal to talk about its own plans ("declined to discuss its plans", "would not say
// whether she will run") is not a caveat on the reporting.
import { classSet, inClass } from '../lexicon';
import type { CaveatMatch, CaveatRule } from '../rule';
import {
  blockerBefore,
  findAfter,
  findBefore,
  endsClause,
  isBoundary,
  isNegation,
  negativeSubject,
  phraseAnchor,
  skipAdverbs,
  skipAdverbsBack,
  skipBack,
  span,
  speaksOfFuture,
  type View,
} from '../view';

const isInfoNoun = (w: string) => inClass('info-noun', w);
const isQuote = (w: string) => w === '"' || w === '“' || w === "'" || w === '‘';

/**
 * The nearest index in the `window` words after `i` that satisfies `test`, inside one noun phrase
 * that may list with commas ("did not respond to emailed, phoned and written requests"): a comma
 * is crossed, any other boundary, or a comma before a new clause ("..., saying"), is not.
 */
function findInPhrase(v: View, i: number, window: number, test: (word: string) => boolean): number {
  for (let j = i + 1; j < v.length && j <= i + window; j++) {
    const word = v.w(j);
    if (word === ',') {
      const next = v.w(j + 1);
      if (inClass('subject-pronoun', next) || inClass('say-verb', next) || inClass('wh', next) || next === 'but' || next.endsWith('ing')) return -1;
      continue;
    }
    if (isBoundary(word)) return -1;
    if (test(word)) return j;
  }
  return -1;
}


/** Is the refusal about the source's own plans or about what will happen? */
function aboutOwnPlans(v: View, verb: number): boolean {
  const plans = findAfter(v, verb, 8, (w) => inClass('own-plans', w));
  if (plans !== -1) return true;
  const wh = findAfter(v, verb, 6, (w) => inClass('wh', w));
  return wh !== -1 && speaksOfFuture(v, wh + 1);
}

/** Does the disclosure verb at `i` (after a refusal) withhold information, given what follows it? */
function withholds(v: View, i: number): boolean {
  const verb = v.w(i);
  const next = v.w(skipAdverbs(v, i + 1));
  // "without saying, “This is ...”": the words follow, nothing is withheld
  if ((next === ',' || next === ':') && isQuote(v.w(skipAdverbs(v, i + 1) + 1))) return false;
  if (inClass('say-verb', verb)) return endsClause(next) || inClass('wh', next) || inClass('say-object', next);
  // "doesn't identify with him": kinship, not naming
  if (next === 'with' && inClass('naming', verb)) return false;
  if (verb === 'speak' || verb === 'talk' || verb === 'spoken' || verb === 'talked') {
    // "hadn't spoken to each other": people not on speaking terms, not a party declining to answer
    const after = skipAdverbs(v, i + 1);
    return inClass('speak-particle', next) && !(v.w(after) === 'to' && inClass('reciprocal', v.w(after + 1)));
  }
  // "would not share its polling", "refused to answer." / "refused to answer on several occasions"
  if ((verb === 'answer' || verb === 'answered') && (endsClause(next) || next === 'on' || next === 'when')) return true;
  // data count for what is handed over ("would not share its polling"), not for what is answered
  // ("didn't answer the survey": respondents, not a party to the story)
  const handed = verb !== 'answer' && verb !== 'answered';
  // "who declined to give his name" explains a source's anonymity
  if (inClass('naming', v.w(i + 2)) && inClass('determiner', v.w(i + 1)) && v.w(i + 1) !== 'the') return false;
  // "declined to release the footage", "would not provide copies of the documents"
  if (inClass('needs-info', verb)) return findAfter(v, i, 4, (w) => isInfoNoun(w) || (handed && (inClass('data-noun', w) || inClass('media-noun', w)))) !== -1;
  // "did not respond to a request for comment", "did not respond to several emailed and phoned
  // requests for comment", "did not reply." but not "did not respond to the offer"
  // "has not responded to the allegations", "did not respond to his remarks", "to the lawsuit"
  // "did not respond when contacted", "did not reply after being asked"
  if (inClass('reply', verb))
    return (
      endsClause(next) ||
      findInPhrase(v, i, 14, (w) => isInfoNoun(w) || inClass('claim-noun', w) || inClass('said-thing', w) || inClass('legal-claim', w)) !== -1 ||
      ((next === 'when' || next === 'after' || next === 'if') && findAfter(v, i, 4, (w) => inClass('contacted', w)) !== -1)
    );
  // "did not immediately have a comment", "didn't have any response": a comment held back, not
  // anything a party lacks ("did not have the money")
  if (inClass('have', verb)) return findAfter(v, i, 3, (w) => inClass('comment-noun', w)) !== -1;
  // "declined to make anyone available for an interview", "would not make the report public"
  if (inClass('make', verb)) return findAfter(v, i, 4, (w) => w === 'available' || w === 'public') !== -1;
  return true;
}

/** "did not address the allegations", "hasn't addressed the question": a claim or a question, not any topic. */
function addressesAClaim(v: View, i: number): boolean {
  if (endsClause(v.w(skipAdverbs(v, i + 1)))) return true;
  return findAfter(v, i, 6, (w) => isInfoNoun(w) || inClass('claim-noun', w)) !== -1;
}

/**
 * "has not spoken publicly about the allegations", "would not discuss the report", "did not talk to
 * reporters": talk withheld from the press or on a claim. Not a conversation that did not happen
 * ("the two did not discuss his criticisms", "hasn't spoken to the delegates", "we didn't discuss
 * that"): with "did", "has", "had", the talk must be public, to the press, or on a claim.
 */
function conversationWithheld(v: View, refusal: number, i: number): boolean {
  if (!['did', 'has', 'have', 'had'].includes(v.w(refusal).replace(/n't$/, ''))) return true;
  if (findBefore(v, i, 3, (w) => w === 'publicly') !== -1 || findAfter(v, i, 2, (w) => w === 'publicly') !== -1) return true;
  if (endsClause(v.w(skipAdverbs(v, i + 1)))) return true;
  if (findAfter(v, i, 4, (w) => inClass('press-noun', w)) !== -1) return true;
  return findAfter(v, i, 6, (w) => isInfoNoun(w) || inClass('claim-noun', w)) !== -1 && !['i', 'we'].includes(v.w(refusal - 1));
}

/**
 * "I wouldn't say" gives an opinion, not a refusal; "will not release the emails" announces what
 * the source plans to do with its own material; "were not disclosed" withholds a detail, with no
 * party declining to speak.
 */
function isOpinionOrIntent(v: View, refusal: number, verb: number): boolean {
  const subject = v.w(refusal - 1);
  if (inClass('say-verb', v.w(verb)) && (subject === 'i' || subject === 'you')) return true;
  const aux = v.w(refusal);
  if ((aux === 'will' || aux === "won't") && inClass('needs-info', v.w(verb))) return true;
  if (!inClass('be-passive', aux.endsWith("n't") ? aux.slice(0, -3) : aux)) return false;
  // "the official, who was not named": the source's anonymity, not a refusal to answer
  if (inClass('naming', v.w(verb))) return true;
  // "terms were not disclosed": a withheld detail, with nobody declining; "questions were not
  // answered" is a non-response still
  return findBefore(v, refusal, 8, (w) => inClass('request-noun', w)) === -1;
}

/**
 * A refusal before the disclosure verb at `i`: "declined to", "refused to", or a negated
 * auxiliary ("would not", "didn't", "are not going to"). Returns the refusal's first index or -1.
 */
function refusalBefore(v: View, i: number): number {
  const j = skipAdverbsBack(v, i - 1);
  // "declined to be interviewed", "refused to be named"
  if (v.w(j) === 'be' && inClass('refusal-passive', v.w(i))) {
    const to = skipAdverbsBack(v, j - 1);
    const r = v.w(to) === 'to' ? skipAdverbsBack(v, to - 1) : -1;
    return r !== -1 && inClass('refuse', v.w(r)) ? r : -1;
  }
  if (inClass('refusal-passive-only', v.w(i))) return -1;
  if (v.w(j) === 'to') {
    const r = skipAdverbsBack(v, j - 1);
    if (inClass('refuse', v.w(r))) return r;
    // "chose not to respond", "has opted not to comment": a refusal by decision
    if (v.w(r) === 'not' && inClass('choose', v.w(skipAdverbsBack(v, r - 1)))) return skipAdverbsBack(v, r - 1);
    // "are not going to speak to"
    if (v.w(r) === 'going' && isNegation(v.w(r - 1))) return r - 1;
    // "has yet to respond", "have yet to explain why": an answer still owed
    if (v.w(j - 1) === 'yet' && inClass('aux', v.w(j - 2)) && inClass('owed-answer', v.w(i))) return j - 2;
    return -1;
  }
  // "would not", "didn't", "were n't" (treebank-style split); "could not"/"cannot" are ability, not
  // refusal, except before a verb of commenting ("said she couldn't comment on the investigation")
  const w = v.w(j);
  const speech = inClass('comment-verb', v.w(i));
  const aux = (a: string) => inClass('refusal-aux', a) || (speech && (a === 'could' || a === 'can'));
  if (w === 'not' || w === "n't") {
    // "has so far not commented", "have still not responded"
    let a = skipAdverbsBack(v, j - 1);
    if (v.w(a) === 'far' && v.w(a - 1) === 'so') a = skipAdverbsBack(v, a - 2);
    return aux(v.w(a)) ? a : -1;
  }
  if (w === 'cannot') return speech ? j : -1;
  if (w.endsWith("n't")) return aux(w.slice(0, -3)) || w === "won't" || (speech && w === "can't") ? j : -1;
  // "None of the companies responded", "Neither the club nor the player has commented": a verb of
  // answering, finite, with a negative subject ("no country has shared a detailed plan" withholds
  // nothing from the reporter)
  if (inClass('answered', v.w(i)) && !inClass('be-passive', w)) return negativeSubject(v, i);
  return -1;
}

const found = (v: View, a: number, b: number): CaveatMatch => ({ rule: 'non-response', cues: [span(v, a, b)] });

/** Every word refusalBefore can find a refusal at: a verb of refusing, a negation (also the "n't"
 *  forms of its auxiliaries, and "can't"/"couldn't" of a verb of commenting), "has yet to", a
 *  negative subject ("None of the companies responded"). */
const REFUSAL_TRIGGERS: readonly string[] = [
  ...classSet('refuse'),
  ...classSet('negation'),
  ...classSet('negative-subject'),
  ...[...classSet('refusal-aux'), 'could'].filter((aux) => aux !== 'will').map((aux) => `${aux}n't`),
  "won't",
  "can't",
  "n't",
  'yet',
  'no',
];

export const nonResponse: CaveatRule = {
  id: 'non-response',
  anchors: [
    {
      // "declined to comment", "would not say whether", "did not respond to a request"
      classes: ['disclose'],
      // It matches only after a refusal (refusalBefore), so the words a refusal needs open the
      // sentences it reads, not the verbs of saying and giving of every other sentence.
      triggers: REFUSAL_TRIGGERS,
      match(v, i) {
        const refusal = refusalBefore(v, i);
        if (refusal === -1 || !withholds(v, i) || aboutOwnPlans(v, i) || isOpinionOrIntent(v, refusal, i)) return null;
        if (inClass('topic-verb', v.w(i)) && !inClass('refuse', v.w(refusal)) && !addressesAClaim(v, i)) return null;
        if (inClass('converse', v.w(i)) && !inClass('refuse', v.w(refusal)) && !conversationWithheld(v, refusal, i)) return null;
        // "the company did not disclose the terms", "police did not release the man's name": a
        // detail withheld, as in the passive ("terms were not disclosed"), with no one declining
        // to give its side; "declined to disclose", "would not reveal" are refusals
        if (inClass('withheld-detail', v.w(i)) && !inClass('refuse', v.w(refusal)) && !['would', "wouldn't", 'will', "won't"].includes(v.w(refusal)) && findAfter(v, i, 3, (w) => inClass('wh', w)) === -1) return null;
        // "did not name him": the person is known; "declined to name the official" withholds one
        if (inClass('naming', v.w(i)) && ['him', 'her', 'them', 'it'].includes(v.w(i + 1))) return null;
        return found(v, refusal, i);
      },
    },
    {
      // "declined comment", "declined an interview", "refused interview requests"
      classes: ['refuse'],
      match(v, i) {
        const k = skipAdverbs(v, i + 1);
        const first = v.w(k);
        if (inClass('declined-noun', first)) return found(v, i, k);
        // "declined an interview", "refused repeated requests for comment"
        const opens = inClass('determiner', first) || inClass('quantifier', first) || inClass('request-noun', first) || first === 'repeated' || first === 'multiple';
        const what = opens ? findAfter(v, k - 1, 4, (w) => inClass('declined-noun', w)) : -1;
        return what !== -1 ? found(v, i, what) : null;
      },
    },
    {
      // "left without responding to reporters' questions", "hung up without commenting"
      classes: ['disclose-ing'],
      match(v, i) {
        const without = skipAdverbsBack(v, i - 1);
        if (v.w(without) !== 'without') return null;
        // "without commenting"; "without giving details", "without saying why"; not "without
        // saying goodbye"
        if (v.w(i) !== 'commenting' && v.w(i) !== 'elaborating') {
          const next = v.w(skipAdverbs(v, i + 1));
          if ((next === ',' || next === ':') && isQuote(v.w(skipAdverbs(v, i + 1) + 1))) return null;
          if (!endsClause(next) && !inClass('wh', next) && findAfter(v, i, 8, isInfoNoun) === -1) return null;
        }
        return aboutOwnPlans(v, i) ? null : found(v, without, i);
      },
    },
    {
      // "could not be reached for comment", "could not immediately be contacted", "has not been reached"
      classes: ['reach'],
      match(v, i) {
        const be = skipAdverbsBack(v, i - 1);
        if (v.w(be) !== 'be' && v.w(be) !== 'been') return null;
        // "No one at the company could be reached for comment": the negation may open the clause.
        const forComment = v.w(i + 1) === 'for' && v.w(i + 2) === 'comment';
        // "could not be located for comment"; "the missing hiker could not be located" is a search
        if (v.w(i) === 'located' && !forComment) return null;
        const neg = findBefore(v, be, forComment ? 8 : 3, isNegation);
        return neg !== -1 ? found(v, neg, i) : null;
      },
    },
    {
      // "was unable to reach the company for comment", "could not contact his lawyer", "failed to
      // reach the ministry": the reporter's attempt, active; "could not reach a deal" is no attempt
      classes: ['contact-verb'],
      match(v, i) {
        if (findAfter(v, i, 3, (w) => inClass('reach-goal', w)) !== -1) return null;
        const blocker = blockerBefore(v, i);
        if (blocker === -1) return null;
        // a party sought for its side: "for comment", or a person who speaks for it
        const sought = findAfter(v, i, 8, (w) => w === 'comment' || inClass('party-noun', w));
        return sought !== -1 ? found(v, blocker, i) : null;
      },
    },
    {
      // "was not available to comment", "unavailable for comment", "not immediately available for
      // an interview"
      classes: ['unavailable'],
      match(v, i) {
        if (v.w(i + 1) !== 'for' && v.w(i + 1) !== 'to') return null;
        const what = findAfter(v, i + 1, 2, (w) => inClass('declined-noun', w) || inClass('comment-verb', w) || inClass('speak', w));
        if (what === -1) return null;
        if (v.w(i) === 'unavailable') return found(v, i, what);
        // "was not available", "no one was available to speak"
        const prev = skipAdverbsBack(v, i - 1);
        const neg = isNegation(v.w(prev)) ? prev : negativeSubject(v, i);
        return neg !== -1 ? found(v, neg, what) : null;
      },
    },
    {
      // "Police gave no details", "the ministry offered no explanation for the delay", "provided
      // no further information": a party that spoke but withheld the thing asked for
      classes: ['info-noun'],
      match(v, i) {
        const no = skipBack(v, i - 1, (w) => inClass('response-adjective', w) || w === 'further' || w === 'more');
        // "released few details", "gave little information" withhold as much; "a little" gives some
        const none = v.w(no) === 'no' || ((v.w(no) === 'few' || v.w(no) === 'little' || v.w(no) === 'scant') && v.w(no - 1) !== 'a');
        if (!none || !inClass('give-verb', v.w(skipAdverbsBack(v, no - 1)))) return null;
        return found(v, skipAdverbsBack(v, no - 1), i);
      },
    },
    {
      // "There was no response from the company", "had no immediate comment", "no reply to emails";
      // not "showed no response to the drug"
      classes: ['comment-noun'],
      match(v, i) {
        const no = skipBack(v, i - 1, (w) => inClass('response-adjective', w));
        // "did not receive a response", "has not gotten any reply": the answer never came
        if (v.w(no) === 'a' || v.w(no) === 'any') {
          const got = skipAdverbsBack(v, no - 1);
          const neg = inClass('receive', v.w(got)) ? blockerBefore(v, got) : -1;
          return neg !== -1 && v.w(i) !== 'statement' ? found(v, neg, i) : null;
        }
        if (v.w(no) !== 'no') return null;
        // what a party had or gave: "there was no response", "had no comment", "offered no reply";
        // not "that doesn't mean no response"
        const verb = v.w(skipAdverbsBack(v, no - 1));
        if (!inClass('be', verb) && !inClass('have', verb) && !inClass('give-verb', verb)) return null;
        // "no comment" is a party's; "no response", "no answer" only from a party or to a request
        // ("had no answer to their pace" is a contest). "No further comment" follows a statement
        // the party did give, so "further" is no response adjective.
        const next = v.w(i + 1);
        if (v.w(i) === 'comment' || v.w(no + 1) === 'immediate' || next === 'from') return found(v, no, i);
        return next === 'to' && findAfter(v, i + 1, 4, (w) => inClass('request-noun', w)) !== -1 ? found(v, no, i) : null;
      },
    },
    {
      // "did not hear back", "have not heard back from the ministry"
      classes: [],
      words: ['back'],
      triggers: ['hear', 'heard'],
      match(v, i) {
        if (v.w(i - 1) !== 'hear' && v.w(i - 1) !== 'heard') return null;
        const neg = blockerBefore(v, i - 1);
        if (neg === -1) return null;
        // the reporter waiting on a party ("we did not hear back", "The Post has not heard back
        // from the ministry"); not a story's people ("when they didn't hear back, they left",
        // "I haven't heard back from him")
        const subject = v.w(neg - 1);
        if (subject !== 'we' && (inClass('subject-pronoun', subject) || findBefore(v, neg, 6, (w) => w === 'when' || w === 'if') !== -1)) return null;
        return found(v, neg, i);
      },
    },
    {
      // "has remained silent on the allegations", "kept silent about the payments"; not "the room
      // was silent"
      classes: [],
      words: ['silent', 'tight-lipped', 'mum'],
      match(v, i) {
        // finite only: "can't afford to be silent", "I'm not going to remain silent" are stances
        const verb = skipAdverbsBack(v, i - 1);
        if (v.w(verb - 1) === 'to' || aboutOwnPlans(v, i) || speaksOfFuture(v, i + 1, i + 6)) return null;
        const next = v.w(i + 1);
        const on = next === 'on' || next === 'about' || next === 'over' || next === 'regarding';
        const stays = ['remained', 'remains', 'kept', 'stayed'].includes(v.w(verb));
        const is = ['is', 'was', 'are', 'were', 'been'].includes(v.w(verb));
        return (stays && (on || endsClause(next))) || (is && on) ? found(v, verb, i) : null;
      },
    },
    {
      // "said it had nothing to add", "had nothing further to say"
      classes: [],
      words: ['nothing'],
      match(v, i) {
        let k = i + 1;
        if (v.w(k) === 'more' || v.w(k) === 'further' || v.w(k) === 'else') k++;
        return v.w(k) === 'to' && ['add', 'say', 'share'].includes(v.w(k + 1)) ? found(v, i, k + 1) : null;
      },
    },
    {
      // "referred questions to the campaign", "referred requests for comment to its lawyers"
      classes: ['refer'],
      match(v, i) {
        const what = findAfter(v, i, 3, isInfoNoun);
        return what !== -1 && findAfter(v, what, 4, (w) => w === 'to') !== -1 ? found(v, i, what) : null;
      },
    },
    {
      // "would say nothing about", "saying only that", "would only say that"; "to say nothing of"
      // is an idiom, "I would only say" an opinion
      classes: ['say-verb'],
      triggers: ['nothing', 'only'],
      match(v, i) {
        if (v.w(i - 1) === 'to') return null;
        const next = v.w(i + 1);
        if (next === 'nothing' || (next === 'only' && v.w(i + 2) === 'that')) return found(v, i, i + 1);
        const subject = v.w(i - 3);
        if (v.w(i - 1) === 'only' && inClass('refusal-aux', v.w(i - 2)) && subject !== 'i' && subject !== 'you') return found(v, i - 2, i);
        return null;
      },
    },
    {
      // "calls went unanswered", "messages seeking comment were not returned", "questions to
      // the ministry were not answered"
      classes: ['unanswered'],
      words: ['returned', 'answered'],
      match(v, i) {
        const w = v.w(i);
        // "messages left with the club on Friday were not returned"; "none of the calls were returned"
        const what = findBefore(v, i, 10, isInfoNoun);
        if ((w === 'returned' || w === 'answered') && !isNegation(v.w(skipAdverbsBack(v, i - 1))) && negativeSubject(v, i) === -1) return null;
        return what !== -1 ? found(v, what, i) : null;
      },
    },
    {
      // "Attempts to reach the company were unsuccessful", "efforts to contact him for comment failed"
      classes: ['attempt'],
      match(v, i) {
        // "attempts to reach", "attempts by this newspaper to contact"
        const to = findAfter(v, i, 5, (w) => w === 'to');
        if (to === -1 || !inClass('contact-verb', v.w(to + 1))) return null;
        if (findAfter(v, to + 1, 3, (w) => inClass('reach-goal', w)) !== -1) return null;
        const failed = findAfter(v, to + 1, 8, (w) => inClass('failed', w));
        return failed !== -1 ? found(v, i, failed) : null;
      },
    },
    phraseAnchor('non-response'),
  ],
};
