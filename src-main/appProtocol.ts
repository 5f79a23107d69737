import { contentTypeFor } from './contentTypes';
import { resolveBundledFile } from './protocolPath';

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
