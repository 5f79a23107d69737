import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCouchGuard } from '../../../src-city/standIn/couchGuard';
import { startPouchServer } from '../../../src-city/standIn/pouchServer';
import { realCouchFromEnv, stopRealCouchJobs, wipeRealCouch } from './realCouch';

export interface CouchServer {
  /** Where to talk to: the real CouchDB, or the guard in front of the stand-in (CouchDB 3.5 semantics). */
  url: string;
  admin: { username: string; password: string };
  /** What a guard started by a test proxies to: the real CouchDB, or pouchdb-server itself. */
  upstreamUrl: string;
  /** True on a real Apache CouchDB (`COUCHDB_URL`), false on the stand-in. */
  real: boolean;
  stop(): Promise<void>;
}

/**
 * The server a test file runs on: the real Apache CouchDB named by `COUCHDB_URL`, wiped for this file, or,
 * without it, the stand-in (the global set-up says so once per run).
 */
export async function startCouchServer(): Promise<CouchServer> {
  const real = realCouchFromEnv();
  if (real === null) return startStandIn();
  await wipeRealCouch(real);
  return { url: real.url, admin: real.admin, upstreamUrl: real.url, real: true, stop: () => stopRealCouchJobs(real) };
}

/**
 * The stand-in for one test file: pouchdb-server in memory on a free 127.0.0.1 port, as a
 * child process, behind the guard proxy. Start it in beforeAll and stop it in afterAll; it is also
 * killed if the test process exits first.
 *
 * What the stand-in still cannot do like CouchDB 3.5 (tests that depend on these say so in their name):
 * - `reason: "missing"` for a deleted document where CouchDB says `"deleted"`;
 * - integer update sequences (CouchDB's are opaque strings; never parse them);
 * - CORS: the guard answers preflights and adds CORS headers for any origin, as CouchDB does with CORS enabled for the app;
 * - `_changes?filter=_selector` is not supported (use filter=_view or _doc_ids);
 * - a map function that throws inside `_changes?filter=_view` crashes the whole server;
 * - `_scheduler/docs` does not exist (replication state is written into the `_replicator` document);
 * - design documents pass through map functions (CouchDB skips them unless `include_design` is set).
 */
export async function startStandIn(): Promise<CouchServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'couch-stand-in-'));
  const admin = { username: 'city-admin', password: randomBytes(18).toString('base64url') };
  try {
    const pouch = await startPouchServer({ dir, inMemory: true, admin });
    const guard = await startCouchGuard({ upstreamUrl: pouch.url, admin });
    return {
      url: guard.url,
      admin,
      upstreamUrl: pouch.url,
      real: false,
      stop: async () => {
        await guard.stop();
        await pouch.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
