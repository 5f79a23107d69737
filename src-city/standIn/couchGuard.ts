import { Agent, type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { type CouchCredentials, basicAuthHeader } from '../couch/client';

/**
 * A thin proxy in front of pouchdb-server that answers the way Apache CouchDB 3.5 does where the stand-in
 * does not, so that what passes against it also holds against the city's real server. It decides from
 * the caller's session (asked of the stand-in with the caller's own credentials) and the database's
 * `_security`; everything it does not refuse is passed through untouched, streams included.
 *
 * Rules (each names the CouchDB behaviour it stands in for):
 * 1. Creating or deleting a database (`PUT|DELETE /{db}`) needs a server admin. CouchDB answers 401
 *    "You are not a server admin."; pouchdb-server crashes on a non-admin `PUT /{newdb}`.
 * 2. `GET /_all_dbs` is for server admins only (CouchDB 3 default `[chttpd] admin_only_all_dbs = true`);
 *    pouchdb-server lists every database to anyone.
 * 3. An authenticated user who is not a member (or admin) of a database gets 403 forbidden "You are not
 *    allowed to access this db."; an anonymous caller 401. pouchdb-server says 401 to both.
 * 4. A database whose `_security` was never set is admin-only (CouchDB 3 `[couchdb] default_security =
 *    admin_only`; `_users` and `_replicator` are created that way). pouchdb-server makes it public, and
 *    lets a user add roles to itself with one `PUT /_users/org.couchdb.user:<self>`, answers 500 to a
 *    user reading `_users` or `_replicator`, and would show `_replicator` jobs' credentials.
 * 5. A member who is not a database admin cannot change `_security`: CouchDB 3.5 answers 500
 *    {"error":"error","reason":"no_majority"} (measured); pouchdb-server says 401.
 * 6. After 5 failed logins of one account name, every request with that name answers 403 {"error":"forbidden",
 *    "reason":"Account is temporarily locked due to multiple authentication failures"} for 5 minutes, even
 *    with the right password (CouchDB 3.4+ `[chttpd_auth_lockout]`, measured on 3.5); pouchdb-server never locks.
 * Server admins always pass straight through.
 *
 * One endpoint pouchdb-server lacks is answered by the guard itself, as CouchDB 3 answers it: `POST
 * /{db}/_local_docs` with `keys` (and `include_docs`), a 200 listing each `_local` document or `not_found`,
 * so the app can look for one without a 404.
 *
 * CORS, as CouchDB 3 answers with `[chttpd] enable_cors = true`, `[cors] origins = *`, `credentials = true`,
 * `exposed_headers = CITY_EXPOSED_HEADERS`
 * (the browser build of the app calls the server from another origin): a valid preflight (`OPTIONS` with
 * Origin and Access-Control-Request-Method, asking only for supported methods and headers) is answered
 * 204 by the guard itself, before any rule, since browsers send preflights without credentials; every
 * other answer to a request with an Origin carries the origin back, with credentials allowed and the
 * CouchDB headers exposed. pouchdb-server's own CORS headers are replaced by these.
 */
export interface CouchGuardOptions {
  upstreamUrl: string;
  admin: CouchCredentials;
  host?: string;
  port?: number;
}

export interface CouchGuard {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Session {
  name: string | null;
  roles: string[];
}

const namesAndRoles = z.looseObject({ names: z.array(z.string()).optional(), roles: z.array(z.string()).optional() });
const securitySchema = z.looseObject({ admins: namesAndRoles.optional(), members: namesAndRoles.optional() });
type Security = z.infer<typeof securitySchema>;
const sessionSchema = z.looseObject({ userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) }) });

interface Refusal {
  status: number;
  error: string;
  reason: string;
}

/** CouchDB 3.4+ `[chttpd_auth_lockout]` defaults: `threshold = 5`, `max_lifetime = 300000` (ms). */
const LOCKOUT_THRESHOLD = 5;
const LOCKOUT_MS = 5 * 60 * 1000;
const LOCKED: Refusal = { status: 403, error: 'forbidden', reason: 'Account is temporarily locked due to multiple authentication failures' };

/** The account name of a Basic Authorization header, or null. */
function basicName(header: string | undefined): string | null {
  if (header?.startsWith('Basic ') !== true) return null;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : null;
}

const NOT_SERVER_ADMIN: Refusal = { status: 401, error: 'unauthorized', reason: 'You are not a server admin.' };

function listed(side: z.infer<typeof namesAndRoles> | undefined, session: Session): boolean {
  if (side === undefined) return false;
  return (session.name !== null && (side.names ?? []).includes(session.name)) || (side.roles ?? []).some((r) => session.roles.includes(r));
}

