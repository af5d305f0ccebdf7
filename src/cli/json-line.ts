// One input's outcome under --json: its line, or the message its error line on stderr carries.
// The main thread and the helper threads (parallel.ts) both make them, so a line is the same
// whichever thread analysed its input.
import { analyze } from '../engine';
import { describeError, loadText } from './inputs';

export type Outcome = { line: string; error?: undefined } | { error: string; line?: undefined };

export async function jsonOutcome(input: string, withText: boolean): Promise<Outcome> {
  let text: string;
  try {
    text = await loadText(input);
  } catch (err) {
    return { error: `analyze: ${input}: ${describeError(err)}` };
  }
  // Built as before (file, findings, then text), so the keys keep their order in the line.
  const line: Record<string, unknown> = { file: input, findings: analyze(text).findings };
  if (withText) line.text = text;
  return { line: JSON.stringify(line) + '\n' };
}
