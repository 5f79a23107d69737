import type { StationCredentials } from '../platform/api';
import { REQUEST_TIMEOUT_MS } from './constants';
import { createCouchApi } from './couchApi';
import { createCouchClient } from './couchClient';
import { createRequestLimiter } from './requestLimiter';

/** Who this station is on the server, shown after 测试连接. */
export interface ConnectionReport {
  serverUrl: string;
  database: string;
  docCount: number;
  /** The account the server says we are logged in as; null if the server would not say. */
  user: string | null;
}

export interface TestConnectionOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Reads the station's database with the given credentials. Throws a SyncError (wrong password, no such
 * database, server down, not a CouchDB answer …) so the panel can say what is wrong in Chinese.
 */
export async function testConnection(credentials: StationCredentials, options: TestConnectionOptions = {}): Promise<ConnectionReport> {
  const client = createCouchClient({
    serverUrl: credentials.serverUrl,
    username: credentials.username,
    password: credentials.password,
    timeoutMs: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    limiter: createRequestLimiter(2),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const api = createCouchApi(client, credentials.database);
  const info = await api.info();
  let user: string | null = null;
  try {
    user = (await api.session()).userCtx.name;
  } catch {
    // The database answered, which is what matters; some set-ups do not expose /_session.
  }
  return { serverUrl: client.serverUrl, database: info.db_name, docCount: info.doc_count, user };
}
