#!/usr/bin/env node
// A tiny static file server bound to 127.0.0.1 on a free port, for the fixture pages the
// end-to-end tests and the demo open. Loopback only so tests can assert that the extension never
// talks to any other host.
//
//   node scripts/serve.mjs [DIR]     serves DIR (default tests/fixtures/pages) until Ctrl-C
//   import { serve } from './serve.mjs'; const { url, close } = await serve(dir);
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export const DEFAULT_ROOT = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));

/**
 * Serves `root` on 127.0.0.1. Resolves once listening.
 * @param {string} [root]
 * @param {{ port?: number, headers?: Record<string, string> }} [options] port 0 (default) picks a
 *   free one; headers are added to every file response (e.g. a Content-Security-Policy)
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>} url ends with '/'
 */
export async function serve(root = DEFAULT_ROOT, options = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      let file = resolve(join(base, path));
      // Refuse anything that escapes the root (`..` in the path).
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...options.headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await serve(process.argv[2] ?? DEFAULT_ROOT);
  console.log(`serving ${process.argv[2] ?? DEFAULT_ROOT} at ${url}`);
}
