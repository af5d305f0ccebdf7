// Classifying a source phrase: named (not flagged), anonymous (a specific unnamed person or
// group), vague (a loose crowd), or a pronoun to resolve against earlier sources.
import type { Token } from '../../document';
import type { Attribution } from './attribution';
import { isNameWord, type PhraseSite } from './phrase';
import { cueAt, isApostrophe, isCapitalized, isCount, isLyAdverb, isNumeral, isParticiple, isShareOf, isWord, placesPeople } from './tokens';
import { hasRole, hasVerbRole, headClass, lexiconWords, ROLE, VERB } from './lexicon';
import { isPersonWord, isTitle } from './person';

/** `backref`: the unnamed source or crowd it points back to, if the article has one; else named. */
export type SourceKind = 'named' | 'anonymous' | 'vague' | 'pronoun' | 'backref' | 'none';
/** How the phrase picks out its referent: "the official", "one official", "officials"... */
export type Determiner = 'definite' | 'possessive' | 'counted' | 'quant' | 'bare';

export interface SourcePhrase {
  kind: SourceKind;
  plural: boolean;
  determiner: Determiner;
  /** The head noun, lower case ("official", "sources"). */
  head: string;
  /** The words between determiner and head, lower case, sorted ("former", "senior"): tells "FBI officials" from "former officials". */
  modifiers: string;
  /** The phrase sets its source apart from any cited before ("another defector", "a second official"). */
  distinct: boolean;
  /** What follows the head in the phrase, lower case ("familiar with the talks"): two counted
   *  groups described differently ("people familiar with …", "two people briefed on …") are two. */
  described: string;
  /** A document, data or "it": no "he", "she" or "they" points back to it as a speaker. */
  thing: boolean;
  /** A person noun that says nothing of who ("person", "individual"): "that person" can be any
   *  unnamed person cited before, whatever noun introduced them. */
  generic: boolean;
  /** A definite description of a person that no name in the article is tied to ("the woman",
   *  "the victim's mother"): with no unnamed source before it to point back to, it is one the
   *  article describes without naming, not a named person's epithet. */
  untitled?: boolean;
  /** Whose the source is, when a possessive says so: a pronoun ("her neighbour", "his lawyer"),
   *  whose owner coreference finds, or an unnamed person ("the witness's brother"). */
  owner?: Owner;
  /** "woman", "spokesman", "she", "he": the sex the word says, if any ('' when it says none). */
  sex: Sex;
}

export type Sex = 'f' | 'm' | '';
export type Owner = { pronoun: Sex; plural: boolean } | 'unnamed';
// Nouns and pronouns that say a person's sex: "she" does not point back to "a man", nor "he" to "a woman".
const FEMALE = /(?:^she$|^her$|woman$|women$|mother$|wife$|daughter$|sister$|girl$|girls$|lady$|ladies$|actress$|niece$|aunt$|girlfriend$|widow$)/;
const MALE = /(?:^he$|^him$|^his$|(?:^|[^o])man$|(?:^|[^o])men$|father$|husband$|son$|brother$|^boy$|^boys$|nephew$|uncle$|boyfriend$|widower$)/;
export const sexOf = (lower: string): Sex => (FEMALE.test(lower) ? 'f' : MALE.test(lower) ? 'm' : '');

export function isPlural(lower: string): boolean {
  if (hasRole(lower, ROLE.plural)) return true;
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('is') && !lower.endsWith('us');
}

/** Does an anonymity cue ("on condition of anonymity", "familiar with") appear in the ranges? */
function hasAnonymityCue(tokens: readonly Token[], a: PhraseSite): boolean {
  for (const [from, to] of a.context) for (let k = from; k < to && k < tokens.length; k++) if (tokens[k].word && cueAt(tokens, k)) return true;
  return false;
}

function modifiersOf(tokens: readonly Token[], from: number, head: number): string {
  const words: string[] = [];
  for (let k = from; k < head; k++) {
    const l = tokens[k].lower;
    // ("one of the people": the "of" of a partitive modifies nothing, nor "both" of "both sources".)
    if (!tokens[k].word || isCount(tokens[k]) || hasRole(tokens[k], ROLE.quant) || hasRole(tokens[k], ROLE.definite) || hasRole(tokens[k], ROLE.possessive) || hasRole(tokens[k], ROLE.coord) || hasRole(tokens[k], ROLE.lead) || hasRole(tokens[k], ROLE.aux) || l === 'of') continue;
    words.push(l);
  }
  return words.sort().join(' ');
}

