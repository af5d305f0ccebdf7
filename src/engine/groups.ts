// Claims that rest on the same unnamed source, grouped. A claim is a sentence; a source is the
// `sourceRef` the source detector gives every mention of one unnamed source.
//
// singleSource, kept simple: a source carries 2+ claims, and none of those claims also rests on
// another unnamed source (a different ref in the same sentence). Named sources (`named-source`
// findings) do not count as corroboration here yet, nor do vague crowds ("experts say").
import type { Finding, SourceGroup } from './types';

interface Group {
  label: string;
  sentences: Set<number>;
}

export function groupSources(findings: readonly Finding[]): SourceGroup[] {
  // Most texts cite no unnamed source: answer them without building the tables.
  if (!findings.some((f) => f.kind === 'anonymous-source' && f.sourceRef !== undefined)) return [];
  const groups = new Map<string, Group>();
  // Which refs each claim (sentence, by start offset) rests on.
  const refsBySentence = new Map<number, Set<string>>();
  for (const f of findings) {
    if (f.kind !== 'anonymous-source' || f.sourceRef === undefined) continue;
    let g = groups.get(f.sourceRef);
    if (!g) groups.set(f.sourceRef, (g = { label: f.sourceLabel ?? f.text, sentences: new Set() }));
    g.sentences.add(f.sentence.start);
    let refs = refsBySentence.get(f.sentence.start);
    if (!refs) refsBySentence.set(f.sentence.start, (refs = new Set()));
    refs.add(f.sourceRef);
  }
  return [...groups].map(([ref, g]) => {
    const corroborated = [...g.sentences].some((s) => (refsBySentence.get(s)?.size ?? 0) > 1);
    return { ref, label: g.label, claims: g.sentences.size, singleSource: g.sentences.size > 1 && !corroborated };
  });
}
