// Is a noun one for a person? Only where nothing else says a person is meant: a reporting
// predicate that a body can also perform ("a judge ruled that", "a court ruled that") or a
// passive agent ("was accused ... by a woman"; not "was hit by a car") attributes a claim to an
// unnamed source only when its subject is a person. Three sources, none a list of guesses:
// the source lexicon's person heads, the PolNeAR nouns that take the relative "who"
// (src/lexicons/polnear-person-nouns.txt), and English agent-noun and compound morphology.
import personEntries from '../../../lexicons/polnear-person-nouns';
import titleEntries from '../../../lexicons/polnear-title-nouns';
import { firstWords } from '../../phrases';
import { hasRole, headClass, ROLE } from './lexicon';

const WHO_NOUNS: ReadonlySet<string> = firstWords(personEntries);

// Agent nouns ("villager", "investigator", "motorist", "resident", "civilian", "attendant") and
// compounds on a person noun ("businesswoman", "chairman", "eyewitness", "salesperson", "the
// 45-year-old"), singular or plural. Not "-ment(s)" ("a statement", "documents"): things.
const AGENT = /(?:er|or|ist|ian|ant|ent)s?$/;
// An age made a noun ("a 45-year-old", "two 17-year-olds") is said only of people.
const COMPOUND = /(?:man|men|woman|women|person|people|witness|witnesses|year-olds?)$/;

/** The noun in the other number, by its final "s" ("judges" <-> "judge"). */
const otherNumber = (lower: string) => (lower.endsWith('s') ? lower.slice(0, -1) : `${lower}s`);

const lexiconPerson = (w: string) => {
  const cls = headClass(w);
  return cls === 'anonymous' || cls === 'crowd' || hasRole(w, ROLE.generic);
};

/** A noun for a person or people (lower case) that the lexicons list, in either number: "judges
 *  who" makes "a judge" a person too. Not guessed from the word's form. */
export function isListedPersonWord(lower: string): boolean {
  if (lexiconPerson(lower) || WHO_NOUNS.has(lower)) return true;
  return WHO_NOUNS.has(otherNumber(lower)) && headClass(lower) === undefined;
}

/** A noun for a person or people (lower case), by the lexicons or by its form. */
export function isPersonWord(lower: string): boolean {
  if (lexiconPerson(lower) || WHO_NOUNS.has(lower)) return true;
  if (lower.length < 4 || hasRole(lower, ROLE.time)) return false;
  const cls = headClass(lower);
  if (cls === 'thing' || cls === 'document' || cls === 'collective' || cls === 'self') return false;
  // One number listed stands for the other: "judges who" makes "a judge" a person too.
  if (WHO_NOUNS.has(otherNumber(lower))) return true;
  return COMPOUND.test(lower) || (AGENT.test(lower) && !/ments?$/.test(lower));
}

const TITLES: ReadonlySet<string> = firstWords(titleEntries);

/** A noun news writes before a full name ("Governor Jane Roe", "front-runner Jane Roe"), counted in
 *  PolNeAR (src/lexicons/polnear-title-nouns.txt): "the governor" is a named person's title. */
export const isTitle = (lower: string): boolean => TITLES.has(lower);
