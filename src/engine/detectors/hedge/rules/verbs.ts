// hedge/epistemic-verb and hedge/hearsay-verb: a claim resting on a belief, an inference or
// hearsay ("is believed to", "appears to have", "officials suspect that", "is widely regarded as").
// Some of these verbs also have plain uses; each lemma's test below keeps only the epistemic one.
import type { Token } from '../../../document';
import { findAhead, findBehind, firstWordIndex, isBreak, isNumber, wordAt } from '../context';
import { VERB_LEMMAS, inClass } from '../lexicon';
import type { CueMatch, HedgeRule } from '../rule';
import { namesTheory } from './framings';

type Test = (tokens: readonly Token[], i: number) => boolean;

const always: Test = () => true;
/** The next word, looking past an opening quote ("is considered 'safe'"). */
function nextWord(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i + 1];
  if (t && !t.word && /^["'“‘]$/.test(t.text)) return wordAt(tokens, i, 2);
  return wordAt(tokens, i, 1);
}
/** A clause follows: "thinks that", "doubts whether". */
const thatFollows: Test = (tokens, i) => wordAt(tokens, i, 1) === 'that';
const openQuestionFollows: Test = (tokens, i) => inClass('open-question', wordAt(tokens, i, 1));
/** "as" right after the participle, or after an agent: "seen as", "regarded by many as" — the
 *  impersonal passive. The active "the market views him as" is one party's opinion. */
const passiveAs: Test = (tokens, i) => {
  const next = wordAt(tokens, i, 1);
  if (next === 'as') return true;
  // "regarded more as", "seen mainly as"
  if (next && (next.endsWith('ly') || inClass('degree', next)) && wordAt(tokens, i, 2) === 'as') return true;
  return next === 'by' && findAhead(tokens, i, 6, (w) => w === 'as') >= 0;
};
/** A determiner or possessive before it makes it a noun or an attributive adjective. */
const afterDeterminer: Test = (tokens, i) => {
  const prev = wordAt(tokens, i, -1);
  return inClass('determiner', prev) || inClass('possessive', prev);
};
/** "will consider", "asked voters to think about", "Consider a vector": an act to perform,
 *  not a belief held. */
const deliberative: Test = (tokens, i) => {
  if (i === firstWordIndex(tokens) || isBreak(tokens, i, -1)) return true;
  // Past adverbs and negation: "its decision to no longer consider them illegal" is a policy,
  // an act, as "will not consider" is.
  let j = i - 1;
  while (j > 0 && tokens[j].word && (inClass('inner-adverb', tokens[j].lower) || inClass('negation', tokens[j].lower) || tokens[j].lower === 'longer')) j--;
  if (inClass('deliberation', wordAt(tokens, j, 0))) return true;
  // "when you consider that", "if one considers the cost": weighing a fact, not holding a view.
  return inClass('subject-pronoun', wordAt(tokens, i, -1)) && inClass('weighing-opener', wordAt(tokens, i, -2));
};

/** A reporting verb closing a parenthetical: "..., analysts believe." — a comma shortly before
 *  it, with only its subject in between. */
function isParenthetical(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= i - 4 && j >= 0; j--) if (!tokens[j].word) return tokens[j].text === ',';
  return false;
}

/** An expectation of an outcome ("analysts expect a loss", "is expected to win") — not an event
 *  taken as given ("as expected", "than expected", "the expected vote"), nor a party's own plan or
 *  outlook ("expects to hire", "we expect growth", "expects its sales to rise"). */
const expectation: Test = (tokens, i) => {
  const lower = tokens[i].lower;
  // "the company expects to hire 500 people": a party's own plan, not a hedge (GUIDELINES.md,
  // conventions); "analysts expect the firm to hire", "is expected to" weigh an outcome.
  if (wordAt(tokens, i, 1) === 'to' && !lower.endsWith('ed')) return false;
  // "We expect strong demand", "we anticipate opportunities", "the firm expects its sales to grow":
  // a body's outlook for its own business, in its own voice or on its own figures, is of a piece
  // with its own plan (same convention). "Analysts expect the firm to..." weighs someone else's.
  if (wordAt(tokens, i, -1) === 'we' || inClass('own-possessive', wordAt(tokens, i, 1))) return false;
  if (!lower.endsWith('ed')) return true;
  if (afterDeterminer(tokens, i)) return false;
  const prev = wordAt(tokens, i, -1);
  if (prev === 'as' || findBehind(tokens, i, 5, (w) => w === 'than') >= 0) return false;
  return infinitiveAhead(tokens, i);
};

