// The engine's public data types. Everything the content script, the CLI and the popup know about
// a finding is here; offsets are UTF-16 code-unit offsets into the analysed text.

/** What a reader is warned about: the kinds highlighted, counted in the badge and listed in the popup. */
export type FlaggedKind = 'hedge' | 'anonymous-source' | 'vague-source' | 'caveat';

/** What a finding is about: a flagged kind, or a named source (reported for the record and for
 *  how an article's sourcing balances, never highlighted or counted). */
export type FindingKind = FlaggedKind | 'named-source';

export const FLAGGED_KINDS: readonly FlaggedKind[] = ['hedge', 'anonymous-source', 'vague-source', 'caveat'];

export const FINDING_KINDS: readonly FindingKind[] = [...FLAGGED_KINDS, 'named-source'];

const FLAGGED: ReadonlySet<FindingKind> = new Set(FLAGGED_KINDS);
/** Is this a kind the reader is warned about (not a named source)? */
export const isFlagged = (kind: FindingKind): kind is FlaggedKind => FLAGGED.has(kind);

/** A half-open range `[start, end)` of the text. */
export interface Span {
  start: number;
  end: number;
}

/** A cue: the words that made a rule fire ("reportedly", "a senior official said"). */
export interface Cue extends Span {
  text: string;
}

export interface Finding extends Span {
  kind: FindingKind;
  /** Which rule fired, `detector/rule` (e.g. `hedge/epistemic-adverb`). */
  rule: string;
  /** The text of `[start, end)`: from the first cue to the last one, inside one sentence. */
  text: string;
  /** The cue words, in text order, all inside `[start, end)`. */
  cues: Cue[];
  /** A short, plain reason a reader understands ("'reportedly': the writer does not vouch for this"). */
  explanation: string;
  /** The sentence the finding belongs to (the claim). */
  sentence: Span;
  /** Anonymous sources: the same id for every mention of the same unnamed source in the text. */
  sourceRef?: string;
  /** Anonymous, vague and named sources: how the source is first introduced ("a North Korean defector"). */
  sourceLabel?: string;
}

/** One unnamed source and the claims that rest on it. */
export interface SourceGroup {
  ref: string;
  /** The source as first introduced in the text ("a North Korean defector"). */
  label: string;
  /** How many claims (sentences) rest on it. */
  claims: number;
  /** True when no other independent source backs the same story in the article. */
  singleSource: boolean;
}

export interface Analysis {
  findings: Finding[];
  sources: SourceGroup[];
  stats: { sentences: number; words: number };
}