function isDbAdmin(security: Security, session: Session): boolean {
  return listed(security.admins, session);
}

function isMember(security: Security, session: Session): boolean {
  if (security.members === undefined && security.admins === undefined) return false;
  const members = security.members ?? {};
  const open = (members.names ?? []).length === 0 && (members.roles ?? []).length === 0;
  return open || listed(security.members, session) || isDbAdmin(security, session);
}

function notAllowed(session: Session): Refusal {
  return session.name === null
    ? { status: 401, error: 'unauthorized', reason: 'You are not authorized to access this db.' }
    : { status: 403, error: 'forbidden', reason: 'You are not allowed to access this db.' };
}

/** `[cors] methods` default in CouchDB 3. */
const CORS_METHODS = ['GET', 'PUT', 'POST', 'HEAD', 'DELETE'];
/** CouchDB 3's supported request headers (chttpd_cors SUPPORTED_HEADERS); a preflight asking for others is no preflight. */
const CORS_SUPPORTED_HEADERS = new Set([
  'accept',
  'accept-language',
  'authorization',
  'content-length',
  'content-range',
  'content-type',
  'destination',
  'expires',
  'if-match',
  'last-modified',
  'origin',
  'pragma',
  'x-couch-full-commit',
  'x-couch-id',
  'x-couch-persist',
  'x-couchdb-www-authenticate',
  'x-http-method-override',
  'x-requested-with',
  'x-couchdb-vhost-path',
]);
/**
 * `[cors] exposed_headers` as the README tells the city to set it: CouchDB's default list plus `date`, which
 * the app reads to warn about a PC clock far off the server's (setting the option replaces the default).
 */
export const CITY_EXPOSED_HEADERS = 'accept-ranges, etag, server, x-couch-request-id, x-couch-update-newrev, x-couchdb-body-time, date';
const CORS_EXPOSED_HEADERS = `cache-control, content-type, ${CITY_EXPOSED_HEADERS}`;
/** Seconds a browser may cache a preflight answer (CouchDB's default). */
const CORS_MAX_AGE_S = 600;

function originOf(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  return origin === undefined || origin === '' ? null : origin;
}

/** The preflight answer's headers, or null when the request is no valid preflight (CouchDB then treats it like every other request). */
function preflightHeaders(req: IncomingMessage): Record<string, string> | null {
  const origin = originOf(req);
  const method = req.headers['access-control-request-method'];
  if (req.method !== 'OPTIONS' || origin === null || method === undefined) return null;
  if (!CORS_METHODS.includes(method.toUpperCase())) return null;
  const asked = (req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
  if (!asked.every((h) => CORS_SUPPORTED_HEADERS.has(h))) return null;
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': CORS_METHODS.join(', '),
    'access-control-allow-headers': asked.join(', '),
    'access-control-max-age': String(CORS_MAX_AGE_S),
    vary: 'Origin',
  };
}

/** An answer's headers with the upstream's CORS headers replaced by CouchDB's, for a request with an Origin. */
function withCors(req: IncomingMessage, headers: Record<string, string | string[] | number | undefined>): Record<string, string | string[] | number | undefined> {
  const origin = originOf(req);
  if (origin === null) return headers;
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.toLowerCase().startsWith('access-control-')));
  return {
    ...kept,
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': CORS_EXPOSED_HEADERS,
  };
}

function pathSegments(rawUrl: string): string[] {
  const pathname = new URL(rawUrl, 'http://guard').pathname;
  return pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
}

