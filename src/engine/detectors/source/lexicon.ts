// The source detector's word lists, read once into lookups. The data lives in src/lexicons/source-*.txt.
import verbEntries from '../../../lexicons/source-verbs';
import grammarEntries from '../../../lexicons/source-grammar';
import headEntries from '../../../lexicons/source-heads';
import cueEntries from '../../../lexicons/source-anonymity-cues';

/** "word role role..." lines into word -> roles. */
function roles(entries: readonly string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const line of entries) {
    const [word, ...rest] = line.split(/\s+/);
    let set = map.get(word);
    if (!set) map.set(word, (set = new Set()));
    for (const r of rest) set.add(r);
  }
  return map;
}

export type VerbRole = 'finite' | 'invert' | 'participle' | 'passive';
export type HeadClass = 'anonymous' | 'crowd' | 'thing' | 'document' | 'self';

const VERBS = roles(verbEntries);
const GRAMMAR = roles(grammarEntries);
const HEADS = new Map<string, HeadClass>(headEntries.map((line) => line.split(/\s+/) as [string, HeadClass]));

const NONE: ReadonlySet<string> = new Set();

export const verbRoles = (lower: string): ReadonlySet<string> => VERBS.get(lower) ?? NONE;
export const hasRole = (lower: string, role: string): boolean => GRAMMAR.get(lower)?.has(role) ?? false;
export const headClass = (lower: string): HeadClass | undefined => HEADS.get(lower);

/** Anonymity cue phrases, indexed by their first word so matching is a lookup per token. */
export const ANONYMITY_CUES: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const phrase of cueEntries) {
    const words = phrase.split(/\s+/);
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return map;
})();
