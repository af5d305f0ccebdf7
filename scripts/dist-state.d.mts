// Types for dist-state.mjs.
export type Target = 'chromium' | 'firefox';
export declare const ROOT: string;
export declare const TARGETS: Record<Target, { dir: string; script: string }>;
export declare function distState(target: Target): 'missing' | 'stale' | 'fresh';
export declare function ensureBuilt(target: Target, options?: { quiet?: boolean }): 'fresh' | 'built';