export async function startCouchGuard(options: CouchGuardOptions): Promise<CouchGuard> {
  const upstream = new URL(options.upstreamUrl);
  const adminAuth = basicAuthHeader(options.admin);
  const agent = new Agent({ keepAlive: true });

  async function sessionOf(req: IncomingMessage): Promise<Session | null> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (req.headers.authorization !== undefined) headers.authorization = req.headers.authorization;
    if (req.headers.cookie !== undefined) headers.cookie = req.headers.cookie;
    const response = await fetch(new URL('/_session', upstream), { headers });
    const body: unknown = await response.json();
    // Wrong credentials: the stand-in itself answers 401 to the real request.
    if (!response.ok) return null;
    return sessionSchema.parse(body).userCtx;
  }

  async function securityOf(db: string): Promise<Security | null> {
    const response = await fetch(new URL(`/${encodeURIComponent(db)}/_security`, upstream), {
      headers: { authorization: adminAuth, accept: 'application/json' },
    });
    const body: unknown = await response.json();
    if (!response.ok) return null;
    return securitySchema.parse(body);
  }

  /** Failed logins per account name: how many, and when the first of them was (rule 6). */
  const failedLogins = new Map<string, { count: number; since: number }>();

  function lockedOut(name: string): boolean {
    const failed = failedLogins.get(name);
    if (failed === undefined) return false;
    if (Date.now() - failed.since > LOCKOUT_MS) {
      failedLogins.delete(name);
      return false;
    }
    return failed.count >= LOCKOUT_THRESHOLD;
  }

  async function verdict(req: IncomingMessage): Promise<Refusal | null> {
    const name = basicName(req.headers.authorization);
    if (name !== null && lockedOut(name)) return LOCKED;
    const session = await sessionOf(req);
    if (session === null && name !== null) {
      const failed = failedLogins.get(name) ?? { count: 0, since: Date.now() };
      failedLogins.set(name, { ...failed, count: failed.count + 1 });
    }
    if (session === null || session.roles.includes('_admin')) return null;
    const method = req.method ?? 'GET';
    const [db, second] = pathSegments(req.url ?? '/');
    if (db === undefined) return null;
    if (db === '_all_dbs') return NOT_SERVER_ADMIN;
    if (db.startsWith('_') && db !== '_users' && db !== '_replicator') return null;
    if (second === undefined && (method === 'PUT' || method === 'DELETE')) return NOT_SERVER_ADMIN;
    const security = await securityOf(db);
    if (security === null) return null;
    if (!isMember(security, session)) return notAllowed(session);
    if (second === '_security' && method !== 'GET' && method !== 'HEAD' && !isDbAdmin(security, session)) {
      return { status: 500, error: 'error', reason: 'no_majority' };
    }
    return null;
  }

  function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
    req.resume();
    const body = JSON.stringify({ error: refusal.error, reason: refusal.reason });
    res.writeHead(refusal.status, withCors(req, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }));
    res.end(body);
  }

  function forward(req: IncomingMessage, res: ServerResponse): void {
    const outgoing = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
        agent,
      },
      (incoming) => {
        res.writeHead(incoming.statusCode ?? 502, withCors(req, incoming.headers));
        incoming.pipe(res);
      },
    );
    outgoing.on('error', () => {
      if (!res.headersSent) refuse(req, res, { status: 502, error: 'bad_gateway', reason: 'The CouchDB stand-in did not answer.' });
      else res.destroy();
    });
    // A caller that gives up (a long poll cancelled) must not leave the upstream request hanging.
    res.on('close', () => {
      if (!res.writableFinished) outgoing.destroy();
    });
    req.pipe(outgoing);
  }

  /** `POST /{db}/_local_docs {keys}` as CouchDB 3 answers it, from one upstream GET per key (the caller's own credentials). */
  async function localDocs(req: IncomingMessage, res: ServerResponse, db: string): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const keys = z.object({ keys: z.array(z.string()).max(1000) }).parse(JSON.parse(Buffer.concat(chunks).toString('utf8'))).keys;
    const includeDocs = new URL(req.url ?? '/', 'http://guard').searchParams.get('include_docs') === 'true';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (req.headers.authorization !== undefined) headers.authorization = req.headers.authorization;
    const rows = [];
    for (const key of keys) {
      const response = await fetch(new URL(`/${encodeURIComponent(db)}/${key.split('/').map(encodeURIComponent).join('/')}`, upstream), { headers });
      const doc = (await response.json()) as Record<string, unknown>;
      rows.push(response.ok ? { id: key, key, value: { rev: doc._rev }, ...(includeDocs ? { doc } : {}) } : { key, error: 'not_found' });
    }
    const body = JSON.stringify({ total_rows: null, offset: null, rows });
    res.writeHead(200, withCors(req, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }));
    res.end(body);
  }

  function pass(req: IncomingMessage, res: ServerResponse): void {
    const [db, second] = pathSegments(req.url ?? '/');
    if (db !== undefined && second === '_local_docs' && req.method === 'POST') {
      localDocs(req, res, db).catch(() => refuse(req, res, { status: 400, error: 'bad_request', reason: 'keys must be a list of _local ids' }));
      return;
    }
    forward(req, res);
  }

  const server = createServer((req, res) => {
    const preflight = preflightHeaders(req);
    if (preflight !== null) {
      req.resume();
      res.writeHead(204, preflight);
      res.end();
      return;
    }
    verdict(req).then(
      (refusal) => (refusal === null ? pass(req, res) : refuse(req, res, refusal)),
      // Fail closed: a guard that cannot decide must not let the request through.
      () => refuse(req, res, { status: 502, error: 'bad_gateway', reason: 'The CouchDB stand-in did not answer.' }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
