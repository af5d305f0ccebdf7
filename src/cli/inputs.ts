// What the analyze command reads: a text file as is, or a page (a file or a URL) reduced to its
// article text by the extractor the content script uses.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export const isUrl = (s: string) => /^https?:\/\//i.test(s);
export const isHtml = (s: string) => /\.x?html?(\.gz)?$/i.test(s);

/** The text to analyse for one input: the file as read, or the article extracted from a page. */
export async function loadText(input: string): Promise<string> {
  if (isUrl(input)) {
    const res = await fetch(input, { redirect: 'follow' });
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    return htmlToText(await res.text(), res.url || input);
  }
  // Read at once: a promise-based read takes four trips through libuv's thread pool per file,
  // while the thread has nothing else to do in the meantime.
  const bytes = readFileSync(input);
  if (!isHtml(input)) return bytes.toString('utf8');
  const html = (input.toLowerCase().endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return htmlToText(html, undefined);
}

async function htmlToText(html: string, url: string | undefined): Promise<string> {
  const { extractFromHtml } = await import('../extract/node');
  return extractFromHtml(html, url).text;
}

export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a directory, not a file';
  if (e?.code === 'EACCES') return 'permission denied';
  return e?.message ?? String(err);
}
