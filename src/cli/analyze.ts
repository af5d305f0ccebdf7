#!/usr/bin/env node
// `npm run --silent analyze -- [--json] [--text] FILE|URL...`
//
// Contract (the scorers depend on it; keep it exact):
//   --json prints one JSON line per input, in input order:
//     {"file": "<path as given>", "findings": [{"kind","start","end",...}]}
//   .txt (and any other non-HTML file): offsets index the file's text as read (UTF-8, nothing
//   normalised). .html / .html.gz / http(s) URLs: reduced to the article text by the extractor the
//   content script uses; with --text the line also carries "text", which the offsets index.
//   A missing or unreadable input prints an error line on stderr and makes the exit code 1, after
//   every other input is done.
import { analyze, summarize, summaryLine } from '../engine';
import type { Analysis, AnalyzeOptions } from '../engine';
import { describeError, loadText } from './inputs';
import { formatReport } from './report';

interface Options {
  json: boolean;
  text: boolean;
  /** Run the PolNeAR-trained attribution tagger too (slower; see src/engine/detectors/source.ts). */
  learned: boolean;
  inputs: string[];
}

const USAGE = `usage: npm run --silent analyze -- [--json] [--text] [--learned] FILE|URL...
  FILE   a .txt file (analysed as is) or an .html / .html.gz page (article text extracted first)
  URL    an http(s):// page, fetched and treated like an .html file
  --json one JSON line per input: {"file", "findings"} (and "text" with --text)
  --text with --json, include the analysed text
  --learned  let the PolNeAR-trained attribution tagger find sources the rules leave open (slower)`;

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: false, text: false, learned: false, inputs: [] };
  let rest = false;
  for (const arg of argv) {
    if (rest) opts.inputs.push(arg);
    else if (arg === '--') rest = true;
    else if (arg === '--json') opts.json = true;
    else if (arg === '--text') opts.text = true;
    else if (arg === '--learned') opts.learned = true;
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      console.error(`analyze: unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    } else opts.inputs.push(arg);
  }
  return opts;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.inputs.length) {
    console.error(USAGE);
    return 2;
  }
  // The tagger and its model (330 KB of weights to parse) are loaded only when asked for.
  const options: AnalyzeOptions = opts.learned ? { detectors: (await import('../engine/detectors/with-tagger')).detectorsWithTagger } : {};
  let failed = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for (const input of opts.inputs) {
    let text: string;
    try {
      text = await loadText(input);
    } catch (err) {
      flush();
      console.error(`analyze: ${input}: ${describeError(err)}`);
      failed++;
      continue;
    }
    const analysis: Analysis = analyze(text, options);
    if (opts.json) {
      const line: Record<string, unknown> = { file: input, findings: analysis.findings };
      if (opts.text) line.text = text;
      out.push(JSON.stringify(line) + '\n');
      if (out.length >= 64) flush();
    } else {
      flush();
      process.stdout.write(formatReport(input, text, analysis, summaryLine(summarize(analysis))) + '\n');
    }
  }
  flush();
  return failed ? 1 : 0;
}

// A reader that stops reading ("| head") closes the pipe: that ends the run quietly, as for any
// Unix filter, not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// Exit once the output is written. Left to end by itself, Node first waits for every compile job
// V8 still has queued on its background threads (optimising code the run no longer needs): 10-25
// ms on 200k words. An empty write's callback runs once everything written before it is out, on a
// pipe as on a file, so no output is cut short.
function finish(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main().then(finish, (err) => {
  console.error(`analyze: ${describeError(err)}`);
  finish(1);
});