/** A noun the lexicon knows for people: "official", "analysts", "people". */
function isPersonNoun(t: Token): boolean {
  const cls = headClass(t);
  return cls === 'anonymous' || cls === 'crowd' || hasRole(t, ROLE.generic);
}

function determinerOf(tokens: readonly Token[], from: number, head: number): Determiner {
  let found: Determiner = 'bare';
  for (let k = from; k < head; k++) {
    const l = tokens[k].lower;
    // (A numeral counts people only before a noun for people: "12 officials", not "156,000 jobs"
    // or "59 percent".)
    // "the two officials", "these three companies": a count after a definite article picks out
    // ones already introduced, by name or not (a back-reference, as "the officials" is); "two
    // officials" introduces new ones.
    if (hasRole(tokens[k], ROLE.counted) || (isNumeral(tokens[k]) && isPersonNoun(tokens[head]))) return found === 'definite' ? 'definite' : 'counted';
    if (hasRole(tokens[k], ROLE.quant)) return 'quant';
    // "the senator's allies": the possessive, not the article of the possessor, picks the head out.
    if (hasRole(tokens[k], ROLE.possessive) || l.endsWith("'s") || l.endsWith("s'") || isApostrophe(tokens[k])) found = 'possessive';
    else if (hasRole(tokens[k], ROLE.definite) && found === 'bare') found = 'definite';
  }
  return found;
}

const INSIDE: ReadonlySet<string> = new Set(['at', 'inside', 'within']);

/** What narrows a person noun down, read from what follows its head. */
type Narrowing = 'access' | 'view' | undefined;

/**
 * "people who attended the meeting", "people with direct knowledge of", "people involved in the
 * deal": narrowed by what they did, saw or know, the people are specific ('access'). "people who
 * say", "those who believe": narrowed only by a view they hold, they are a crowd ('view').
 */
function narrowing(tokens: readonly Token[], head: number): Narrowing {
  const next = tokens[head + 1];
  if (!isWord(next)) return undefined;
  if (hasRole(next, ROLE.rel) || next.lower === 'that') {
    let v = head + 2;
    while (isWord(tokens[v]) && (hasRole(tokens[v], ROLE.aux) || isLyAdverb(tokens[v]))) v++;
    if (!isWord(tokens[v])) return undefined;
    return hasVerbRole(tokens[v], VERB.finite) ? 'view' : 'access';
  }
  // "with" their knowledge, ties or access; a participle ("involved in", "briefed on").
  if (next.lower === 'with' || isParticiple(next) || (hasRole(next, ROLE.postmod) && next.lower.endsWith('ed'))) return 'access';
  // Inside a body ("people at the company", "people inside the White House"); not "in", which
  // places a crowd ("people in the industry", "people in Ohio").
  if (INSIDE.has(next.lower)) return 'access';
  return undefined;
}

/**
 * The owner a possessive determiner names: a pronoun ("her neighbour", "their lawyers") or a
 * person noun with no name in it and no title a name goes with ("the witness's brother", "a
 * resident's son"; not "the senator's aide"). Someone tied to an unnamed person is unnamed too.
 */
function ownerOf(tokens: readonly Token[], a: Site, sentenceStart: number): Owner | undefined {
  if (!a.phrase || a.head === undefined || !isPersonWord(tokens[a.head].lower)) return undefined;
  const from = a.phrase[0];
  for (let k = from; k < a.head; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    const l = t.lower;
    // A pronoun only opening its sentence: inside one it may be anyone the sentence named ("Roe
    // said his boss was kind").
    if (hasRole(t, ROLE.possessive) && (l === 'his' || l === 'her' || l === 'their')) return k === sentenceStart ? { pronoun: sexOf(l), plural: l === 'their' } : undefined;
    // ("the U.S. attorney's office": a capital inside the owner's phrase is a name's.)
    if (isCapitalized(t) && k !== sentenceStart) return undefined;
    if (!l.endsWith("'s") && !l.endsWith('’s')) continue;
    const stem = l.slice(0, -2);
    return !isCapitalized(t) && isPersonWord(stem) && !isTitle(stem) && !hasRole(stem, ROLE.institution) ? 'unnamed' : undefined;
  }
  return undefined;
}

