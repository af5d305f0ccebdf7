// Analysing many inputs on more than one core. The main thread and its helpers (worker threads
// running this same bundle) take the next input from one shared counter, so a helper that starts
// late (it compiles the bundle and warms up on its own) takes fewer inputs rather than holding
// the run up, and the main thread starts on the first input at once. Helpers send each outcome
// back; InOrder writes them in input order.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { isUrl } from './inputs';
import { jsonOutcome, type Outcome } from './json-line';

/** Below this much text a helper costs more than it saves: starting one (a thread, the bundle
 *  compiled again, the engine warmed up again) takes about as long as analysing this much. */
export const HELPER_MIN_BYTES = 400_000;
/** What a URL is assumed to weigh: fetching overlaps well with other work. */
const URL_BYTES = 100_000;

/** True when `GRAIN_OF_SALT_HELPERS=n` fixes the number of helper threads. */
export const forcedHelpers = (env = process.env.GRAIN_OF_SALT_HELPERS) => env !== undefined && /^\d+$/.test(env);

/** `GRAIN_OF_SALT_HELPERS=n` fixes the number of helper threads (0: none), for tests and for
 *  measuring; otherwise one per core beyond the first, when the inputs are worth it. */
export function helperCount(inputs: readonly string[], env = process.env.GRAIN_OF_SALT_HELPERS, cores = availableParallelism()): number {
  if (forcedHelpers(env)) return Math.min(Number(env), Math.max(inputs.length - 1, 0));
  const spare = cores - 1;
  if (spare < 1 || inputs.length < 2) return 0;
  let bytes = 0;
  for (const input of inputs) {
    if (isUrl(input)) bytes += URL_BYTES;
    else {
      try {
        bytes += statSync(input).size;
      } catch {
        // Unreadable: its error line is reported in its turn.
      }
    }
    if (bytes >= HELPER_MIN_BYTES) return Math.min(spare, inputs.length - 1);
  }
  return 0;
}

/** The shared counters: [0] the next input to take; [1 + k] the input helper k is on (-1: none). */
export function newClaims(helpers: number): Int32Array {
  const claims = new Int32Array(new SharedArrayBuffer(4 * (1 + helpers)));
  claims.fill(-1, 1);
  return claims;
}

export const claimNext = (claims: Int32Array) => Atomics.add(claims, 0, 1);

interface HelperData {
  grainOfSaltHelper: number;
  inputs: readonly string[];
  withText: boolean;
  claims: Int32Array;
}

type Message = 'ready' | { index: number; outcome: Outcome };

/**
 * Starts `count` helpers over `inputs`. Each outcome goes to `settle`. A helper that dies leaves
 * the input it was on to `redo` (the main thread analyses it, so a crash is reported, never lost).
 * `ready` settles once every helper is running. Stop them with stopHelpers once every outcome is
 * written: one may still be starting.
 */
export function startHelpers(
  script: URL,
  count: number,
  data: { inputs: readonly string[]; withText: boolean; claims: Int32Array },
  settle: (index: number, outcome: Outcome) => void,
  redo: (index: number) => void,
): { threads: Worker[]; ready: Promise<unknown> } {
  const ready: Promise<void>[] = [];
  const threads = Array.from({ length: count }, (_, k) => {
    const workerData: HelperData = { grainOfSaltHelper: k, ...data };
    const worker = new Worker(script, { workerData, stdout: false, stderr: false });
    ready.push(new Promise((resolve) => worker.once('message', () => resolve()).once('error', () => resolve())));
    worker.on('message', (m: Message) => {
      if (m !== 'ready') settle(m.index, m.outcome);
    });
    worker.on('error', () => {
      const index = Atomics.exchange(data.claims, 1 + k, -1);
      if (index >= 0) redo(index);
    });
    return worker;
  });
  return { threads, ready: Promise.all(ready) };
}

export function stopHelpers(helpers: readonly Worker[]): void {
  for (const worker of helpers) void worker.terminate();
}

/** True in a thread started by startHelpers. */
export const isHelper = () => typeof (workerData as HelperData | undefined)?.grainOfSaltHelper === 'number';

/** A helper's whole life: say it is ready, then take inputs until none is left. */
export async function runHelper(): Promise<void> {
  const { grainOfSaltHelper: k, inputs, withText, claims } = workerData as HelperData;
  parentPort!.postMessage('ready');
  for (let index = claimNext(claims); index < inputs.length; index = claimNext(claims)) {
    Atomics.store(claims, 1 + k, index);
    const outcome = await jsonOutcome(inputs[index], withText);
    parentPort!.postMessage({ index, outcome } satisfies Message);
    Atomics.store(claims, 1 + k, -1);
  }
}
