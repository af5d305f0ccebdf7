// The engine's entry point: text in, findings out. Pure and DOM-free.
import { buildDoc } from './document';
import type { Detector } from './detector';
import { detectors as defaultDetectors } from './detectors';
import { groupSources } from './groups';
import type { Analysis, Finding, FindingKind } from './types';

export interface AnalyzeOptions {
  /** Only report these kinds (default: all). */
  kinds?: readonly FindingKind[];
  /** Replace the detector set (tests). */
  detectors?: readonly Detector[];
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind);

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const doc = buildDoc(input);
  let findings: Finding[] = [];
  for (const detector of options.detectors ?? defaultDetectors) findings.push(...detector.detect(doc));
  if (options.kinds) {
    const keep = new Set(options.kinds);
    findings = findings.filter((f) => keep.has(f.kind));
  }
  findings.sort(byPosition);
  return { findings, sources: groupSources(findings), stats: { sentences: doc.sentences.length, words: doc.words } };
}
