// Grouping claims by the unnamed source they rest on, and when a group is a single source.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document';
import { source } from '../../src/engine/detectors/source';
import { groupSources } from '../../src/engine/groups';

const groups = (text: string) => groupSources(source.detect(buildDoc(text)));

describe('groupSources', () => {
  it('counts the distinct claims resting on one unnamed source', () => {
    const text = [
      'The video was described by a defector living in Seoul.',
      'The defector said the footage was filmed in April.',
      'He said that the crowd had been ordered to attend, the defector added.',
    ].join(' ');
    expect(groups(text)).toEqual([{ ref: 'defector', label: 'a defector living in Seoul', claims: 3, singleSource: true }]);
  });

  it('does not call a source cited once a single source', () => {
    expect(groups('A senior official said the border would reopen. Mayor Ada Price said the same.')).toEqual([
      { ref: 'official', label: 'A senior official', claims: 1, singleSource: false },
    ]);
  });

  it('does not call a source single when another unnamed source backs one of its claims', () => {
    const text = 'A senior official said the border would reopen, and a diplomat briefed on the talks said so too. The official said it would be on Monday.';
    const bySource = Object.fromEntries(groups(text).map((g) => [g.ref, g]));
    expect(bySource.official).toMatchObject({ claims: 2, singleSource: false });
    expect(bySource.diplomat).toMatchObject({ claims: 1, singleSource: false });
  });

  it('leaves vague crowds out of the groups', () => {
    expect(groups('Experts say the bridge is unsafe. Critics argue it should close.')).toEqual([]);
  });
});
