// Work on the page waits for idle time, in slices, so analysis never delays the page's own work.

/** How long one slice of our work on the page may run before it yields: far under the 50 ms of a long task. */
export const SLICE_MS = 8;

/** Resolves when the browser is idle (or after `timeout` ms at the latest). */
export function idle(timeout = 1500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
}

/** Resolves in a new task: what follows runs apart from what came before, with the page's work in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run `step` over `items` in slices of about `budgetMs`, yielding to the page between slices. */
export async function sliced<T>(items: readonly T[], step: (item: T, index: number) => void, budgetMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    step(items[i], i);
    if (performance.now() - sliceStart > budgetMs) {
      await idle();
      sliceStart = performance.now();
    }
  }
}

/** Call `fn` once calls stop for `ms`. */
export function debounce(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  run.cancel = () => clearTimeout(timer);
  return run;
}