/** "Clinton's communications director", "New York's chief medical examiner": the office of a named
 *  person or body has one holder the reader can identify. */
function namedPossessor(tokens: readonly Token[], from: number, head: number): boolean {
  for (let k = from; k < head; k++) if (tokens[k].word && (tokens[k].lower.endsWith("'s") || tokens[k].lower.endsWith('’s')) && isCapitalized(tokens[k])) return true;
  return false;
}

/** "of the victim", "of the Roe family", "of his brother": a tie to someone identified. */
const relational = (tokens: readonly Token[], head: number): boolean => {
  const after = tokens[head + 2];
  return tokens[head + 1]?.lower === 'of' && isWord(after) && (hasRole(after, ROLE.definite) || hasRole(after, ROLE.possessive) || isCapitalized(after));
};

/** "the owner of a bakery", "the mother of one victim": "the" owes itself to what follows, a
 *  first mention of someone described, not a title standing for a name met before. */
const ofSomeone = (tokens: readonly Token[], head: number): boolean =>
  (tokens[head + 1]?.lower === 'of' && hasRole(tokens[head + 2], ROLE.counted)) ||
  // "the staff member who reported the call": a restrictive clause says which one, as a first mention does.
  tokens[head + 1]?.lower === 'who';

/** "those present", "several of those involved": "those" and a word that is no noun stand for people. */
const standsForPeople = (tokens: readonly Token[], head: number): boolean =>
  tokens[head - 1]?.lower === 'those' && headClass(tokens[head]) === undefined && !isPlural(tokens[head].lower) && !isCapitalized(tokens[head]);

// Nouns for people by what they do ("protesters", "settlers", "politicians", "residents",
// "immigrants"), by their English agent suffixes; "-ments" are things ("documents").
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent)s$/;
const isAgentNoun = (lower: string): boolean => AGENT_NOUN.test(lower) && !lower.endsWith('ments');

/** "half of GOP voters", "56 percent of those polled": a share of people (not "half of the budget"). */
function isShareOfPeople(tokens: readonly Token[], from: number, head: number): boolean {
  if (!isPersonWord(tokens[head].lower) && !hasRole(tokens[head], ROLE.definite)) return false;
  for (let k = from; k < head; k++) if (isShareOf(tokens, k)) return true;
  return false;
}

/** "four in 10 (voters)", "three out of four", "nine in ten": a count out of a count. */
function isProportion(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 3; k++) {
    if (!isCount(tokens[k])) continue;
    const of = tokens[k + 1]?.lower === 'in' ? k + 2 : tokens[k + 1]?.lower === 'out' && tokens[k + 2]?.lower === 'of' ? k + 3 : -1;
    return of > 0 && of < to && isCount(tokens[of]);
  }
  return false;
}

/** "former prosecutors", "a retired investigator": no longer speaks for an office. */
function isFormer(tokens: readonly Token[], from: number, head: number): boolean {
  for (let k = from; k < head; k++) if (hasRole(tokens[k], ROLE.former)) return true;
  return false;
}

// "tell": the one lemma whose object says whom the source spoke to.
const TELL: ReadonlySet<string> = new Set(['tell', 'tells', 'told']);

/**
 * "analysts told Reuters", "experts told us": people who spoke to the reporter or the
 * publication (GUIDELINES.md conventions: they are anonymous, not a crowd).
 */
function spokeToReporter(tokens: readonly Token[], [from, to]: Attribution['verb']): boolean {
  if (!TELL.has(tokens[to - 1].lower) || to - from !== 1) return false;
  let k = to;
  if (hasRole(tokens[k], ROLE.definite)) k++;
  const object = tokens[k];
  return isWord(object) && (headClass(object) === 'self' || object.lower === 'us' || (isCapitalized(object) && !hasRole(object, ROLE.he) && !hasRole(object, ROLE.they)));
}

/**
 * A crowd noun for people who spoke to the publication ("analysts told Reuters") or who work
 * inside a body ("doctors at the hospital"): unnamed people, not a crowd (GUIDELINES.md conventions).
 */
function unnamedPeople(tokens: readonly Token[], a: Site): boolean {
  if (a.head === undefined) return false;
  return (a.verb !== undefined && spokeToReporter(tokens, a.verb)) || INSIDE.has(tokens[a.head + 1]?.lower ?? '');
}