/** A forecast held by its source: "analysts predict a loss", "the firm foresees growth",
 *  "Kellogg forecast an increase". Not an act to perform ("hard to predict", "will forecast"),
 *  not the noun ("their forecast", "forecast models"), not a figure taken as given ("the 235,000
 *  forecast by economists", "as predicted", "lower than forecast"), not "predicted as much". */
const forecast: Test = (tokens, i) => {
  const prev = wordAt(tokens, i, -1);
  if (inClass('deliberation', prev) || afterDeterminer(tokens, i) || prev === 'as') return false;
  // A split infinitive: "to correctly predict", "to best predict".
  if (prev && (prev.endsWith('ly') || inClass('degree', prev)) && inClass('deliberation', wordAt(tokens, i, -2))) return false;
  if (findBehind(tokens, i, 5, (w) => w === 'than') >= 0) return false;
  const next = wordAt(tokens, i, 1);
  if (!next || next === 'by' || next === 'as') return false;
  // "forecast" is as often the noun or a modifier ("forecast models"): only an object or a
  // clause after it makes it the verb.
  if (!tokens[i].lower.startsWith('forecast')) return true;
  return inClass('determiner', next) || inClass('possessive', next) || inClass('subject-pronoun', next) || isNumber(tokens[i + 1]);
};

/** "to" or "that" shortly after, past commas but not past the end of the clause: "expected the
 *  Ohio company, its rival, to report a loss". */
function infinitiveAhead(tokens: readonly Token[], i: number): boolean {
  if (isBreak(tokens, i, 1)) return false;
  for (let j = i + 1; j <= i + 10 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.word && (t.lower === 'to' || t.lower === 'that')) return true;
    // A period inside a sentence closes an abbreviation ("the Sunnyvale, Calif., company").
    if (!t.word && t.text !== ',' && t.text !== '.') return false;
  }
  return false;
}

/** "you shouldn't believe them", "I'll believe it when I see it", "believe it or not": trust in a
 *  person or a statement — an idiom, not a belief about a claim (GUIDELINES.md does not count it).
 *  "believe him to be", "believe it was arson" keep their clause. */
function trustsPerson(tokens: readonly Token[], i: number): boolean {
  if (!inClass('object-pronoun', wordAt(tokens, i, 1))) return false;
  return isBreak(tokens, i, 2) || inClass('trust-context', wordAt(tokens, i, 2));
}

/** A past participle, by its form: "caused", "built", "seen". */
function isParticiple(word: string | undefined): boolean {
  return !!word && word.length > 3 && (word.endsWith('ed') || word.endsWith('en') || IRREGULAR_PARTICIPLES.has(word));
}
const IRREGULAR_PARTICIPLES = new Set(['built', 'made', 'done', 'held', 'kept', 'paid', 'sent', 'sold', 'told', 'found', 'brought', 'bought', 'caught', 'taught', 'thought', 'meant', 'left', 'lost', 'spent', 'won', 'shut', 'put', 'set', 'hit', 'cut', 'read', 'led']);

/** A word that makes the "be" after it a verb of its own clause ("may be", "won't be", "to be",
 *  "clearly be"), not a subjunctive. */
const governsBe = (word: string) => inClass('be-governor', word) || /n['’]t$/.test(word) || word.endsWith('ly');

/** "suggested that the town should sell the land", "suggested the aide be fired": the clause
 *  after it says what ought to be done, a proposal, not an inference. "suggested the tapes may be
 *  fake", "suggest that they must share an ancestor" infer. */
function proposesDuty(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 8 && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.word) return false;
    if (inClass('duty-modal', t.lower)) return true;
    // The subjunctive "be" right after its subject: "that the aide be fired".
    if (t.lower === 'be' && j > i + 1 && !governsBe(tokens[j - 1].lower)) return true;
  }
  return false;
}

