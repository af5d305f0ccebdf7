// hedge/epistemic-verb and hedge/hearsay-verb: a claim resting on a belief, an inference or
// hearsay ("is believed to", "appears to have", "officials suspect that", "is widely regarded as").
// Some of these verbs also have plain uses; each lemma's test below keeps only the epistemic one.
import type { Token } from '../../../document';
import { findAhead, findBehind, firstWordIndex, isBreak, wordAt } from '../context';
import { VERB_LEMMAS, inClass } from '../lexicon';
import type { CueMatch, HedgeRule } from '../rule';

type Test = (tokens: readonly Token[], i: number) => boolean;

const always: Test = () => true;
const nextIs = (tokens: readonly Token[], i: number, ...words: string[]) => words.includes(wordAt(tokens, i, 1) ?? '');
/** A clause or infinitive follows: "thinks that", "appears to be". */
const thatFollows: Test = (tokens, i) => nextIs(tokens, i, 'that');
/** "as" follows within a few words, past an agent ("seen by many as", "regard him as"). */
const asFollows: Test = (tokens, i) => findAhead(tokens, i, 6, (w) => w === 'as') >= 0;
/** A determiner or possessive before it makes it a noun or an attributive adjective. */
const afterDeterminer: Test = (tokens, i) => {
  const prev = wordAt(tokens, i, -1);
  return inClass('determiner', prev) || inClass('possessive', prev);
};
/** "will consider", "asked voters to think about": an act to perform, not a belief held. */
const deliberative: Test = (tokens, i) => inClass('deliberation', wordAt(tokens, i, -1)) || i === firstWordIndex(tokens) || isBreak(tokens, i, -1);

const TESTS: Record<string, Test> = {
  seem: always,
  believe: always,
  speculate: always,
  suggest: always,
  allege: always,
  presume: always,
  surmise: always,
  hypothesize: always,
  theorize: always,
  conjecture: always,
  guess: always,
  // "appears to have", "it appears that" — not "appeared in court", "appear to the jury".
  appear: (tokens, i) => {
    const next = wordAt(tokens, i, 1);
    if (next === 'that' || wordAt(tokens, i, -1) === 'it') return true;
    if (next !== 'to') return false;
    const after = wordAt(tokens, i, 2);
    return !!after && !inClass('determiner', after) && !inClass('possessive', after) && !['him', 'them', 'me', 'us', 'you'].includes(after);
  },
  indicate: (tokens, i) => thatFollows(tokens, i) || /^seem/.test(wordAt(tokens, i, -2) ?? ''),
  // "I think", "is thought to" — not "think about", "think tank", "school of thought".
  think: (tokens, i) => {
    if (inClass('not-belief', wordAt(tokens, i, 1))) return false;
    if (tokens[i].lower === 'thought') return !inClass('noun-context', wordAt(tokens, i, -1));
    return !inClass('deliberation', wordAt(tokens, i, -1));
  },
  // "officials suspect that", "the suspected gunman" — not "the suspect fled".
  suspect: (tokens, i) => {
    if (tokens[i].lower === 'suspected') return true;
    return thatFollows(tokens, i) || inClass('subject-pronoun', wordAt(tokens, i, -1));
  },
  // "doubts that", "cast doubt on" — not the certainty of "no doubt", "beyond doubt".
  doubt: (tokens, i) => !inClass('certainty', wordAt(tokens, i, -1)),
  // "assumed that", "is assumed to be" — not "assumed office".
  assume: (tokens, i) => {
    const next = wordAt(tokens, i, 1);
    return next === 'that' || next === 'to' || inClass('subject-pronoun', next) || next === 'there';
  },
  // "estimated that" — not "an estimated 20,000" (a number is approximate, not doubtful).
  estimate: thatFollows,
  // An expectation of an outcome ("expects to post a loss", "is expected to win") — not a
  // planned event taken as given ("as expected", "than expected", "the expected vote").
  expect: (tokens, i) => {
    if (tokens[i].lower !== 'expected') return true;
    if (afterDeterminer(tokens, i)) return false;
    const prev = wordAt(tokens, i, -1);
    if (prev === 'as' || prev === 'than' || findBehind(tokens, i, 3, (w) => w === 'than') >= 0) return false;
    return findAhead(tokens, i, 8, (w) => w === 'to' || w === 'that') >= 0;
  },
  // "is considered the best", "considered by many to be" — not "considered running", "will
  // consider it", "Consider a vector".
  consider: (tokens, i) => {
    const next = wordAt(tokens, i, 1);
    if (!next || next === 'for' || next === 'in' || next === 'whether' || next === 'how' || next === 'what') return false;
    if (next.length > 4 && next.endsWith('ing') && next !== 'being') return false;
    if (tokens[i].lower === 'considered') return !inClass('have', wordAt(tokens, i, -1)) || next === 'to' || next === 'as' || next === 'that';
    return !deliberative(tokens, i) && next !== 'it' && next !== 'the';
  },
  // "is regarded as", "regard him as" — not "in this regard", "with regard to".
  regard: (tokens, i) => !afterDeterminer(tokens, i) && asFollows(tokens, i),
  // "is viewed as", "the view that" — not "a view of the sea".
  view: (tokens, i) => (afterDeterminer(tokens, i) ? thatFollows(tokens, i) : asFollows(tokens, i)),
  // "is seen as" — not "as seen on TV", "had seen the emails".
  see: (tokens, i) => {
    const next = wordAt(tokens, i, 1);
    return wordAt(tokens, i, -1) !== 'as' && (next === 'as' || (next === 'by' && asFollows(tokens, i)));
  },
  // "felt that" — not "felt pain".
  feel: thatFollows,
  imply: (tokens, i) => !afterDeterminer(tokens, i),
  // "supposed to have been built", "the supposed cure" — not the duty of "supposed to pay".
  suppose: (tokens, i) => {
    if (tokens[i].lower !== 'supposed') return true;
    if (afterDeterminer(tokens, i)) return true;
    return wordAt(tokens, i, 1) !== 'to' || inClass('belief-infinitive', wordAt(tokens, i, 2));
  },
};

const HEARSAY = new Set(['allege']);

export const epistemicVerbs: HedgeRule = {
  words: VERB_LEMMAS.keys(),
  match(tokens, i): CueMatch | null {
    const lemma = VERB_LEMMAS.get(tokens[i].lower);
    const test = lemma && TESTS[lemma];
    if (!test || !test(tokens, i)) return null;
    return { from: i, to: i, rule: lemma && HEARSAY.has(lemma) ? 'hearsay-verb' : 'epistemic-verb' };
  },
};
