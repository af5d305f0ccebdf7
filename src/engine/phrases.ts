// Lexicon line formats shared by detectors: phrases (`rule: slot slot ...`, a slot being `word|word`),
// word classes (`name: word word ...`) and counted words (`word count ...`).
export interface Phrase<R extends string = string> {
  rule: R;
  slots: ReadonlySet<string>[];
}

/** Phrases indexed by every word their first slot accepts, longest first. */
export function indexPhrases<R extends string = string>(lines: readonly string[]): ReadonlyMap<string, readonly Phrase<R>[]> {
  const byFirst = new Map<string, Phrase<R>[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const rule = line.slice(0, colon).trim() as R;
    const slots = line
      .slice(colon + 1)
      .trim()
      .split(/\s+/)
      .map((slot) => new Set(slot.split('|')));
    for (const first of slots[0]) {
      const list = byFirst.get(first) ?? [];
      list.push({ rule, slots });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.slots.length - a.slots.length);
  return byFirst;
}

/** Word classes: each line `name: word word ...`; a name given on several lines gets all their words. */
export function indexClasses(lines: readonly string[]): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const set = classes.get(name) ?? new Set<string>();
    for (const w of line.slice(colon + 1).trim().split(/\s+/)) set.add(w);
    classes.set(name, set);
  }
  return classes;
}

/** Counted words: each line `word count ...` (the counts are the word's evidence, kept beside it). */
export function firstWords(lines: readonly string[]): ReadonlySet<string> {
  return new Set(lines.map((line) => line.split(/\s+/)[0]));
}
