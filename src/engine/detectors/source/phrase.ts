// Reading a source phrase out of a run of tokens, without a parser: where the phrase starts (the
// clause boundary before it), its head noun, and whether it describes a name right before it.
import type { Token } from '../../document';
import { hasRole, hasVerbRole, headClass, ROLE, VERB } from './lexicon';
import { isPersonWord } from './person';
import { afterApproximation, cueAt, isAbbreviationStop, isApostrophe, isCapitalized, isLyAdverb, isParticiple, isPostModifier, isShareOf, isWord, placesPeople } from './tokens';

/** Token index ranges are half-open `[from, to)` into the sentence's tokens. */
export type Range = readonly [number, number];

/** Where a source phrase sits in its sentence. */
export interface PhraseSite {
  /** The source phrase, without a leading connector; absent for impersonal attributions. */
  phrase?: Range;
  /** The head noun of the phrase. */
  head?: number;
  /** Where anonymity cues may sit: the phrase's post-modifiers, a parenthetical, what follows the verb. */
  context: Range[];
  /** A name stands in apposition to the phrase ("a spokesman, Jane Roe, said"). */
  appositiveName: boolean;
  /** The verb shares the subject of an earlier verb ("X launched ... and said"). */
  shared?: boolean;
}

// Longest stretch of tokens read as one source phrase; keeps every search bounded.
export const MAX_PHRASE = 18;
// How far after the verb an anonymity cue still counts ("said in interviews").
export const AFTER_VERB = 6;

/**
 * The head of the phrase `[from, to)`: the last word before its first post-modifier
 * ("a source | familiar with ..."). Leading connectors and prepositions are skipped, and "of"
 * after a quantity looks into its complement ("some of | her longtime allies").
 */
export function findHead(tokens: readonly Token[], from: number, to: number): { start: number; head: number; end: number } | undefined {
  let start = afterApproximation(tokens, from);
  while (start < to && isWord(tokens[start]) && (hasRole(tokens[start], ROLE.lead) || isPostModifier(tokens, start) || isLyAdverb(tokens[start]))) start = afterApproximation(tokens, start + 1);
  let head = -1;
  let k = start;
  for (; k < to; k++) {
    const t = tokens[k];
    if (!t.word) {
      // A possessive apostrophe standing alone ("the employees' lawyers") stays inside the phrase.
      if (isApostrophe(t) && head === k - 1) continue;
      if (isAbbreviationStop(tokens, k)) continue;
      break;
    }
    // After a known source noun a participle starts a modifier: "a defector | living in Seoul",
    // "analysts | polled by the bank".
    if (head >= 0 && headClass(tokens[head]) !== undefined && isParticiple(t)) break;
    // After any noun, a participle with its agent: "an email | seen by Reuters", "notes | taken by".
    if (head >= 0 && tokens[k + 1]?.lower === 'by' && (isParticiple(t) || (t.lower.length > 3 && t.lower.endsWith('en') && !isCapitalized(t)))) break;
    // "a study | that ...", but "that person" starts a phrase.
    if (hasRole(t, ROLE.boundary) && !(head < 0 && hasRole(t, ROLE.definite) && isSingularPerson(tokens[k + 1]))) break;
    // A second determiner after other words starts another phrase: "Du Pont still holds | an edge".
    const isDeterminer = hasRole(t, ROLE.nominal) || hasRole(t, ROLE.counted);
    const afterDeterminer = head >= 0 && (hasRole(tokens[head], ROLE.nominal) || hasRole(tokens[head], ROLE.counted) || hasRole(tokens[head], ROLE.quant));
    // ("a significant number of", "a small handful of": a quantity noun with its "of" is no new phrase.)
    if (isDeterminer && head >= 0 && !afterDeterminer && tokens[k + 1]?.lower !== 'of') return undefined;
    if (head >= 0 && isPostModifier(tokens, k)) {
      const prev = tokens[head].lower;
      const quantity = hasRole(prev, ROLE.quant) || hasRole(prev, ROLE.counted) || isShareOf(tokens, head);
      if (t.lower === 'of' && quantity) continue;
      // "many in the industry", "some within the party": a quantity standing alone, placed by a
      // group after it, is the head ("some inside sources" keeps "inside" as a modifier).
      // ("some on Twitter", "many on the left": a side or a medium places them too.)
      // So does "those": "those in the room", "those at the meeting".
      if (head === start && (hasRole(prev, ROLE.quant) || prev === 'those') && placesPeople(t) && startsGroup(tokens[k + 1])) break;
      // Right after a determiner it is a modifier: "an inside source", "the above officials".
      // ("those | who were there": a relative pronoun is never a modifier.)
      if (t.lower !== 'of' && !cueAt(tokens, k) && !hasRole(t, ROLE.rel) && (quantity || hasRole(prev, ROLE.definite) || hasRole(prev, ROLE.possessive))) {
        head = k;
        continue;
      }
      break;
    }
    head = k;
  }
  if (head < 0) return undefined;
  return { start, head, end: k };
}

