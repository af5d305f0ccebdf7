// The analyze command writes one line per input in input order, whichever thread finishes first.
import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/cli/in-order';
import { helperCount, HELPER_MIN_BYTES } from '../../src/cli/parallel';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function recorder() {
  const written: string[] = [];
  return { written, sink: { line: (t: string) => void written.push(t), error: (m: string) => void written.push(`ERR ${m}`) } };
}

describe('InOrder', () => {
  it('holds an outcome back until every input before it is written', () => {
    const { written, sink } = recorder();
    const lines = new InOrder(4, sink);
    lines.settle(2, { line: 'c' });
    lines.settle(1, { error: 'b missing' });
    expect(written).toEqual([]);
    lines.settle(0, { line: 'a' });
    expect(written).toEqual(['a', 'ERR b missing', 'c']);
    lines.settle(3, { line: 'd' });
    expect(written).toEqual(['a', 'ERR b missing', 'c', 'd']);
    expect(lines.failed).toBe(1);
  });

  it('writes an outcome settled twice (a helper crash redone) only once', () => {
    const { written, sink } = recorder();
    const lines = new InOrder(2, sink);
    lines.settle(1, { line: 'b' });
    lines.settle(1, { line: 'b again' });
    lines.settle(0, { line: 'a' });
    lines.settle(0, { line: 'a again' });
    expect(written).toEqual(['a', 'b']);
  });

  it('is done once the last outcome is written, and at once for no inputs', async () => {
    const lines = new InOrder(2, recorder().sink);
    let done = false;
    void lines.done.then(() => (done = true));
    lines.settle(1, { line: 'b' });
    await Promise.resolve();
    expect(done).toBe(false);
    lines.settle(0, { line: 'a' });
    await lines.done;
    await new InOrder(0, recorder().sink).done;
  });
});

describe('helperCount', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gos-helpers-'));
  const small = join(dir, 'small.txt');
  const big = join(dir, 'big.txt');
  writeFileSync(small, 'Officials reportedly knew.');
  writeFileSync(big, 'x'.repeat(HELPER_MIN_BYTES));

  it('starts no helper for one input, for little text, or on one core', () => {
    expect(helperCount([big], undefined, 4)).toBe(0);
    expect(helperCount([small, small, join(dir, 'missing.txt')], undefined, 4)).toBe(0);
    expect(helperCount([big, big], undefined, 1)).toBe(0);
  });

  it('starts one helper per core beyond the first when the text pays for it, never more than inputs after the first', () => {
    expect(helperCount([small, big, small, small, small], undefined, 4)).toBe(3);
    expect(helperCount([small, big], undefined, 4)).toBe(1);
    expect(helperCount(['https://example.com/a', 'https://example.com/b', big], undefined, 2)).toBe(1);
  });

  it('obeys GRAIN_OF_SALT_HELPERS, never beyond one helper per input after the first', () => {
    expect(helperCount([small, small, small], '2')).toBe(2);
    expect(helperCount([small, small], '3')).toBe(1);
    expect(helperCount([big, big], '0')).toBe(0);
  });
});
