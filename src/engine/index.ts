// The public API of the engine. Everything else in src/engine is internal.
export { analyze } from './analyze';
export type { AnalyzeOptions } from './analyze';
export type { ReaderCues } from './custom';
export { splitSentences } from './sentences';
export * from './types';
export { summarize, summaryLine } from './report';
export type { Summary } from './report';
export { summarizeSourcing } from './sourcing';
export type { Sourcing } from './sourcing';
