import { isLoopbackHost, isSafeTransport, parseStationSetupFile, type StationSetupFile } from '../../domain/stationSetupFile';
import type { StationCredentials } from '../../platform/api';

export interface ConnectionFormValues {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
  /** From the set-up file only, never typed: where the desktop app looks for updates. */
  updateUrl?: string;
  /** From the set-up file only, never typed: the key U盘同步 signs bundles with. */
  bundleKey?: string;
}

export type SetupFileReading =
  | { ok: true; file: StationSetupFile; values: ConnectionFormValues }
  /** `key` is an i18n key; `params` fill it. The file's content is never shown (it holds a password). */
  | { ok: false; key: string; params?: Record<string, string> };

/**
 * Reads a chosen set-up file and checks it belongs to this station: its station code must be the local
 * profile's code, or the records (stationId) and the server's database would not match.
 */
/** `localCode` is the station this PC keeps; null on a first run, where the file says which station it is. */
export function readSetupFile(bytes: Uint8Array, localCode: string | null): SetupFileReading {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, key: 'sync.setupFile.notJson' };
  }
  const parsed = parseStationSetupFile(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return { ok: false, key: parsed.issues[0]?.key ?? 'sync.setupFile.invalid' };
  const file = parsed.value;
  if (localCode !== null && file.station.code !== localCode) {
    return { ok: false, key: 'sync.connection.codeMismatch', params: { fileCode: file.station.code, localCode } };
  }
  return {
    ok: true,
    file,
    values: {
      serverUrl: file.serverUrl,
      database: file.database,
      username: file.username,
      password: file.password,
      ...(file.updateUrl === undefined ? {} : { updateUrl: file.updateUrl }),
      ...(file.bundleKey === undefined ? {} : { bundleKey: file.bundleKey }),
    },
  };
}

/** The database the city creates for a station code (lower case: CouchDB's rule). */
export function expectedDatabase(code: string): string {
  return `station-${code.toLowerCase()}`;
}

export function isServerUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * What is wrong with a typed server address (an i18n key), or null. The station's password goes with every
 * request, so plain http is taken only to this machine, to the address already in use, or where the city's
 * set-up file allowed it for its own intranet.
 */
export function serverUrlProblem(value: string, allowed: { intranetHttp: boolean; inUse: string | null }): 'sync.connection.badUrl' | 'sync.connection.plainHttp' | null {
  if (!isServerUrl(value)) return 'sync.connection.badUrl';
  const url = value.trim().replace(/\/+$/, '');
  if (url === allowed.inUse || isSafeTransport(url, allowed.intranetHttp)) return null;
  return 'sync.connection.plainHttp';
}

/** Typed-in values as credentials: trimmed, without a trailing slash on the address. */
export function toCredentials(values: ConnectionFormValues): StationCredentials {
  return {
    serverUrl: values.serverUrl.trim().replace(/\/+$/, ''),
    database: values.database.trim(),
    username: values.username.trim(),
    password: values.password,
    ...(values.updateUrl === undefined ? {} : { updateUrl: values.updateUrl }),
    ...(values.bundleKey === undefined ? {} : { bundleKey: values.bundleKey }),
  };
}

/** True when the station's password travels unencrypted to another machine (an intranet the city allowed). */
export function isUnencryptedRemote(serverUrl: string): boolean {
  if (!URL.canParse(serverUrl)) return false;
  const url = new URL(serverUrl);
  return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}