// A plain function rather than a closure per call: classify() runs for every attribution.
const withKind = (base: Omit<SourcePhrase, 'kind'>, kind: SourceKind): SourcePhrase => ({
  kind,
  plural: base.plural,
  determiner: base.determiner,
  head: base.head,
  modifiers: base.modifiers,
  distinct: base.distinct,
  described: base.described,
  thing: base.thing,
  generic: base.generic,
  sex: base.sex,
});

/** The words after the head in the phrase, lower case. */
function describedBy(tokens: readonly Token[], head: number, end: number): string {
  let out = '';
  for (let k = head + 1; k < end; k++) if (tokens[k].word) out += (out ? ' ' : '') + tokens[k].lower;
  return out;
}

function isDistinct(tokens: readonly Token[], from: number, head: number): boolean {
  let distinct = false;
  for (let k = from; k < head; k++) {
    if (hasRole(tokens[k], ROLE.distinct)) distinct = true;
    // "one of the people": a part of a group cited before, not set apart from it.
    else if (tokens[k].lower === 'of' && (hasRole(tokens[k + 1], ROLE.definite) || hasRole(tokens[k + 1], ROLE.possessive))) distinct = false;
  }
  return distinct;
}

/**
 * Classify the phrase of attribution `a`. `sentenceStart` is the index of the sentence's first
 * word: its capital letter says nothing about being a name. `namedHeads` are nouns the article
 * ties to a name elsewhere ("spokeswoman Jane Roe"): a source named in the article is not anonymous.
 */
export function classify(tokens: readonly Token[], a: Site, sentenceStart: number, namedHeads: NamedHeads): SourcePhrase {
  // After a colon a clause starts with a capital too ("The Latest: Mourners say ...").
  const start = a.phrase && tokens[a.phrase[0] - 1]?.text === ':' ? a.phrase[0] : sentenceStart;
  const phrase = kindOf(tokens, a, start, namedHeads);
  // (Only coreference of unnamed sources reads the description: no string for the others.)
  if (phrase.kind === 'anonymous' && a.phrase && a.head !== undefined) phrase.described = describedBy(tokens, a.head, a.phrase[1]);
  return phrase;
}

type Site = PhraseSite & Pick<Attribution, 'thingOnly' | 'clear'> & Partial<Pick<Attribution, 'verb'>>;

