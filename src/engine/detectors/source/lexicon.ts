// The source detector's word lists, read once into one table: a word's grammar roles and verb
// roles are bit sets and its head class a field, so each question about a token is one Map
// lookup and a bit test. The data lives in src/lexicons/source-*.txt.
import verbEntries from '../../../lexicons/source-verbs';
import grammarEntries from '../../../lexicons/source-grammar';
import headEntries from '../../../lexicons/source-heads';
import cueEntries from '../../../lexicons/source-anonymity-cues';
import type { Token } from '../../document';

const GRAMMAR_ROLES = [
  'aux', 'be', 'boundary', 'coord', 'rel', 'postmod', 'definite', 'counted', 'quant', 'lead', 'he', 'they',
  'pronoun', 'possessive', 'impersonal', 'time', 'according', 'nominal', 'verbal', 'plural', 'copula', 'among', 'negation',
  'generic', 'institution', 'former', 'distinct', 'approx',
] as const;
const VERB_ROLES = ['finite', 'invert', 'participle', 'passive', 'thing', 'clear', 'claim', 'judged', 'stance', 'attitude'] as const;
const HEAD_CLASSES = ['anonymous', 'crowd', 'collective', 'thing', 'document', 'self'] as const;

export type Role = (typeof GRAMMAR_ROLES)[number];
export type VerbRole = (typeof VERB_ROLES)[number];
export type HeadClass = (typeof HEAD_CLASSES)[number];

interface WordInfo {
  roles: number;
  /** Bits of the word sets other modules tag (`tagWords`): their test is a field read on a token
   *  already looked up, not one more hash lookup per token. */
  tags: number;
  verb: number;
  head: HeadClass | undefined;
  /** Anonymity cue phrases that start with this word, as word lists. */
  cues: string[][] | undefined;
  /** Everything above as one short key ("anonymous.0.0", ".9.0"): the word's class for the
   *  attribution tagger (learned.ts), made once at load. */
  key: string;
}

const bits = <T extends string>(names: readonly T[]) => Object.fromEntries(names.map((n, i) => [n, 1 << i])) as Record<T, number>;
const ROLE_BITS = bits(GRAMMAR_ROLES);
const VERB_BITS = bits(VERB_ROLES);

const WORDS = new Map<string, WordInfo>();
const EMPTY: Readonly<WordInfo> = { roles: 0, tags: 0, verb: 0, head: undefined, cues: undefined, key: '' };

function entry(word: string): WordInfo {
  let info = WORDS.get(word);
  if (!info) WORDS.set(word, (info = { roles: 0, tags: 0, verb: 0, head: undefined, cues: undefined, key: '' }));
  return info;
}

/** "word role role..." lines; an unknown role is a typo in the lexicon and fails loudly. */
function load(entries: readonly string[], table: Record<string, number>, field: 'roles' | 'verb'): void {
  for (const line of entries) {
    const [word, ...names] = line.split(/\s+/);
    const info = entry(word);
    for (const name of names) {
      const bit = Object.hasOwn(table, name) ? table[name] : undefined;
      if (bit === undefined) throw new Error(`source lexicon: unknown role '${name}' for '${word}'`);
      info[field] |= bit;
    }
  }
}

load(grammarEntries, ROLE_BITS, 'roles');
load(verbEntries, VERB_BITS, 'verb');
for (const line of headEntries) {
  const [word, cls] = line.split(/\s+/);
  if (!(HEAD_CLASSES as readonly string[]).includes(cls)) throw new Error(`source lexicon: unknown head class '${cls}' for '${word}'`);
  entry(word).head = cls as HeadClass;
}
for (const phrase of cueEntries) {
  const words = phrase.split(/\s+/);
  const info = entry(words[0]);
  (info.cues ??= []).push(words);
}
for (const info of WORDS.values()) info.key = `${info.head ?? ''}.${info.verb.toString(36)}.${info.roles.toString(36)}${info.cues ? '.cue' : ''}`;

