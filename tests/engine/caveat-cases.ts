// Shared by the caveat tests: which rule fires on a one-sentence text, and a table of sentences
// each rule must fire on or leave alone, run as one test per sentence.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document';
import { caveat } from '../../src/engine/detectors/caveat';

export type CaveatCases = Record<string, { fires: string[]; quiet: string[] }>;

/** The rule that fired on a one-sentence text, or null. */
export const ruleOf = (text: string) => {
  const f = caveat.detect(buildDoc(text));
  expect(f.length).toBeLessThanOrEqual(1);
  return f.length ? f[0].rule : null;
};

/** One `describe` per rule: each of its `fires` sentences is named by it, each `quiet` one by none. */
export function checkCases(cases: CaveatCases): void {
  for (const [rule, { fires, quiet }] of Object.entries(cases))
    describe(rule, () => {
      for (const text of fires) it(`fires: ${text}`, () => expect(ruleOf(text)).toBe(`caveat/${rule}`));
      for (const text of quiet) it(`quiet: ${text}`, () => expect(ruleOf(text)).toBeNull());
    });
}