function kindOf(tokens: readonly Token[], a: Site, sentenceStart: number, namedHeads: NamedHeads): SourcePhrase {
  const none: SourcePhrase = { kind: 'none', plural: false, determiner: 'bare', head: '', modifiers: '', distinct: false, described: '', thing: false, generic: false, sex: '' };
  if (!a.phrase || a.head === undefined) return none;
  const h = tokens[a.head];
  const head = h.lower;
  const plural = isPlural(head);
  const determiner = determinerOf(tokens, a.phrase[0], a.head);
  const modifiers = modifiersOf(tokens, a.phrase[0], a.head);
  const cls = headClass(head);
  const thing = cls === 'document' || cls === 'thing' || head === 'it';
  const base = { plural, determiner, head, modifiers, distinct: isDistinct(tokens, a.phrase[0], a.head), described: '', thing, generic: hasRole(head, ROLE.generic), sex: sexOf(head) };
  // "four in 10 voters say", "56 percent of Democrats said", "half of respondents said": a share of
  // those polled is the poll's finding, which the article identifies (the news gold labels such
  // shares named: "Forty-one percent of respondents say"), not a crowd and not unnamed people.
  if (isProportion(tokens, a.phrase[0], a.phrase[1]) || isShareOfPeople(tokens, a.phrase[0], a.head)) return { ...withKind(base, 'named'), plural: true };
  if (hasRole(head, ROLE.he)) return { ...withKind(base, 'pronoun'), plural: false };
  // ("one of them", "some of them": the object form only ever heads a partitive.)
  if (hasRole(head, ROLE.they) || head === 'them') return { ...withKind(base, 'pronoun'), plural: true };
  // "“…,” one said", "another added", "the other said": a count standing alone is one of the
  // group just cited, like "one of them".
  if (hasRole(head, ROLE.counted) || (head === 'other' && determiner === 'definite')) return { ...withKind(base, 'pronoun'), plural: true };
  // "it said": an organisation or a document the article has named (a crowd is never "it"); "it",
  // "we", "I" are never a name.
  if (head === 'it' && a.clear) return withKind(base, 'named');
  if (hasRole(head, ROLE.pronoun)) return none;
  if (a.thingOnly && cls !== 'thing' && cls !== 'document') return none;
  // "Fact-checking reports from the region is hard", "fundraising suggests": an activity, not a
  // source (a capitalized name in -ing, "Manning said", stays a name).
  if (cls === undefined && head.length > 5 && head.endsWith('ing') && (head.includes('-') || !isCapitalized(h))) return none;
  // ("a witness, identified only by his first name, Ahmed,": a first name alone names no one checkable.)
  if (a.appositiveName && !hasAnonymityCue(tokens, a)) return withKind(base, 'named');
  // "a man identified only as Ali said": the name the source is known by only.
  if (tokens[a.phrase[0] - 1]?.lower === 'as' && tokens[a.phrase[0] - 2]?.lower === 'only' && isCapitalized(h)) return withKind(base, 'anonymous');
  // Institutional attribution ("police said", "federal prosecutors said"): an office speaks, named.
  if (hasRole(head, ROLE.institution) && determiner !== 'counted' && determiner !== 'quant' && !isFormer(tokens, a.phrase[0], a.head)) return withKind(base, 'named');
  // A person noun that says nothing of who, narrowed by what they did or know: specific people.
  // "who" alone says a person is meant, whatever the noun ("staff who attended the meeting").
  // ("many of those interviewed": a loose quantity of them is a crowd, as "many aides" is.)
  if (standsForPeople(tokens, a.head)) return { ...withKind(base, determiner === 'quant' ? 'vague' : 'anonymous'), plural: true };
  // "the person said": a noun that says nothing of who is never a named person's epithet; with
  // no unnamed person before it, it is one the article did not name. (Not "the American people".)
  if (hasRole(head, ROLE.generic) && !plural && (determiner === 'definite' || determiner === 'possessive') && a.clear) return withKind(base, 'anonymous');
  // "someone in the room said", "somebody told him": one person, not named (a capital at the
  // start of a sentence is no name's).
  // (Not the verb of its own relative clause: "for someone who conceded that ...".)
  if (hasRole(head, ROLE.generic) && !plural && determiner === 'bare' && a.clear && !(a.verb && hasRole(tokens[a.head + 1], ROLE.rel) && a.verb[0] <= a.head + 3)) return withKind(base, 'anonymous');
  const narrowed = narrowing(tokens, a.head);
  if (narrowed === 'access' && determiner !== 'quant' && determiner !== 'definite') {
    const person = hasRole(head, ROLE.generic) || (cls === undefined && tokens[a.head + 1].lower === 'who' && !(isCapitalized(h) && a.head !== sentenceStart));
    if (person) return withKind(base, 'anonymous');
  }
  // "relatives of the victim", "colleagues of the pilot": people placed by their tie to someone the
  // article identifies are a specific unnamed group (a crowd noun, "critics of the plan", stays one).
  if (cls === undefined && plural && determiner === 'bare' && a.clear && relational(tokens, a.head) && isPersonWord(head) && !(isCapitalized(h) && a.head !== sentenceStart))
    return withKind(base, 'anonymous');
  if (cls === undefined) {
    // A determiner standing for people: "those close to him" talked to the reporter; "many
    // believe", "others say", "those who say" are a crowd.
    const standsAlone = hasRole(head, ROLE.quant) || hasRole(head, ROLE.definite);
    if (standsAlone && hasAnonymityCue(tokens, a)) return withKind(base, 'anonymous');
    // ("the most telling", "the few" are superlatives, not crowds; in "laws that some say target
    // Muslims" the "that" before the phrase opens the clause and is none of its words.)
    const superlative = a.head > a.phrase[0] && hasRole(tokens[a.head - 1], ROLE.definite);
    // "those in the room", "those at the meeting": placed inside somewhere they are specific people;
    // "those in the industry" a crowd.
    if (hasRole(head, ROLE.definite) && !superlative && INSIDE.has(tokens[a.head + 1]?.lower ?? '') && a.clear) return withKind(base, 'anonymous');
    if ((hasRole(head, ROLE.quant) && !superlative) || (hasRole(head, ROLE.definite) && (hasRole(tokens[a.head + 1], ROLE.rel) || placesPeople(tokens[a.head + 1])))) return withKind(base, 'vague');
    // (Computed here: a noun right after "the" may still be a person the article introduced.)
    let ownDeterminer = true;
    // ("a number of writers", "dozens of residents": a count of them, not a part of someone's.)
    for (let k = a.phrase[0]; k < a.head; k++) if (tokens[k].lower === 'of' && (hasRole(tokens[k + 1], ROLE.definite) || hasRole(tokens[k + 1], ROLE.possessive) || isCapitalized(tokens[k + 1]) || tokens[k + 1]?.lower.endsWith("'s"))) ownDeterminer = false;
    const person = !!a.clear && ownDeterminer && !hasRole(head, ROLE.counted) && !hasRole(head, ROLE.definite) && !hasRole(head, ROLE.nominal) && !hasRole(head, ROLE.time);
    if (superlative && !(person && determiner === 'definite')) return none;
    // A capital is a name's, except at the start of a sentence, where a plural is a common noun
    // ("Farmers who ..."), unless the article writes it with a capital elsewhere ("Sanders").
    // "many Israelis believe", "most Britons say": a loose quantity of a people is a crowd (a
    // name takes no "many").
    // ("Israelis", "Iraqis": a plural in -is is no "analysis" here.)
    if (isCapitalized(h) && (plural || head.endsWith('s')) && determiner === 'quant' && ownDeterminer && !a.thingOnly) return { ...withKind(base, unnamedPeople(tokens, a) ? 'anonymous' : 'vague'), plural: true };
    if (isCapitalized(h) && (!(a.head === sentenceStart && plural) || namedHeads.names.has(head))) return withKind(base, 'named');
    // Any other person counted out or marked as unnamed: "one engineer told us", "a nurse said",
    // "farmers who spoke to the reporter". Without that, "the bridge" or "workers" is no source.
    // The determiner must belong to this noun ("one of the papers Roe ever wrote" is not a person).
    // ... unless the article names them ("the farmer, who was later identified as Tom Reed").
    if (person && !plural && namedHeads.renamed.has(head)) return withKind(base, 'named');
    if (person && (determiner === 'counted' || hasAnonymityCue(tokens, a))) return withKind(base, 'anonymous');
    // "the boy's parents said", "a victim's colleagues": people tied to an unnamed person are
    // unnamed people themselves (a singular one is read below, against who the owner is).
    if (person && plural && determiner === 'possessive' && ownerOf(tokens, a, sentenceStart) === 'unnamed') return withKind(base, 'anonymous');
    // "the inspector said" after "a former inspector told the paper": the same unnamed person,
    // whatever the noun. Coreference links it only to an unnamed source with the same head.
    if (person && (determiner === 'definite' || (!plural && determiner === 'possessive')))
      return { ...withKind(base, 'backref'), owner: determiner === 'possessive' ? ownerOf(tokens, a, sentenceStart) : undefined, untitled: !plural && isPersonWord(head) && (!isTitle(head) || ofSomeone(tokens, a.head)) && !namedHeads.titled.has(head) && !namedHeads.introduced.has(head) && !namedPossessor(tokens, a.phrase[0], a.head) };
    // "protesters believe", "settlers said": people named by what they do, none in particular, a
    // crowd (or people who spoke to the publication: "villagers told the newspaper").
    // So are "some engineers", "many farmers": a loose quantity of them.
    // (A quantity says a crowd of any noun for people is meant: "some delegates", "many voters".)
    if (plural && !a.thingOnly && ((determiner === 'bare' && isAgentNoun(head)) || (determiner === 'quant' && isPersonWord(head)))) return withKind(base, unnamedPeople(tokens, a) ? 'anonymous' : 'vague');
    return withKind(base, 'none');
  }
  if (cls === 'document') return withKind(base, 'named');
  if (cls === 'self') return withKind(base, 'none');
  // A capitalized modifier inside the phrase, other than the sentence's first word ("a Gallup poll").
  let namedModifier = false;
  for (let k = a.phrase[0]; k < a.head; k++) if (k !== sentenceStart && tokens[k].word && isCapitalized(tokens[k])) namedModifier = true;
  // "the market", "markets", "the public": one body that no one speaks for. Not "market worries"
  // (a bare singular modifies a noun), "her public" (someone's audience) or a name ("Capital Markets").
  if (cls === 'collective') {
    const named = namedModifier || (a.head !== sentenceStart && isCapitalized(h));
    return withKind(base, !named && (determiner === 'definite' || (plural && (determiner === 'bare' || determiner === 'quant'))) ? 'vague' : 'none');
  }
  if (cls === 'thing') return withKind(base, determiner === 'bare' || determiner === 'quant' ? (namedModifier ? 'named' : 'vague') : 'named');
  // "spokeswoman Jane Roe" elsewhere makes "the spokeswoman" her; "a spokeswoman", "one aide"
  // counted out introduce someone the article does not name, unless it names them later.
  const introduces = determiner === 'counted' || determiner === 'quant';
  if (!plural && (namedHeads.renamed.has(head) || (!introduces && (namedHeads.titled.has(head) || namedHeads.introduced.has(head))))) return withKind(base, 'named');
  // "most people", "many aides": a loose quantity of them is a crowd, unless they talked to the reporter.
  if (cls === 'anonymous') return withKind(base, determiner === 'quant' && plural && !hasAnonymityCue(tokens, a) ? 'vague' : 'anonymous');
  // A crowd ("analysts") is anonymous when said to have talked to the reporter, or counted out
  // and quoted ("one analyst said"; "multiple operatives expressed skepticism" stays a crowd).
  if ((determiner === 'counted' && a.clear) || hasAnonymityCue(tokens, a) || (determiner === 'bare' && unnamedPeople(tokens, a))) return withKind(base, 'anonymous');
  if (determiner === 'counted') return withKind(base, plural ? 'vague' : 'none');
  // "the Democrat", "the members": people the article has introduced before, by name or not;
  // "the staff member who reported the call", "the official of a ministry" describe someone new.
  if (determiner === 'definite' || (!plural && determiner === 'possessive'))
    return { ...withKind(base, 'backref'), owner: determiner === 'possessive' ? ownerOf(tokens, a, sentenceStart) : undefined, untitled: !plural && ofSomeone(tokens, a.head) && !namedHeads.titled.has(head) && !namedHeads.introduced.has(head) && !namedPossessor(tokens, a.phrase[0], a.head) };
  // One member of a crowd without a determiner is a title ("Democrat Jane Roe"), not a crowd.
  return withKind(base, plural ? 'vague' : 'none');
}

