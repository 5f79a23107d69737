import type { AuthGate } from '../../sync/authGate';
import { basicAuthHeader, serverReason, trimServerUrl } from '../../sync/couchClient';
import type { RequestLimiter } from '../../sync/requestLimiter';
import { kindForAnswer, SyncError } from '../../sync/syncError';
import type { LinkMeter } from './linkMeter';
import { TimeoutError, type Exchange, type ExchangeAnswer } from './transport';

/**
 * The slowest link a request is given time for (bytes/s) on top of the usual time limit: a 1 MB scan gets
 * 30 s + 500 s, so a GPRS link (20 kB/s up) finishes it, while a request that stalled is still given up.
 */
export const SLOWEST_LINK_BYTES_PER_S = 2 * 1024;

export interface PhotoHttpOptions {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
  /** The record channel's gate: a 401 here stops the records too, and theirs stops the photos. */
  auth: AuthGate;
  limiter: RequestLimiter;
  meter: LinkMeter;
  exchange: Exchange;
  timeoutMs: number;
}

export interface PhotoHttpRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Below the station database, already encoded: `/photo%3A…/thumb`, `/_changes`. */
  path: string;
  query?: Record<string, string | number | boolean>;
  headers?: Record<string, string>;
  body?: Blob | string;
  expect?: 'text' | 'blob';
  /** Bytes expected to come back (a file being fetched), for the time limit. */
  expectBytes?: number;
  signal?: AbortSignal;
  onUploadProgress?: (sentBytes: number) => void;
}

export interface PhotoHttp {
  /**
   * Sends one request. Any HTTP answer but a refused login comes back (the caller reads 409 and 413);
   * a network failure, a timeout, 401 and a locked account throw a SyncError.
   */
  send(request: PhotoHttpRequest): Promise<ExchangeAnswer>;
  readonly meter: LinkMeter;
}

/** The server's reason for a refusal, in the record channel's words (sync/couchClient.ts). */
export const reasonOf = serverReason;

function queryString(query: PhotoHttpRequest['query']): string {
  if (!query) return '';
  const parts = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function sizeOf(body: Blob | string | undefined): number {
  if (body === undefined) return 0;
  return typeof body === 'string' ? body.length : body.size;
}

export function createPhotoHttp(options: PhotoHttpOptions): PhotoHttp {
  const base = `${trimServerUrl(options.serverUrl)}/${encodeURIComponent(options.database)}`;
  const authorization = basicAuthHeader(options.username, options.password);

  async function once(request: PhotoHttpRequest): Promise<ExchangeAnswer> {
    const bytes = sizeOf(request.body) + (request.expectBytes ?? 0);
    const timeoutMs = options.timeoutMs + Math.ceil((bytes / SLOWEST_LINK_BYTES_PER_S) * 1000);
    const what = `${request.method} ${request.path}`;
    const started = Date.now();
    let answer: ExchangeAnswer;
    try {
      answer = await options.exchange({
        method: request.method,
        url: base + request.path + queryString(request.query),
        headers: { authorization, accept: 'application/json', ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        expect: request.expect ?? 'text',
        timeoutMs,
        ...(request.signal ? { signal: request.signal } : {}),
        ...(request.onUploadProgress ? { onUploadProgress: request.onUploadProgress } : {}),
      });
    } catch (error) {
      if (request.signal?.aborted) throw error;
      if (error instanceof TimeoutError) throw new SyncError('timeout', `${what}: ${error.message}`);
      throw new SyncError('network', `${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
    options.meter.record({ bytes: bytes + answer.text.length + (answer.blob?.size ?? 0), ms: Date.now() - started });
    if (answer.status === 401 || answer.status === 403) {
      const reason = reasonOf(answer.text);
      const kind = kindForAnswer(answer.status, reason);
      if (kind === 'unauthorized' || kind === 'locked') throw new SyncError(kind, `${what}: HTTP ${answer.status} ${reason}`, answer.status);
    }
    return answer;
  }

  return {
    meter: options.meter,
    send: (request) => options.auth.admit(() => options.limiter.run(() => once(request))),
  };
}
