/**
 * Every way talking to the server can fail, as one error type. Each kind has a Chinese message with what
 * to do (i18n `sync.errors.<kind>`); `detail` is technical text for support and never holds personal data.
 */
export const SYNC_ERROR_KINDS = [
  'network',
  'timeout',
  'unauthorized',
  /** CouchDB 3.4+ locked the account for a while after failed logins (403, even for the right password). */
  'locked',
  'forbidden',
  'notFound',
  'tooLarge',
  'server',
  'badResponse',
  'stationMismatch',
  'unexpected',
] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'SyncError';
  }

  get messageKey(): string {
    return syncErrorKey(this.kind);
  }
}

export function syncErrorKey(kind: SyncErrorKind): string {
  return `sync.errors.${kind}`;
}

/** Which kind an HTTP status means; 2xx is not an error and never reaches here. */
export function kindForStatus(status: number): SyncErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 413) return 'tooLarge';
  if (status >= 500) return 'server';
  return 'badResponse';
}

/** CouchDB's words for a locked account: `Account is temporarily locked due to multiple authentication failures`. */
const LOCKED_REASON = /temporarily locked/i;

/** Which kind a refusal means, from its status and the server's reason. */
export function kindForAnswer(status: number, reason: string): SyncErrorKind {
  if (status === 403 && LOCKED_REASON.test(reason)) return 'locked';
  return kindForStatus(status);
}

/** Anything thrown while syncing, as a SyncError (a bug in our code shows as 'unexpected', not a crash). */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new SyncError('unexpected', detail);
}
