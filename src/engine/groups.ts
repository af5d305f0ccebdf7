// Claims that rest on the same unnamed source, grouped.
import type { Finding, SourceGroup } from './types';

export function groupSources(findings: readonly Finding[]): SourceGroup[] {
  const groups = new Map<string, { label: string; sentences: Set<number> }>();
  for (const f of findings) {
    if (f.kind !== 'anonymous-source' || f.sourceRef === undefined) continue;
    let g = groups.get(f.sourceRef);
    if (!g) groups.set(f.sourceRef, (g = { label: f.sourceLabel ?? f.text, sentences: new Set() }));
    g.sentences.add(f.sentence.start);
  }
  return [...groups].map(([ref, g]) => ({ ref, label: g.label, claims: g.sentences.size, singleSource: g.sentences.size > 1 }));
}