/** Starts the group after "many in": a determiner or a name ("the industry", "Washington"). */
const startsGroup = (t: Token | undefined) =>
  isWord(t) && (isCapitalized(t) || hasRole(t, ROLE.definite) || hasRole(t, ROLE.possessive) || hasRole(t, ROLE.counted));

/** "person", "official", "defector": a singular noun for a person (no plural, no name). */
const isSingularPerson = (t: Token | undefined): boolean => {
  if (!isWord(t) || isCapitalized(t) || hasRole(t, ROLE.plural) || t.lower.endsWith('s')) return false;
  const cls = headClass(t);
  return cls === 'anonymous' || cls === 'crowd' || hasRole(t, ROLE.generic);
};

/** Walk left from `last` to the start of its clause; returns the first index of the clause. */
export function clauseStart(tokens: readonly Token[], last: number): number {
  const limit = Math.max(0, last - MAX_PHRASE);
  let k = last;
  for (; k >= limit; k--) {
    const t = tokens[k];
    if (!t.word) {
      if (isApostrophe(t) && k > 0 && isWord(tokens[k - 1])) continue;
      if (isAbbreviationStop(tokens, k)) continue;
      // "Mike Roe (R-Kans.), who ..., agreed": a parenthesis inside the phrase is skipped.
      if (t.text === ')') {
        let open = k - 1;
        while (open >= limit && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
        if (open >= limit && tokens[open].text === '(') {
          k = open;
          continue;
        }
      }
      break;
    }
    // ("That person also said": "that" before a singular person noun is its determiner, not a clause's start.)
    const demonstrative = hasRole(t, ROLE.definite) && k < last && isSingularPerson(tokens[k + 1]);
    if ((hasRole(t, ROLE.boundary) && !demonstrative) || hasRole(t, ROLE.rel) || hasRole(t, ROLE.according)) break;
    // A verb ends a noun phrase: "officials said they", "X is a senior official of", "Roe met with
    // analysts". Not a past tense after a determiner (an adjective: "the alleged victim") or after
    // a source noun (a modifier: "a witness interviewed by staff").
    const prev = tokens[k - 1]?.lower ?? '';
    const afterDeterminer = hasRole(prev, ROLE.nominal) || hasRole(prev, ROLE.counted) || headClass(prev) !== undefined;
    const pastTense = t.lower.length > 4 && t.lower.endsWith('ed') && !isCapitalized(t) && headClass(t) === undefined;
    if (k < last && (hasRole(t, ROLE.verbal) || ((hasVerbRole(t, VERB.finite) || pastTense) && !afterDeterminer))) break;
    if (hasRole(t, ROLE.coord) && k < last) {
      // "current and former officials" is one phrase; "Clinton and her aides", "X and other
      // critics" end the phrase at the conjunction: the source is the part after it.
      const next = tokens[k + 1];
      // ("the Parks and Recreation Department": a conjunction between capitals is inside a name.)
      const inName = isCapitalized(next) && isWord(tokens[k - 1]) && isCapitalized(tokens[k - 1]) && k - 1 !== 0;
      if ((isCapitalized(next) && !inName) || hasRole(next, ROLE.definite) || hasRole(next, ROLE.counted) || hasRole(next, ROLE.quant) || hasRole(next, ROLE.possessive)) break;
    }
  }
  return k + 1;
}

// How far left of a clause a relative pronoun may stand: "who | had long been | in the room".
const RELATIVE_REACH = 5;

/**
 * The relative pronoun ("who", "which") whose clause runs up to `start`, when only its verb
 * group stands between ("who attended", "who have seen", "who was"): -1 if there is none.
 */
export function relativeBefore(tokens: readonly Token[], start: number): number {
  for (let k = start - 1; k >= Math.max(0, start - RELATIVE_REACH) && isWord(tokens[k]); k--) {
    if (hasRole(tokens[k], ROLE.rel)) return k > 0 && isWord(tokens[k - 1]) ? k : -1;
    // Only auxiliaries, adverbs and the verb itself: a noun or a determiner is another phrase.
    if (hasRole(tokens[k], ROLE.nominal) || hasRole(tokens[k], ROLE.counted) || isCapitalized(tokens[k]) || headClass(tokens[k]) !== undefined) return -1;
  }
  return -1;
}

/** A capitalized word that is no time word and no known noun: part of a name. */
export const isNameWord = (t: Token | undefined): t is Token => isWord(t) && isCapitalized(t) && !hasRole(t, ROLE.time) && headClass(t) === undefined;

/**
 * "Jane Roe, a scholar at the institute, thinks", "Roe, a native of Ohio who writes": a described
 * person right after a name is that name. A bare "..., a former official said" after a name is a
 * parenthetical attribution instead, and a phrase marked as unnamed ("familiar with") stays unnamed.
 */
export function isAppositive(tokens: readonly Token[], start: number, found: { start: number; end: number }, end: number, relativeTo = 0): boolean {
  if (tokens[start - 1]?.text !== ',' || !isNameWord(tokens[start - 2])) return false;
  // `relativeTo`: a relative clause describes the phrase up to there ("a native who writes").
  const described = relativeTo > 0 || found.end < end;
  if (!described || !hasRole(tokens[found.start], ROLE.nominal)) return false;
  for (let k = found.end; k < Math.max(end, relativeTo); k++) if (tokens[k].word && cueAt(tokens, k)) return false;
  return true;
}

/** After "who"/"which": does a subject of its own follow ("whom one insider described")? */
export function startsNewSubject(t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  // (A source noun without a determiner is a subject only in the plural: "whom analysts describe";
  // "who advocate free speech" is the relative clause's own verb.)
  const bareNoun = headClass(t) !== undefined && (hasRole(t, ROLE.plural) || (t.lower.endsWith('s') && !t.lower.endsWith('ss')));
  return isCapitalized(t) || hasRole(t, ROLE.counted) || hasRole(t, ROLE.definite) || hasRole(t, ROLE.quant) || hasRole(t, ROLE.possessive) || hasRole(t, ROLE.he) || hasRole(t, ROLE.they) || bareNoun;
}

/** A noun for people within the next two words ("and | advisers", "and | other officials"). */
const peopleFollow = (tokens: readonly Token[], k: number): boolean =>
  [tokens[k], tokens[k + 1]].some((t) => isWord(t) && !isCapitalized(t) && isPersonWord(t.lower) && !ADJECTIVE_LIKE.test(t.lower));

// Singular words in "-ent"/"-ant" are adjectives as often as people ("current", "independent").
const ADJECTIVE_LIKE = /(?:ent|ant)$/;

/** Determiners and pronouns that cite no one. */
const NOBODY: ReadonlySet<string> = new Set(['no', 'none', 'nobody', 'neither', 'nothing']);

/** A phrase that starts at `from` and runs to the next punctuation ("said a senior official who ..."). */
export function phraseAfter(tokens: readonly Token[], start: number): PhraseSite | undefined {
  // "according to at least three people": the approximation is not a preposition.
  const from = afterApproximation(tokens, start);
  // "said in an e-mail", "said on Monday": what follows is not the source.
  if (!isWord(tokens[from]) || isPostModifier(tokens, from) || hasRole(tokens[from], ROLE.boundary)) return undefined;
  // "cites no source for the figure", "according to none of them": no one is cited.
  if (NOBODY.has(tokens[from].lower)) return undefined;
  let to = from;
  const limit = Math.min(tokens.length, from + MAX_PHRASE);
  while (to < limit && (tokens[to].word || (isApostrophe(tokens[to]) && to > from) || isAbbreviationStop(tokens, to))) {
    // "by a woman | and fraud by another": after a noun for people a conjunction starts what
    // comes next ("according to officials and analysts" cites officials either way).
    // (Not after an adjective in "-ent"/"-ant": "a dozen current and former employees"; not when
    // more people follow: "their friends and advisers", "politicians and officials who ...".)
    const before = tokens[to - 1];
    if (to > from && hasRole(tokens[to], ROLE.coord) && !isCapitalized(before) && isPersonWord(before.lower) && !ADJECTIVE_LIKE.test(before.lower) && !peopleFollow(tokens, to + 1)) break;
    // "said it will report ...": the source ends where a verb begins.
    const verbForm = hasVerbRole(tokens[to], VERB.clear) && headClass(tokens[to]) === undefined && !hasRole(tokens[to - 1], ROLE.nominal);
    // (Not the verb of a relative clause: "according to people who have seen the report".)
    if (to > from && (hasRole(tokens[to], ROLE.verbal) || verbForm) && relativeBefore(tokens, to + 1) < from) break;
    to++;
  }
  let found = findHead(tokens, from, to);
  if (!found) return undefined;
  // "according to interviews with a dozen party leaders", "conversations with people close to
  // him": what was said came from the people after "with".
  if (tokens[found.end]?.lower === 'with' && !isPersonWord(tokens[found.head].lower)) {
    const inner = findHead(tokens, found.end + 1, to);
    if (inner && isPersonWord(tokens[inner.head].lower)) found = { start: found.start, head: inner.head, end: inner.end };
  }
  // The phrase shown stops before a boundary word; the rest is context. (A relative clause here
  // is restrictive, with no comma before it: it says who is meant, "people who have seen it".)
  let end = found.end;
  while (end < to && !hasRole(tokens[end], ROLE.boundary)) {
    const cue = cueAt(tokens, end);
    if (!cue && tokens[end].lower === 'to') break; // "most economists | to be too costly"
    end += Math.max(cue, 1);
  }
  end = Math.min(end, to);
  return { phrase: [found.start, end], head: found.head, context: [[found.end, Math.min(tokens.length, to + AFTER_VERB)]], appositiveName: false };
}
