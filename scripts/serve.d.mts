// Types for serve.mjs, so the TypeScript tests can import the same server the demo uses.
export declare const DEFAULT_ROOT: string;
export interface Served {
  /** http://127.0.0.1:PORT/ (ends with a slash) */
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function serve(root?: string, options?: { port?: number; headers?: Record<string, string> }): Promise<Served>;
