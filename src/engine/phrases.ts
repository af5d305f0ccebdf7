// Phrase lexicons shared by detectors: each line `rule: slot slot ...`, a slot being `word|word`.
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