// The detector asks several questions about the same word in a row: remember the last answer.
let lastWord = '';
let lastInfo: Readonly<WordInfo> = EMPTY;
function word(lower: string): Readonly<WordInfo> {
  if (lower !== lastWord) {
    lastWord = lower;
    lastInfo = WORDS.get(lower) ?? EMPTY;
  }
  return lastInfo;
}

/** A word to ask about: a token (its answer is kept on it), its lower-case text, or nothing (past
 *  either end of a sentence), which knows no role. */
export type Word = Token | string | undefined;

function infoOf(w: Word): Readonly<WordInfo> {
  if (typeof w === 'string') return word(w);
  if (w === undefined) return EMPTY;
  return (w.lexicon ??= WORDS.get(w.lower) ?? EMPTY) as Readonly<WordInfo>;
}

/** The bit of each grammar role and verb role, for `hasRole(t, ROLE.aux)`: a property the call
 *  site names, where looking a role name up at run time would be a hash lookup on every call. */
// (Branded, so that a verb role's bit cannot be asked of the grammar roles.)
type RoleBit = number & { readonly kind: 'grammar role' };
type VerbRoleBit = number & { readonly kind: 'verb role' };
export const ROLE = ROLE_BITS as Readonly<Record<Role, RoleBit>>;
export const VERB = VERB_BITS as Readonly<Record<VerbRole, VerbRoleBit>>;

/** Does the word have the role `role` (a bit of ROLE)? */
export const hasRole = (w: Word, role: RoleBit): boolean => (infoOf(w).roles & role) !== 0;
/** Does the word have the verb role `role` (a bit of VERB)? */
export const hasVerbRole = (w: Word, role: VerbRoleBit): boolean => (infoOf(w).verb & role) !== 0;
export const isVerbForm = (w: Word): boolean => infoOf(w).verb !== 0;
/** Has the word a grammar role (is it a closed-class word of source-grammar.txt)? */
export const hasGrammarRole = (w: Word): boolean => infoOf(w).roles !== 0;
export const headClass = (w: Word): HeadClass | undefined => infoOf(w).head;
/** The word's head class, verb roles and grammar roles as one key ('' for a word none of the
 *  lists knows): a word class the attribution tagger reads as a feature. */
export const wordClassKey = (w: Word): string => infoOf(w).key;
/** Anonymity cue phrases ("familiar with") that start with this word. */
export const cuesFrom = (w: Word): readonly string[][] | undefined => infoOf(w).cues;

// (Branded like the role bits, so a tag is only asked of the tags.)
type TagBit = number & { readonly kind: 'word tag' };
let nextTag = 0;

/**
 * Tags a module's own word set in this table, for `hasTag(t, bit)`: a loop that asks several
 * such sets about every token reads one cached field instead of hashing into each set. Tagging
 * changes no answer of the other questions (a word only tagged has no role, verb role or head).
 */
export function tagWords(words: Iterable<string>): TagBit {
  if (nextTag > 30) throw new Error('source lexicon: too many word tags');
  const bit = (1 << nextTag++) as TagBit;
  for (const w of words) entry(w).tags |= bit;
  return bit;
}

export const hasTag = (w: Word, tag: TagBit): boolean => (infoOf(w).tags & tag) !== 0;

/** Every word the lexicons know, with whether it is a verb form or may introduce "according to",
 *  and its head class. */
export function* lexiconWords(): Generator<{ word: string; verb: boolean; according: boolean; head: HeadClass | undefined }> {
  for (const [w, info] of WORDS) {
    const according = (info.roles & ROLE_BITS.according) !== 0;
    yield { word: w, verb: info.verb !== 0, according, head: info.head };
  }
}

/** For each anonymity cue phrase, its longest word: a cue is present only where all its words
 *  are, and the longest ("anonymity", "interviews") is the rarest. */
export const cueKeyWords = (): string[] => cueEntries.map((phrase) => phrase.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)));