/** Nouns the article ties to a name, in two ways. */
export interface NamedHeads {
  /** "spokeswoman Jane Roe", "the spokeswoman, Jane Roe,": any mention of the noun may be her. */
  titled: Set<string>;
  /** "the spokeswoman, Jane Roe,": the article names the one it described; even "a spokeswoman"
   *  counted out may be her, named later ("spokeswoman Jane Roe" alone is a title: "one
   *  spokeswoman" is someone else). */
  renamed: Set<string>;
  /** "Jane Roe, a spokeswoman for the agency,": "the spokeswoman" later is her. */
  introduced: Set<string>;
  /** Words in -s the article capitalizes inside a sentence ("Sen. Bernie Sanders"): at the start
   *  of a sentence such a word is that name, not a plural ("Sanders said", "Protesters said"). */
  names: Set<string>;
}

/**
 * The named heads of `sentences`, read on first use: most texts never ask (a classified phrase
 * consults them only for some person heads), and reading them costs a pass over every token.
 */
export class LazyNamedHeads implements NamedHeads {
  #sentences: readonly { tokens: readonly Token[] }[];
  #heads: NamedHeads | undefined;
  constructor(sentences: readonly { tokens: readonly Token[] }[]) {
    this.#sentences = sentences;
  }
  #read(): NamedHeads {
    return (this.#heads ??= namedHeadsOf(this.#sentences));
  }
  get titled(): Set<string> {
    return this.#read().titled;
  }
  get renamed(): Set<string> {
    return this.#read().renamed;
  }
  get introduced(): Set<string> {
    return this.#read().introduced;
  }
  get names(): Set<string> {
    return this.#read().names;
  }
}

