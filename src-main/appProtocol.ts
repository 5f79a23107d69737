import path from 'node:path';
import { resolveBundledFile } from './protocolPath';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolOptions {
  /** The bundled renderer folder (out/renderer). */
  rootDir: string;
  readFile(filePath: string): Promise<Uint8Array>;
  contentSecurityPolicy: string;
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * The `protocol.handle('app', ...)` handler, free of Electron so Node tests can call it with a plain
 * Request. The CSP travels on every response here because session.webRequest does not see custom schemes.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const baseHeaders = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: baseHeaders });
    }
    const resolved = resolveBundledFile(request.url, options.rootDir);
    if (resolved.kind === 'forbidden') {
      return new Response(null, { status: 403, headers: baseHeaders });
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(resolved.filePath);
    } catch (error) {
      if (isMissingFile(error)) return new Response(null, { status: 404, headers: baseHeaders });
      throw error;
    }
    const headers = { ...baseHeaders, 'Content-Type': contentTypeFor(resolved.filePath) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
