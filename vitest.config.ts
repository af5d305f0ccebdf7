// Two projects: fast pure tests ('unit') and tests that drive real browsers over the built
// extension ('e2e'). This file replaces vite.config.ts for vitest, so the crxjs plugin (which
// only makes sense for a build) is never loaded here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Preact's automatic JSX runtime, the same as tsconfig.json says, for tests that render UI.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Every test folder but e2e (engine, extract, ui, cli, and any added later).
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          // UI strings come from public/_locales/en/messages.json, as the browser would give them.
          setupFiles: ['tests/setup/i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // One browser at a time: the machine has two cores and each file starts its own browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
