import { type CouchClient, dbPath, docPath } from './client';
import { dbInfoSchema, okSchema, securitySchema, storedDocSchema, writeResultSchema } from './responses';
import { sameJson } from './sameJson';

/**
 * Idempotent set-up steps: each reads first and writes only when the server differs from what we want,
 * so running `init` twice leaves no new revisions.
 */
export type Outcome = 'created' | 'updated' | 'unchanged';

export interface NamesAndRoles {
  names: string[];
  roles: string[];
}

export interface Security {
  admins: NamesAndRoles;
  members: NamesAndRoles;
}

export type CouchDocument = { _id: string } & Record<string, unknown>;

export async function ensureDatabase(client: CouchClient, db: string): Promise<Outcome> {
  const info = await client.request('GET', dbPath(db), dbInfoSchema, { nullOn: [404] });
  if (info !== null) return 'unchanged';
  // 412: someone created it between our two requests; that is what we wanted.
  const created = await client.request('PUT', dbPath(db), okSchema, { nullOn: [412] });
  return created === null ? 'unchanged' : 'created';
}

function normalise(side: { names?: string[] | undefined; roles?: string[] | undefined } | undefined): NamesAndRoles {
  return { names: [...(side?.names ?? [])].sort(), roles: [...(side?.roles ?? [])].sort() };
}

export async function ensureSecurity(client: CouchClient, db: string, wanted: Security): Promise<Outcome> {
  const current = await client.get(dbPath(db, '/_security'), securitySchema);
  const same =
    sameJson(normalise(current.admins), normalise(wanted.admins)) && sameJson(normalise(current.members), normalise(wanted.members));
  if (same) return 'unchanged';
  await client.put(dbPath(db, '/_security'), wanted, okSchema);
  return 'updated';
}

export async function ensureDocument(client: CouchClient, db: string, doc: CouchDocument): Promise<Outcome> {
  const existing = await client.getOrNull(docPath(db, doc._id), storedDocSchema);
  if (existing === null) {
    await client.put(docPath(db, doc._id), doc, writeResultSchema);
    return 'created';
  }
  const { _rev: rev, ...stored } = existing;
  if (sameJson(stored, doc)) return 'unchanged';
  await client.put(docPath(db, doc._id), { ...doc, _rev: rev }, writeResultSchema);
  return 'updated';
}
