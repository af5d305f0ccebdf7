// How the popup groups a page's findings: one section per category, in reading order, with the
// claims that rest on the same unnamed source gathered under that source.
import type { FlaggedKind, SourceGroup } from '../../engine';
import type { FindingView } from '../../shared/report';
import { t, tCount } from '../../shared/i18n';
import { KIND_LABELS, KIND_ORDER } from '../../shared/kinds';

export interface SourceBlock {
  key: string;
  /** "a North Korean defector — 3 claims" */
  heading: string;
  items: FindingView[];
}

export interface Section {
  kind: FlaggedKind;
  title: string;
  count: number;
  /** Plain list (hedges, vague attributions, caveats). */
  items: FindingView[];
  /** Unnamed sources only: the findings gathered per source. */
  sources?: SourceBlock[];
}

export function sourceHeading(label: string, claims: number): string {
  return t('popup_source_heading', label, tCount('popup_source_claims', claims));
}

/** The words a source finding is about when the engine gave no label: its cue text. */
function labelOf(f: FindingView): string {
  if (f.sourceLabel) return f.sourceLabel;
  return f.cues.map((c) => f.sentence.slice(c.start, c.end)).join(' … ') || f.sentence;
}

export function groupSources(findings: readonly FindingView[], sources: readonly SourceGroup[]): SourceBlock[] {
  const known = new Map(sources.map((s) => [s.ref, s]));
  const blocks = new Map<string, { label: string; claims?: number; items: FindingView[] }>();
  for (const f of findings) {
    // Without a ref, mentions are gathered by how they read, so "a senior official" twice is one source.
    const key = f.sourceRef !== undefined ? `ref:${f.sourceRef}` : `label:${labelOf(f).toLowerCase()}`;
    let block = blocks.get(key);
    if (!block) {
      const group = f.sourceRef !== undefined ? known.get(f.sourceRef) : undefined;
      blocks.set(key, (block = { label: group?.label ?? labelOf(f), claims: group?.claims, items: [] }));
    }
    block.items.push(f);
  }
  return [...blocks]
    .map(([key, b]) => {
      const claims = b.claims ?? new Set(b.items.map((f) => f.sentence)).size;
      return { key, claims, heading: sourceHeading(b.label, claims), items: b.items };
    })
    // Most-cited first: the source the story leans on most is what the reader needs to see.
    .sort((a, b) => b.claims - a.claims || a.items[0].id - b.items[0].id)
    .map(({ key, heading, items }) => ({ key, heading, items }));
}

export function buildSections(findings: readonly FindingView[], sources: readonly SourceGroup[]): Section[] {
  const sections: Section[] = [];
  for (const kind of KIND_ORDER) {
    const items = findings.filter((f) => f.kind === kind).sort((a, b) => a.id - b.id);
    if (!items.length) continue;
    const section: Section = { kind, title: KIND_LABELS[kind].section, count: items.length, items };
    if (kind === 'anonymous-source') section.sources = groupSources(items, sources);
    sections.push(section);
  }
  return sections;
}
