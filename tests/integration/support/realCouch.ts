import { basicAuthHeader, type CouchCredentials } from '../../../src-city/couch/client';
import { CITY_EXPOSED_HEADERS } from '../../../src-city/standIn/couchGuard';

/** The real Apache CouchDB the tests run on when `COUCHDB_URL` names one (admin credentials in the URL). */
export interface RealCouch {
  url: string;
  admin: CouchCredentials;
}

/** Databases CouchDB itself owns: emptied of our documents, never deleted. */
const SYSTEM_DATABASES = new Set(['_users', '_replicator', '_global_changes']);
const REQUEST_TIMEOUT_MS = 30_000;
/** A wipe deletes at most this many documents per system database: far more than any test file writes. */
const WIPE_PAGE = 10_000;

/**
 * `COUCHDB_URL`, e.g. `http://admin:secret@127.0.0.1:5984`, split into the bare URL and the admin. Null when
 * unset; an error when it is set but unusable, so a typo never silently falls back to the stand-in.
 */
export function realCouchFromEnv(value = process.env.COUCHDB_URL): RealCouch | null {
  if (value === undefined || value.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    throw new Error('COUCHDB_URL is not a URL: give it as http://admin:PASSWORD@127.0.0.1:5984');
  }
  if (parsed.username === '' || parsed.password === '') {
    throw new Error('COUCHDB_URL carries no admin name and password: give it as http://admin:PASSWORD@127.0.0.1:5984');
  }
  const admin = { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString().replace(/\/+$/, ''), admin };
}

async function call(couch: RealCouch, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(couch.url + path, {
    method,
    headers: {
      authorization: basicAuthHeader(couch.admin),
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: keep the text for the error message.
  }
  return { status: response.status, body: parsed };
}

async function must(couch: RealCouch, method: string, path: string, body?: unknown): Promise<unknown> {
  const answer = await call(couch, method, path, body);
  if (answer.status >= 400) throw new Error(`${method} ${path} on COUCHDB_URL answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Deletes every non-design document of a system database (test users, roll-up jobs). */
async function emptySystemDatabase(couch: RealCouch, db: string): Promise<void> {
  const answer = await call(couch, 'GET', `/${db}/_all_docs?limit=${WIPE_PAGE}`);
  if (answer.status === 404) {
    await must(couch, 'PUT', `/${db}`);
    return;
  }
  const rows = (answer.body as { rows?: { id: string; value: { rev: string } }[] }).rows ?? [];
  const docs = rows.filter((row) => !row.id.startsWith('_design/')).map((row) => ({ _id: row.id, _rev: row.value.rev, _deleted: true }));
  if (docs.length > 0) await must(couch, 'POST', `/${db}/_bulk_docs`, { docs });
}

/**
 * Gives a test file a clean server: the roll-up jobs stopped first (so none writes into a database being
 * deleted), then every database of ours deleted and every account removed. CORS is switched on as the city
 * does for the app (the browser tests call the server from another origin). Test files that use the real
 * server run one at a time (see vitest.config.ts), so one file's wipe never pulls the floor from another.
 */
export async function wipeRealCouch(couch: RealCouch): Promise<void> {
  await emptySystemDatabase(couch, '_replicator');
  const dbs = (await must(couch, 'GET', '/_all_dbs')) as string[];
  for (const db of dbs) {
    if (!SYSTEM_DATABASES.has(db)) await must(couch, 'DELETE', `/${encodeURIComponent(db)}`);
  }
  await emptySystemDatabase(couch, '_users');
  const cors: [string, string][] = [
    ['chttpd/enable_cors', 'true'],
    ['cors/origins', '*'],
    ['cors/credentials', 'true'],
    ['cors/headers', 'accept, authorization, content-type, origin, referer'],
    ['cors/methods', 'GET, PUT, POST, HEAD, DELETE'],
    // As the README tells the city: CouchDB's own list, plus `date` for the app's clock check.
    ['cors/exposed_headers', CITY_EXPOSED_HEADERS],
  ];
  for (const [key, value] of cors) await must(couch, 'PUT', `/_node/_local/_config/${key}`, value);
}

/** At the end of a test file: its roll-up jobs stop, so they do not load the server under the next file. */
export async function stopRealCouchJobs(couch: RealCouch): Promise<void> {
  await emptySystemDatabase(couch, '_replicator');
}
