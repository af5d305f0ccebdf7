// The article's sourcing at a glance: how many claims rest on named sources, on unnamed ones and
// on vague crowds, and the unnamed source the most claims rest on. A claim is a sentence.
//
// Each claim is counted once, under the firmest source it cites: a sentence that names its source
// and also cites an unnamed one rests on a named source; one that cites an unnamed source and a
// vague crowd rests on the unnamed source. So the three counts add up to the claims with any
// source, and a bar of them is a true picture of the article.
import type { Analysis, Finding, FindingKind } from './types';

export interface Sourcing {
  /** Claims that cite a named source. */
  named: number;
  /** Claims that cite an unnamed source and no named one. */
  unnamed: number;
  /** Claims that cite only a vague crowd ("experts say"). */
  vague: number;
  /** The unnamed source the most claims rest on, when two or more do (first cited wins a tie). */
  top?: { label: string; claims: number };
}

/** Firmest first: the rank a claim takes is the lowest of its sources'. */
const RANK: Partial<Record<FindingKind, number>> = { 'named-source': 0, 'anonymous-source': 1, 'vague-source': 2 };

export function summarizeSourcing(analysis: Pick<Analysis, 'findings' | 'sources'>): Sourcing {
  const firmest = new Map<number, number>();
  for (const f of analysis.findings) {
    const rank = rankOf(f);
    if (rank === undefined) continue;
    const seen = firmest.get(f.sentence.start);
    if (seen === undefined || rank < seen) firmest.set(f.sentence.start, rank);
  }
  const counts = [0, 0, 0];
  for (const rank of firmest.values()) counts[rank]++;
  const sourcing: Sourcing = { named: counts[0], unnamed: counts[1], vague: counts[2] };
  let top: Sourcing['top'];
  for (const s of analysis.sources) if (s.claims >= 2 && s.claims > (top?.claims ?? 0)) top = { label: s.label, claims: s.claims };
  if (top) sourcing.top = top;
  return sourcing;
}

const rankOf = (f: Finding) => RANK[f.kind];