/** "suggested pushing back the date", "suggests hiring a mediator": a gerund with an object or a
 *  particle proposes an act; "suggests growing demand" (a participle before its noun) infers. */
function proposesAct(tokens: readonly Token[], i: number): boolean {
  if (proposesDuty(tokens, i)) return true;
  const gerund = wordAt(tokens, i, 1);
  if (!gerund || gerund.length < 6 || !gerund.endsWith('ing') || gerund === 'being' || gerund.endsWith('thing')) return false;
  const after = wordAt(tokens, i, 2);
  return inClass('determiner', after) || inClass('possessive', after) || inClass('object-pronoun', after) || inClass('particle', after);
}

const TESTS: Record<string, Test> = {
  seem: always,
  // "believes that", "is believed to", "..., analysts believe." — not faith: "believe in
  // them", "not all of them believe, but".
  believe: (tokens, i) => {
    if (wordAt(tokens, i, 1) === 'in' || trustsPerson(tokens, i)) return false;
    if (!isBreak(tokens, i, 1)) return true;
    return isParenthetical(tokens, i);
  },
  speculate: always,
  // "the data suggest that", "suggests declining demand" — not a proposal of an act: "he suggested
  // pushing back the date", "suggested hiring a mediator" (a gerund taking its own object).
  suggest: (tokens, i) => !proposesAct(tokens, i),
  allege: always,
  presume: always,
  surmise: always,
  hypothesize: always,
  theorize: always,
  // "historians conjecture that" — not a theory named after its author ("the Poincaré conjecture").
  conjecture: (tokens, i) => !namesTheory(tokens, i),
  guess: always,
  // "appears to have", "it appears that" — not "appeared in court", "appear to the jury".
  appear: (tokens, i) => {
    const next = wordAt(tokens, i, 1);
    if (next === 'that' || wordAt(tokens, i, -1) === 'it') return true;
    if (next !== 'to') return false;
    const after = wordAt(tokens, i, 2);
    return !!after && !inClass('determiner', after) && !inClass('possessive', after) && !inClass('object-pronoun', after);
  },
  // "indicates that", "seems to indicate" — not "the dagger indicates extinction".
  indicate: (tokens, i) => thatFollows(tokens, i) || (wordAt(tokens, i, -1) === 'to' && VERB_LEMMAS.get(wordAt(tokens, i, -2) ?? '') === 'seem'),
  // "I think", "is thought to" — not "think about", "think tank", "school of thought".
  think: (tokens, i) => {
    const next = wordAt(tokens, i, 1);
    // "is thought of as" holds a view, as "is regarded as" does; "thought of leaving" does not.
    if (tokens[i].lower === 'thought' && next === 'of' && wordAt(tokens, i, 2) === 'as') return true;
    if (inClass('not-belief', next)) return false;
    if (tokens[i].lower === 'thought') return !inClass('noun-context', wordAt(tokens, i, -1));
    // "led people to think it was" holds a belief; "asked voters to think carefully" does not.
    return !inClass('deliberation', wordAt(tokens, i, -1)) || next === 'that' || inClass('subject-pronoun', next);
  },
  // "officials suspect that", "police suspect a link", "the suspected gunman" — not "the
  // suspect fled". Without a determiner before it, "suspect" taking a noun phrase is the verb.
  suspect: (tokens, i) => {
    if (tokens[i].lower === 'suspected') return true;
    if (thatFollows(tokens, i) || inClass('subject-pronoun', wordAt(tokens, i, -1))) return true;
    const next = wordAt(tokens, i, 1);
    return !afterDeterminer(tokens, i) && (inClass('determiner', next) || inClass('possessive', next));
  },
  // "doubts that", "cast doubt on", "little doubt" — not the certainty of "no doubt", nor a
  // doubt about a person ("the early doubts about Mr. Sloan", "the benefit of the doubt").
  doubt: (tokens, i) => {
    const prev = wordAt(tokens, i, -1);
    if (inClass('certainty', prev)) return false;
    return thatFollows(tokens, i) || openQuestionFollows(tokens, i) || inClass('doubt-context', prev);
  },
  // "assumed that", "is assumed to be" — not "assumed office".
  assume: (tokens, i) => {
    const next = wordAt(tokens, i, 1);
    return next === 'that' || next === 'to' || next === 'there' || inClass('subject-pronoun', next);
  },
  // "estimated that", "she estimates her house is worth" — not "an estimated 20,000" or
  // "estimated at $5 million" (a number is approximate, not doubtful).
  // "according to one estimate" is the noun: "one" as a subject takes "estimates".
  estimate: (tokens, i) =>
    thatFollows(tokens, i) ||
    (inClass('subject-pronoun', wordAt(tokens, i, -1)) &&
      !(wordAt(tokens, i, -1) === 'one' && tokens[i].lower === 'estimate') &&
      findAhead(tokens, i, 6, (w) => w === 'at') < 0),
  expect: expectation,
  anticipate: expectation,
  predict: forecast,
  forecast: forecast,
  foresee: forecast,
  // "is considered the best", "considered by many to be" — not "considered running", "will
  // consider it", "Consider a vector", "had considered the offer".
  consider: (tokens, i) => {
    const next = nextWord(tokens, i);
    if (!next || inClass('deliberation-object', next)) return false;
    if (next.length > 4 && next.endsWith('ing') && next !== 'being') return false;
    if (tokens[i].lower === 'considered') return !inClass('have', wordAt(tokens, i, -1)) || next === 'to' || next === 'as' || next === 'that';
    return !deliberative(tokens, i);
  },
  // "is regarded as" — not "in this regard", "with regard to".
  regard: (tokens, i) => !afterDeterminer(tokens, i) && passiveAs(tokens, i),
  // "is viewed as", "the view that" — not "a view of the sea".
  view: (tokens, i) => (afterDeterminer(tokens, i) ? thatFollows(tokens, i) : passiveAs(tokens, i)),
  // "is seen as" — not "as seen on TV", "had seen the emails".
  see: (tokens, i) => wordAt(tokens, i, -1) !== 'as' && passiveAs(tokens, i),
  // "felt that", "felt they were" — not "felt pain".
  feel: (tokens, i) => thatFollows(tokens, i) || inClass('subject-pronoun', wordAt(tokens, i, 1)),
  // "implies that" — not "to imply", "an implied warranty".
  imply: (tokens, i) => !afterDeterminer(tokens, i) && !inClass('deliberation', wordAt(tokens, i, -1)),
  // "supposed to have been built", "the supposed cure", "is supposed to be caused by" — not the
  // duty of "supposed to pay", nor the plan or norm of "was supposed to be a short visit", "is
  // not supposed to be about money", "were supposed to be temporary".
  suppose: (tokens, i) => {
    if (tokens[i].lower !== 'supposed') return true;
    if (afterDeterminer(tokens, i)) return true;
    if (wordAt(tokens, i, 1) !== 'to') return true;
    const verb = wordAt(tokens, i, 2);
    if (verb === 'have') return true;
    return verb === 'be' && isParticiple(wordAt(tokens, i, 3));
  },
  // "questioned whether", "wonders if": doubt about a claim.
  question: openQuestionFollows,
  wonder: openQuestionFollows,
  skeptical: thatFollows,
};

const HEARSAY = new Set(['allege']);

// A lemma added to hedge-verbs.txt needs a test here; fail at load rather than never match.
for (const lemma of new Set(VERB_LEMMAS.values()))
  if (!TESTS[lemma]) throw new Error(`hedge verb '${lemma}' has no rule in hedge/rules/verbs.ts`);

export const epistemicVerbs: HedgeRule = {
  words: [...VERB_LEMMAS.keys()],
  match(tokens, i): CueMatch | null {
    const lemma = VERB_LEMMAS.get(tokens[i].lower) ?? '';
    if (!TESTS[lemma](tokens, i)) return null;
    return { from: i, to: i, rule: HEARSAY.has(lemma) ? 'hearsay-verb' : 'epistemic-verb' };
  },
};
