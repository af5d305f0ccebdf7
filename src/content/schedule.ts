// Work on the page waits for idle time, in slices, so analysis never delays the page's own work.

/** Resolves when the browser is idle (or after `timeout` ms at the latest). */
export function idle(timeout = 1500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 1);
  });
}

/** Run `step` over `items` in slices of about `budgetMs`, yielding to the page between slices. */
export async function sliced<T>(items: readonly T[], step: (item: T, index: number) => void, budgetMs = 8): Promise<void> {
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
