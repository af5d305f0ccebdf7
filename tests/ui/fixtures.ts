// Findings and reports the UI tests share. Sentences are written for these tests.
import type { SourceGroup, Sourcing } from '../../src/engine';
import type { FindingView, PageReport } from '../../src/shared/report';

let nextId = 0;

/** A finding whose cues are given as words of the sentence (the first occurrence of each). */
export function view(kind: FindingView['kind'], sentence: string, cueWords: string[], extra: Partial<FindingView> = {}): FindingView {
  const cues = cueWords.map((w) => {
    const start = sentence.indexOf(w);
    if (start < 0) throw new Error(`cue "${w}" not in "${sentence}"`);
    return { start, end: start + w.length };
  });
  return { id: nextId++, kind, rule: `${kind}/test`, sentence, cues, explanation: `'${cueWords[0]}': test reason`, ...extra };
}

export const DEFECTOR: SourceGroup = { ref: 's1', label: 'a North Korean defector', claims: 3, singleSource: true };

/** An article whose claims rest on 5 named sources, 3 unnamed (all the defector) and 1 vague crowd. */
export const SOURCING: Sourcing = { named: 5, unnamed: 3, vague: 1, top: { label: DEFECTOR.label, claims: 3 } };
export const NO_SOURCING: Sourcing = { named: 0, unnamed: 0, vague: 0 };

export function analysedReport(findings: FindingView[], sources: SourceGroup[] = [], patch: Partial<PageReport> = {}): PageReport {
  const count = (k: FindingView['kind']) => findings.filter((f) => f.kind === k).length;
  return {
    host: 'news.example',
    enabled: true,
    status: 'analysed',
    title: 'Ferry timetable changes',
    url: 'https://news.example/ferry',
    summary: {
      hedges: count('hedge'),
      anonymous: count('anonymous-source'),
      vague: count('vague-source'),
      caveats: count('caveat'),
      singleSourceClaims: sources.filter((s) => s.singleSource).reduce((n, s) => n + s.claims, 0),
      total: findings.length,
    },
    summaryLine: `${findings.length} findings`,
    findings,
    sources,
    sourcing: NO_SOURCING,
    ...patch,
  } as PageReport;
}
