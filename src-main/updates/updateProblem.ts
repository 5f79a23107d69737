import type { UpdateProblem } from '../../src-renderer/platform/api';

/*
 * electron-updater fails with Node-style errors: an HttpError carrying `statusCode`, its own `ERR_UPDATER_*`
 * and `ERR_CHECKSUM_MISMATCH` codes, and Chromium's `net::ERR_*` texts from Electron's net module. Each is
 * one of a few things the keeper can act on.
 */
const OFFLINE_NET = /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|NETWORK_ACCESS_DENIED|CONNECTION_(REFUSED|RESET|CLOSED|ABORTED|FAILED|TIMED_OUT)|TIMED_OUT|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED)\b/;
const OFFLINE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
const INTEGRITY_CODES = new Set(['ERR_CHECKSUM_MISMATCH', 'ERR_UPDATER_INVALID_SIGNATURE']);

export function updateProblemOf(error: unknown): UpdateProblem {
  const fields = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown; code?: unknown; message?: unknown }) : {};
  const code = typeof fields.code === 'string' ? fields.code : '';
  const message = typeof fields.message === 'string' ? fields.message : typeof error === 'string' ? error : '';
  const status = typeof fields.statusCode === 'number' ? fields.statusCode : null;
  // 403 too: CouchDB answers it to an account locked after failed logins, and retrying keeps it locked.
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND') return 'not-found';
  if (status !== null && status >= 500) return 'server';
  if (INTEGRITY_CODES.has(code) || /checksum mismatch/i.test(message)) return 'integrity';
  if (OFFLINE_CODES.has(code) || OFFLINE_NET.test(message)) return 'offline';
  return 'unknown';
}
