// The reader's own cues, applied by the engine: words and phrases the reader wants flagged as a
// category, and words never to flag. Own phrases are found case-insensitively at word boundaries
// and become findings of their kind (rule `custom/<kind>`), one per sentence and kind, like the
// detectors'. A finding any of whose cues is a never-flag entry is dropped, whoever made it.
//
// Runs only when the caller passes cues: the default path never enters this module.
import type { Doc } from './document';
import { makeFinding } from './finding';
import type { Cue, Finding, FlaggedKind, Span } from './types';
import { FLAGGED_KINDS } from './types';

export interface ReaderCues {
  /** The reader's own cue words and phrases, per category. */
  custom?: Partial<Record<FlaggedKind, readonly string[]>>;
  /** Words and phrases never to flag: a finding with a cue equal to one is dropped. */
  never?: readonly string[];
}

/** A cue as compared: lower case, typographic apostrophes as "'", spacing collapsed. */
export const foldCue = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

const HAS_WORD = /[\p{L}\p{N}]/u;
const WORD_CHAR = '[\\p{L}\\p{N}_]';
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;

/** A phrase as a regex body: any spacing between its words, either apostrophe, nothing else loose. */
function phraseBody(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => word.replace(REGEX_SPECIAL, '\\$&').replace(/'/g, "['\u2018\u2019]"))
    .join('\\s+');
}

/** One regex for a category's phrases, longest first so "a little bird told" wins over "a little bird". */
function phraseRegex(phrases: readonly string[]): RegExp | null {
  const folded = [...new Set(phrases.map((p) => (typeof p === 'string' ? foldCue(p) : '')).filter((p) => HAS_WORD.test(p)))];
  if (!folded.length) return null;
  folded.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<!${WORD_CHAR})(?:${folded.map(phraseBody).join('|')})(?!${WORD_CHAR})`, 'giu');
}

/** The sentence that holds `[start, end)`, or undefined when the span crosses a sentence end. */
function sentenceOf(doc: Doc, start: number, end: number): Span | undefined {
  const { sentences } = doc;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? { start: s.start, end: s.end } : undefined;
  }
  return undefined;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The reader's phrases of `kind` as findings, leaving out what the engine already flags as that kind. */
function ownFindings(doc: Doc, kind: FlaggedKind, phrases: readonly string[], engine: readonly Finding[]): Finding[] {
  const regex = phraseRegex(phrases);
  if (!regex) return [];
  const flagged: Cue[] = engine.filter((f) => f.kind === kind).flatMap((f) => f.cues);
  const bySentence = new Map<number, { sentence: Span; cues: Span[] }>();
  for (const m of doc.text.matchAll(regex)) {
    const cue = { start: m.index, end: m.index + m[0].length };
    const sentence = sentenceOf(doc, cue.start, cue.end);
    if (!sentence || flagged.some((c) => overlaps(c, cue))) continue;
    let group = bySentence.get(sentence.start);
    if (!group) bySentence.set(sentence.start, (group = { sentence, cues: [] }));
    group.cues.push(cue);
  }
  return [...bySentence.values()].map(({ sentence, cues }) =>
    makeFinding(doc.text, {
      kind,
      rule: `custom/${kind}`,
      sentence,
      cues,
      explanation: `'${doc.text.slice(cues[0].start, cues[0].end)}': a cue you added`,
    }),
  );
}

/** Does `cues` ask for anything? (Empty lists do not: the result is the engine's own.) */
export function hasReaderCues(cues: ReaderCues): boolean {
  return Boolean(cues.never?.length) || FLAGGED_KINDS.some((k) => Boolean(cues.custom?.[k]?.length));
}

/** The engine's findings with the reader's own added and the never-flagged ones dropped (any order). */
export function applyReaderCues(doc: Doc, findings: Finding[], cues: ReaderCues): Finding[] {
  const out = [...findings];
  for (const kind of FLAGGED_KINDS) {
    const phrases = cues.custom?.[kind];
    if (Array.isArray(phrases) && phrases.length) out.push(...ownFindings(doc, kind, phrases, findings));
  }
  const never = new Set((Array.isArray(cues.never) ? cues.never : []).filter((w) => typeof w === 'string').map(foldCue).filter(Boolean));
  if (!never.size) return out;
  return out.filter((f) => !f.cues.some((c) => never.has(foldCue(c.text))));
}
