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
// With --json and enough text, inputs are analysed on several cores (parallel.ts); the output is
// the same, in the same order.
import './tiering';
import { analyze, summarize, summaryLine } from '../engine';
import { InOrder } from './in-order';
import { describeError, loadText } from './inputs';
import { jsonOutcome } from './json-line';
import { claimNext, forcedHelpers, helperCount, isHelper, newClaims, runHelper, startHelpers, stopHelpers } from './parallel';
import { formatReport } from './report';

interface Options {
  json: boolean;
  text: boolean;
  inputs: string[];
}

const USAGE = `usage: npm run --silent analyze -- [--json] [--text] FILE|URL...
  FILE   a .txt file (analysed as is) or an .html / .html.gz page (article text extracted first)
  URL    an http(s):// page, fetched and treated like an .html file
  --json one JSON line per input: {"file", "findings"} (and "text" with --text)
  --text with --json, include the analysed text`;

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: false, text: false, inputs: [] };
  let rest = false;
  for (const arg of argv) {
    if (rest) opts.inputs.push(arg);
    else if (arg === '--') rest = true;
    else if (arg === '--json') opts.json = true;
    else if (arg === '--text') opts.text = true;
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

// Lines are written in batches: one write per line would cost a system call each.
const out: string[] = [];
const flush = () => {
  if (out.length) process.stdout.write(out.join(''));
  out.length = 0;
};

/** --json: one line per input, in input order, from as many threads as the work is worth. */
async function runJson(inputs: string[], withText: boolean): Promise<number> {
  const lines = new InOrder(inputs.length, {
    line(text) {
      out.push(text);
      if (out.length >= 64) flush();
    },
    error(message) {
      flush();
      console.error(message);
    },
  });
  const helpers = helperCount(inputs);
  const claims = newClaims(helpers);
  const redo = (index: number) => void jsonOutcome(inputs[index], withText).then((o) => lines.settle(index, o));
  const { threads, ready } = startHelpers(new URL(import.meta.url), helpers, { inputs, withText, claims }, (i, o) => lines.settle(i, o), redo);
  // Helpers asked for by name (tests) start with the main thread, so they surely take inputs;
  // otherwise the main thread starts at once and a helper joins when it is up.
  if (forcedHelpers()) await ready;
  for (let index = claimNext(claims); index < inputs.length; index = claimNext(claims)) {
    lines.settle(index, await jsonOutcome(inputs[index], withText));
    // Let the helpers' outcomes in, so lines are written as they are ready.
    if (helpers) await new Promise(setImmediate);
  }
  await lines.done;
  stopHelpers(threads);
  flush();
  return lines.failed ? 1 : 0;
}

/** The readable report, input by input. */
async function runReport(inputs: string[]): Promise<number> {
  let failed = 0;
  for (const input of inputs) {
    let text: string;
    try {
      text = await loadText(input);
    } catch (err) {
      console.error(`analyze: ${input}: ${describeError(err)}`);
      failed++;
      continue;
    }
    const analysis = analyze(text);
    process.stdout.write(formatReport(input, text, analysis, summaryLine(summarize(analysis))) + '\n');
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.inputs.length) {
    console.error(USAGE);
    return 2;
  }
  return opts.json ? runJson(opts.inputs, opts.text) : runReport(opts.inputs);
}

if (isHelper()) {
  void runHelper();
} else {
  // A reader that stops reading ("| head") closes the pipe: that ends the run quietly, as for any
  // Unix filter, not with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });

  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`analyze: ${describeError(err)}`);
      process.exitCode = 1;
    },
  );
}
