// The article's sourcing at a glance: claims per kind of source, and the unnamed source carrying the most.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import type { Finding, FindingKind, SourceGroup } from '../../src/engine';
import { summarizeSourcing } from '../../src/engine/sourcing';

/** A finding of `kind` in the sentence starting at `sentence` (only what the count reads). */
const at = (kind: FindingKind, sentence: number): Finding => ({
  kind,
  rule: `${kind}/test`,
  start: sentence,
  end: sentence + 1,
  text: 'x',
  cues: [],
  explanation: '',
  sentence: { start: sentence, end: sentence + 10 },
});
const group = (ref: string, claims: number): SourceGroup => ({ ref, label: `the ${ref}`, claims, singleSource: claims > 1 });

describe('summarizeSourcing', () => {
  it('counts claims (sentences), not mentions', () => {
    const findings = [at('named-source', 0), at('named-source', 0), at('anonymous-source', 20), at('vague-source', 40), at('vague-source', 40)];
    expect(summarizeSourcing({ findings, sources: [] })).toEqual({ named: 1, unnamed: 1, vague: 1 });
  });

  it('counts each claim once, under the firmest source it cites', () => {
    const findings = [
      at('anonymous-source', 0),
      at('named-source', 0), // named + unnamed: named
      at('vague-source', 20),
      at('anonymous-source', 20), // unnamed + vague: unnamed
      at('vague-source', 40),
      at('named-source', 40), // vague + named: named
    ];
    expect(summarizeSourcing({ findings, sources: [] })).toEqual({ named: 2, unnamed: 1, vague: 0 });
  });

  it('leaves out claims with no source: hedges and caveats count for nothing here', () => {
    expect(summarizeSourcing({ findings: [at('hedge', 0), at('caveat', 20)], sources: [] })).toEqual({ named: 0, unnamed: 0, vague: 0 });
  });

  it('names the unnamed source the most claims rest on, the first cited on a tie, only from two claims on', () => {
    expect(summarizeSourcing({ findings: [], sources: [group('pilot', 2), group('aide', 4), group('clerk', 4)] }).top).toEqual({ label: 'the aide', claims: 4 });
    expect(summarizeSourcing({ findings: [], sources: [group('pilot', 1), group('aide', 1)] }).top).toBeUndefined();
  });

  it('reads an analysis as the engine returns it', () => {
    const text = [
      'A harbour pilot who asked not to be named said the ferry left early.',
      'The pilot said the crew was tired.',
      'He added that the radar had failed.',
      'Mayor Ada Price said the port would reopen on Monday.',
      'Experts say the harbour is too shallow.',
      'The timetable changes in spring.',
    ].join(' ');
    expect(summarizeSourcing(analyze(text))).toEqual({
      named: 1,
      unnamed: 3,
      vague: 1,
      top: { label: 'A harbour pilot who asked not to be named', claims: 3 },
    });
  });
});
