import type { z } from 'zod';
import { createAuthGate, type AuthGate } from './authGate';
import { LOCKOUT_WAIT_MS } from './constants';
import type { RequestLimiter } from './requestLimiter';
import { kindForAnswer, SyncError } from './syncError';

export interface CouchClientOptions {
  serverUrl: string;
  username: string;
  password: string;
  timeoutMs: number;
  limiter: RequestLimiter;
  /** How long a locked account is left alone before one request tries again; CouchDB's lockout lasts 5 minutes. */
  lockoutWaitMs?: number;
  /**
   * Called with the server's `Date` header and this PC's clock when an answer arrives, so the service can
   * tell the keeper a PC clock that is far off. (A browser reads the header only where the server's CORS
   * settings expose it: `[cors] exposed_headers` includes `date`.)
   */
  onServerDate?: (serverMs: number, localMs: number) => void;
  /** Injected in tests; the browser's (or Node's) fetch otherwise. */
  fetch?: typeof fetch;
}

export interface CouchRequest<T> {
  method?: 'GET' | 'POST' | 'PUT';
  /** Path below the server URL, already encoded, e.g. `/station-a/_changes`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** What a good answer looks like; anything else is an error, never a success. */
  schema: z.ZodType<T>;
  timeoutMs?: number;
  /** The change watcher waits on its own and must not take a slot from the sync requests. */
  unlimited?: boolean;
  /** Aborting through this (the service stopping) rejects with an AbortError, not a SyncError. */
  signal?: AbortSignal;
}

export interface CouchClient {
  readonly serverUrl: string;
  readonly username: string;
  /** Every request passes it: a refused or locked login stops all of them (see authGate.ts). */
  readonly auth: AuthGate;
  request<T>(request: CouchRequest<T>): Promise<T>;
}

/** Basic auth over UTF-8, so a password with Chinese characters still works. */
export function basicAuthHeader(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

export function trimServerUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

function queryString(query: CouchRequest<unknown>['query']): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function looksLikeHtml(contentType: string, text: string): boolean {
  return contentType.includes('html') || text.trimStart().startsWith('<');
}

/** CouchDB's `{error, reason}` of an answer as one line; '' when the body is not that (an HTML page, a proxy's text). */
export function serverReason(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      const { error, reason } = parsed as { error?: unknown; reason?: unknown };
      return [error, reason].filter((v) => typeof v === 'string').join(': ');
    }
  } catch {
    // Not JSON (an HTML error page, a proxy's text): the status code alone has to do.
  }
  return '';
}

/**
 * The only way sync talks to CouchDB. It throws a SyncError on a non-2xx status, on an HTML page, on a body
 * that is not JSON or not the expected shape, on a network failure and on a timeout (covering the body
 * too), so none of those can pass for success further up.
 */
export function createCouchClient(options: CouchClientOptions): CouchClient {
  const serverUrl = trimServerUrl(options.serverUrl);
  const authorization = basicAuthHeader(options.username, options.password);
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));

  async function once<T>(request: CouchRequest<T>): Promise<T> {
    const timeoutMs = request.timeoutMs ?? options.timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onOuterAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onOuterAbort);
    const what = `${request.method ?? 'GET'} ${request.path}`;
    try {
      let status: number;
      let contentType: string;
      let text: string;
      try {
        // `cache` is typed only in the DOM's RequestInit; Node's fetch accepts it too.
        const init: RequestInit & { cache?: 'no-store' } = {
          method: request.method ?? 'GET',
          headers: {
            authorization,
            accept: 'application/json',
            ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: controller.signal,
          // Credentials go in the header; cookies from another login must not change who we are.
          credentials: 'omit',
          // A change feed answered from the HTTP cache would look like "nothing new".
          cache: 'no-store',
        };
        const response = await doFetch(serverUrl + request.path + queryString(request.query), init);
        status = response.status;
        const serverDate = Date.parse(response.headers.get('date') ?? '');
        if (Number.isFinite(serverDate)) options.onServerDate?.(serverDate, Date.now());
        contentType = response.headers.get('content-type') ?? '';
        text = await response.text();
      } catch (error) {
        if (request.signal?.aborted) throw error;
        if (timedOut) throw new SyncError('timeout', `${what}: no complete answer within ${timeoutMs} ms`);
        const message = error instanceof Error ? error.message : String(error);
        throw new SyncError('network', `${what}: ${message}`);
      }
      if (status < 200 || status >= 300) {
        const reason = looksLikeHtml(contentType, text) ? 'HTML page' : serverReason(text);
        throw new SyncError(kindForAnswer(status, reason), `${what}: HTTP ${status}${reason ? ` ${reason}` : ''}`, status);
      }
      if (looksLikeHtml(contentType, text)) throw new SyncError('badResponse', `${what}: HTML instead of JSON`, status);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new SyncError('badResponse', `${what}: invalid JSON (${text.length} bytes)`, status);
      }
      const parsed = request.schema.safeParse(json);
      if (!parsed.success) throw new SyncError('badResponse', `${what}: unexpected answer shape`, status);
      return parsed.data;
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  const auth = createAuthGate(options.lockoutWaitMs ?? LOCKOUT_WAIT_MS);
  return {
    serverUrl,
    username: options.username,
    auth,
    request: (request) => auth.admit(() => (request.unlimited ? once(request) : options.limiter.run(() => once(request)))),
  };
}
