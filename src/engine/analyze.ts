// The engine's entry point: text in, findings out. Pure and DOM-free.
import { applyReaderCues, hasReaderCues } from './custom';
import type { ReaderCues } from './custom';
import { buildDoc, type Doc } from './document';
import type { Detector } from './detector';
import { detectors as defaultDetectors } from './detectors';
import { groupSources } from './groups';
import { focusOf } from './triggers';
import type { Analysis, Finding, FindingKind } from './types';

export interface AnalyzeOptions extends ReaderCues {
  /** Only report these kinds (default: all). */
  kinds?: readonly FindingKind[];
  /** Replace the detector set (tests). */
  detectors?: readonly Detector[];
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind);

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const doc = buildDoc(input);
  const detectors = options.detectors ?? defaultDetectors;
  const focus = focusOf(doc, detectors);
  let findings: Finding[] = [];
  for (let k = 0; k < detectors.length; k++) for (const f of detectors[k].detect(doc, focus[k])) findings.push(f);
  // The reader's own cues and never-flag words (custom.ts); without them this costs one check.
  if ((options.custom || options.never) && hasReaderCues(options)) findings = applyReaderCues(doc, findings, options);
  if (options.kinds) {
    const keep = new Set(options.kinds);
    findings = findings.filter((f) => keep.has(f.kind));
  }
  findings.sort(byPosition);
  return { findings, sources: groupSources(findings), stats: new Stats(doc) };
}

// Counting words is a pass over every character; only a caller that reads the count pays for it.
// (A class: an object literal with a getter is built on V8's slow path, on every call.)
class Stats {
  readonly sentences: number;
  readonly #doc: Doc;
  constructor(doc: Doc) {
    this.#doc = doc;
    this.sentences = doc.sentences.length;
  }
  get words(): number {
    return this.#doc.words;
  }
  /** Plain data, as the object literal it stands for would print. */
  toJSON(): { sentences: number; words: number } {
    return { sentences: this.sentences, words: this.words };
  }
}
