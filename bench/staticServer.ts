/**
 * Serves a build/ folder the way GitHub Pages does: `/docs/pod` is
 * `docs/pod.html`, `/dir/` is `dir/index.html`, missing pages get 404.html,
 * and text types are gzip-compressed (fonts and images are sent as they are).
 * Every request is logged with its raw and sent size, for page-weight.
 */
import {createServer, type Server} from 'node:http';
import {existsSync, readFileSync, statSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  // Pagefind's index files: already compressed by Pagefind.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface RequestLog {
  path: string;
  status: number;
  contentType: string;
  rawBytes: number;
  sentBytes: number;
  /** `prefetch` for `<link rel=prefetch>` requests (Sec-Purpose header), else ''. */
  purpose: string;
}

export interface StaticServer {
  url: string;
  log: RequestLog[];
  close(): Promise<void>;
}

export function resolveFile(root: string, urlPath: string): {file: string; status: number} | null {
  const clean = path.posix.normalize(decodeURIComponent(urlPath.split('?')[0]!));
  if (clean.includes('..')) return null;
  const base = path.join(root, clean);
  const candidates = clean.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (file) return {file, status: 200};
  const notFound = path.join(root, '404.html');
  return existsSync(notFound) ? {file: notFound, status: 404} : null;
}

/** baseUrl: the site's, as it was built with (`/repo/` on GitHub Pages); addresses outside it are not found. */
export async function serveStatic(root: string, baseUrl = '/'): Promise<StaticServer> {
  const log: RequestLog[] = [];
  const gzipCache = new Map<string, Buffer<ArrayBuffer>>();
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    const resolved = url.startsWith(baseUrl) ? resolveFile(root, `/${url.slice(baseUrl.length)}`) : null;
    if (!resolved) {
      response.writeHead(404).end();
      return;
    }
    const contentType = MIME[path.extname(resolved.file).toLowerCase()] ?? 'application/octet-stream';
    const raw = readFileSync(resolved.file);
    let body: Buffer<ArrayBuffer> = raw;
    const headers: Record<string, string> = {'Content-Type': contentType, 'Cache-Control': 'max-age=600'};
    if (COMPRESSIBLE.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipCache.get(resolved.file) ?? gzipSync(raw);
      gzipCache.set(resolved.file, body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    log.push({
      path: request.url ?? '/',
      status: resolved.status,
      contentType,
      rawBytes: raw.length,
      sentBytes: body.length,
      purpose: String(request.headers['sec-purpose'] ?? request.headers.purpose ?? ''),
    });
    response.writeHead(resolved.status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
