import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { contentTypeFor } from '../../../src-main/contentTypes';

/** URL prefix ('/' or '/web/') → folder on disk. */
export interface StaticMount {
  prefix: string;
  root: string;
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * The file a request path names inside one of the mounts, or null when it names none: unknown prefix,
 * malformed escapes, NUL bytes, or a path that climbs out of its root ("..", encoded or not).
 */
export function resolveRequestPath(mounts: readonly StaticMount[], urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const mount = [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((m) => pathname.startsWith(m.prefix));
  if (!mount) return null;
  let relative = pathname.slice(mount.prefix.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const root = resolve(mount.root);
  const file = resolve(root, `.${sep}${relative}`);
  return file.startsWith(root + sep) ? file : null;
}

function reply(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function handle(mounts: readonly StaticMount[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'Method not allowed');
  const file = resolveRequestPath(mounts, req.url ?? '/');
  if (file === null) return reply(res, 404, 'Not found');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return reply(res, 404, 'Not found');
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    // Every run serves a fresh build; a cached old bundle would test the wrong code.
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serves built files read-only on 127.0.0.1 at a free port. */
export async function startStaticServer(mounts: readonly StaticMount[]): Promise<StaticServer> {
  const server = createServer((req, res) => {
    handle(mounts, req, res).catch(() => {
      if (!res.headersSent) reply(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