/** A singular person noun ("spokeswoman", "official"): one a name can stand beside. */
export const PERSON_HEADS: ReadonlySet<string> = new Set(
  [...lexiconWords()].filter(({ word, head }) => (head === 'anonymous' || head === 'crowd') && !isPlural(word)).map(({ word }) => word),
);

/** A word of a name, and not "He" or "They" at the start of a sentence. */
const isName = (t: Token | undefined) => isNameWord(t) && !hasRole(t, ROLE.he) && !hasRole(t, ROLE.they);
// Every token of the article is asked this: the head class (kept on the token for the rules that
// ask next) rules out nearly all of them before the Set is read.
const isPersonHead = (t: Token) => {
  const cls = headClass(t);
  return (cls === 'anonymous' || cls === 'crowd') && PERSON_HEADS.has(t.lower);
};

// Words between a noun and the verb that names it: "the farmer, who was later identified as".
const BEFORE_NAMING = new Set(['who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'later', 'since', 'subsequently', 'publicly', 'now']);
const NAMING = new Set(['identified', 'named']);

/** The article names, right here, the one a noun describes (GUIDELINES.md, conventions: a source
 *  named later is not anonymous): any mention of the noun may be that one. */
function rename(out: NamedHeads, noun: string): void {
  out.titled.add(noun);
  out.renamed.add(noun);
}

/** After the comma at `comma`, the words of a name (up to four) that another comma closes: 2 in
 *  "the spokeswoman, Jane Roe, said"; 0 when no comma follows them. */
function namesBetweenCommas(tokens: readonly Token[], comma: number): number {
  let j = comma + 1;
  while (j < comma + 5 && isName(tokens[j])) j++;
  return tokens[j]?.text === ',' ? j - comma - 1 : 0;
}

/** At the comma after "the group": "The group, Drivers United, formed last month", "the farmer,
 *  Tom Reed, said": a definite noun, then a name of two words or more between commas, whatever
 *  the noun. */
function namedInApposition(tokens: readonly Token[], comma: number): boolean {
  const noun = tokens[comma - 1];
  return noun.word && !isCapitalized(noun) && hasRole(tokens[comma - 2], ROLE.definite) && namesBetweenCommas(tokens, comma) >= 2;
}

/** At "identified"/"named": "the farmer, who was later identified as Tom Reed". The noun it
 *  names, or null. ("a man identified only as Ahmed" keeps him unnamed: see hasAnonymityCue.) */
function namedAs(tokens: readonly Token[], k: number): string | null {
  if (tokens[k + 1]?.lower !== 'as' || !isName(tokens[k + 2])) return null;
  let j = k - 1;
  for (const stop = k - 5; j > stop && j >= 0 && BEFORE_NAMING.has(tokens[j].lower); ) j--;
  if (tokens[j]?.text === ',') j--;
  const noun = tokens[j];
  return noun?.word && !isCapitalized(noun) ? noun.lower : null;
}

export function namedHeadsOf(sentences: readonly { tokens: readonly Token[] }[]): NamedHeads {
  const out: NamedHeads = { titled: new Set(), renamed: new Set(), introduced: new Set(), names: new Set() };
  for (const { tokens } of sentences) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.word && isCapitalized(t) && k > 0 && tokens[k - 1].word && t.lower.endsWith('s')) out.names.add(t.lower);
      if (isPersonHead(t) && !isCapitalized(t)) {
        if (isName(tokens[k + 1]) && (isName(tokens[k + 2]) || !tokens[k + 2]?.word)) out.titled.add(t.lower);
        else if (tokens[k + 1]?.text === ',' && namesBetweenCommas(tokens, k + 1) === 2) rename(out, t.lower);
      } else if (t.word && isName(tokens[k + 1]) && isName(tokens[k + 2]) && isPersonWord(t.lower)) out.titled.add(t.lower); // "Judge Jane Roe", "teacher Jane Roe"
      // (Found from the rare word that makes each shape: a comma, "identified", "named".)
      if (t.word && (t.lower.length === 10 || t.lower.length === 5) && NAMING.has(t.lower)) {
        const noun = namedAs(tokens, k);
        if (noun) rename(out, noun);
      }
      // An appositive: the noun is followed by a comma or a modifier, not by a verb
      // ("Jane Roe, a spokeswoman for ICE, said"; not "the Justice Department, a former official said").
      if (t.text !== ',') continue;
      if (k >= 2 && namedInApposition(tokens, k)) rename(out, tokens[k - 1].lower);
      const det = tokens[k + 1];
      if (k >= 2 && isName(tokens[k - 1]) && isName(tokens[k - 2]) && (hasRole(det, ROLE.counted) || hasRole(det, ROLE.definite))) {
        for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
          const w = tokens[j];
          if (!w.word || hasRole(w, ROLE.postmod) || hasRole(w, ROLE.rel)) break;
          const after = tokens[j + 1];
          if (isPersonHead(w) && (!after || after.text === ',' || hasRole(after, ROLE.postmod))) {
            out.introduced.add(w.lower);
            break;
          }
        }
      }
    }
  }
  return out;
}
