import { messages, type Bilingual } from '../messages';

export type CouchErrorKind = 'unreachable' | 'timeout' | 'unauthorized' | 'forbidden' | 'http' | 'badResponse';

/**
 * A failed CouchDB request, with what the administrator should read (`text`, both languages).
 * `status`, `error` and `reason` are CouchDB's own answer when there was one.
 */
export class CouchError extends Error {
  constructor(
    readonly kind: CouchErrorKind,
    readonly text: Bilingual,
    readonly status: number | null = null,
    readonly error = '',
    readonly reason = '',
  ) {
    super(text.en);
    this.name = 'CouchError';
  }
}

/** The CLI's own refusals (bad arguments, a station that already exists …). */
export class CityError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly exitCode = 1,
  ) {
    super(text.en);
    this.name = 'CityError';
  }
}

const NETWORK_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT'];

/** fetch() rejects with a TypeError whose `cause` carries the socket error code. */
export function networkErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.includes(code)) return code;
    current = current.cause;
  }
  if (!(error instanceof TypeError)) return null;
  return error.cause instanceof Error && error.cause.message !== '' ? error.cause.message : error.message;
}

export function errorFromStatus(
  what: string,
  username: string,
  status: number,
  body: { error?: unknown; reason?: unknown },
): CouchError {
  const error = typeof body.error === 'string' ? body.error : '';
  const reason = typeof body.reason === 'string' ? body.reason : '';
  if (status === 401 && /admin/i.test(reason)) {
    return new CouchError('unauthorized', messages.notServerAdmin(username), status, error, reason);
  }
  if (status === 401) return new CouchError('unauthorized', messages.unauthorized(username), status, error, reason);
  if (status === 403) return new CouchError('forbidden', messages.forbidden(what, reason), status, error, reason);
  return new CouchError('http', messages.httpError(what, status, error, reason), status, error, reason);
}
