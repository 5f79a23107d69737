import { z } from 'zod';
import { type CouchClient, dbPath, query } from './client';
import { okSchema } from './responses';
import { serverKind } from './serverKind';

/**
 * A database's whole history as CouchDB keeps it: every document with every leaf revision (conflicting
 * versions and deletions included), the bodies of those revisions and of earlier ones still on disk, and
 * `_purge`, which removes revisions for good (a deletion only adds a tombstone).
 */
export interface DocLeaves {
  id: string;
  /** Every leaf revision: the winner, conflicting ones, and deleted branches. */
  revs: string[];
  /** The winning revision is a deletion. */
  deleted: boolean;
}

/** Changes read per request, and a bound far above any station database (2,000 pages of 1,000). */
const CHANGES_PAGE = 1000;
const MAX_CHANGES_PAGES = 2000;
/** CouchDB's own limits per request: `_bulk_get` takes any number, `_purge` 100 ids by default. */
const BULK_GET_CHUNK = 100;
const PURGE_CHUNK = 50;

const changesSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(z.looseObject({ rev: z.string() })),
      deleted: z.boolean().optional(),
    }),
  ),
  last_seq: z.union([z.string(), z.number()]),
});

/** Every document of `db` (design documents too) whose id `keep` accepts, with all its leaf revisions. */
export async function everyDocLeaves(client: CouchClient, db: string, keep: (id: string) => boolean = () => true): Promise<DocLeaves[]> {
  const out: DocLeaves[] = [];
  let since: string | number = 0;
  for (let page = 0; page < MAX_CHANGES_PAGES; page++) {
    const answer: z.infer<typeof changesSchema> = await client.get(dbPath(db, `/_changes${query({ style: 'all_docs', limit: CHANGES_PAGE, since })}`), changesSchema);
    for (const row of answer.results) {
      if (keep(row.id)) out.push({ id: row.id, revs: row.changes.map((c) => c.rev), deleted: row.deleted === true });
    }
    since = answer.last_seq;
    if (answer.results.length < CHANGES_PAGE) return out;
  }
  throw new Error(`${db}: more than ${CHANGES_PAGE * MAX_CHANGES_PAGES} changes`);
}

const bulkGetSchema = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), docs: z.array(z.looseObject({ ok: z.record(z.string(), z.unknown()).optional() })) })),
});

export type StoredBody = Record<string, unknown> & { _id: string; _rev: string };

function isStoredBody(value: Record<string, unknown> | undefined): value is StoredBody {
  return typeof value?._id === 'string' && typeof value._rev === 'string';
}

/**
 * The bodies of these revisions that the database still has, each with `_revisions` (the ids of the
 * revisions before it, whose bodies stay on disk until the database is compacted).
 */
export async function readRevisions(client: CouchClient, db: string, wanted: ReadonlyArray<{ id: string; rev: string }>): Promise<StoredBody[]> {
  const out: StoredBody[] = [];
  for (let i = 0; i < wanted.length; i += BULK_GET_CHUNK) {
    const docs = wanted.slice(i, i + BULK_GET_CHUNK);
    const answer = await client.post(dbPath(db, '/_bulk_get?revs=true'), { docs }, bulkGetSchema);
    for (const result of answer.results) {
      for (const entry of result.docs) if (isStoredBody(entry.ok)) out.push(entry.ok);
    }
  }
  return out;
}

/** The revision ids before `body`'s own, newest first, from its `_revisions`. */
export function earlierRevisions(body: StoredBody): string[] {
  const revisions = body._revisions;
  if (typeof revisions !== 'object' || revisions === null) return [];
  const { start, ids } = revisions as { start?: unknown; ids?: unknown };
  if (typeof start !== 'number' || !Array.isArray(ids)) return [];
  return ids.slice(1).map((hash, index) => `${start - index - 1}-${String(hash)}`);
}

const purgeSchema = z.looseObject({ purged: z.record(z.string(), z.array(z.string())) });

/** Purges the given leaf revisions; all leaves of a document gone, the document is gone with its history. */
export async function purgeRevisions(client: CouchClient, db: string, leaves: readonly DocLeaves[]): Promise<number> {
  let purged = 0;
  for (let i = 0; i < leaves.length; i += PURGE_CHUNK) {
    const body = Object.fromEntries(leaves.slice(i, i + PURGE_CHUNK).map((doc) => [doc.id, doc.revs]));
    const answer = await client.post(dbPath(db, '/_purge'), body, purgeSchema);
    for (const revs of Object.values(answer.purged)) purged += revs.length;
  }
  return purged;
}

/** Starts compaction, which drops from disk the bodies of revisions that are no longer leaves (and of purged ones). */
export async function compact(client: CouchClient, db: string): Promise<void> {
  await client.post(dbPath(db, '/_compact'), {}, okSchema);
}

const bulkDocsSchema = z.array(z.looseObject({ id: z.string() }));

/**
 * Removes documents with their history: `_purge` on CouchDB. pouchdb-server (the development stand-in) has
 * no `_purge`: there the live ones are deleted (bare tombstones), which is all it can do.
 */
export async function removeForGood(client: CouchClient, db: string, leaves: readonly DocLeaves[]): Promise<'purged' | 'deleted'> {
  if (leaves.length === 0) return 'purged';
  if ((await serverKind(client)) === 'couchdb') {
    await purgeRevisions(client, db, leaves);
    return 'purged';
  }
  const live = leaves.filter((doc) => !doc.deleted);
  for (let i = 0; i < live.length; i += PURGE_CHUNK) {
    const docs = live.slice(i, i + PURGE_CHUNK).flatMap((doc) => doc.revs.map((rev) => ({ _id: doc.id, _rev: rev, _deleted: true })));
    await client.post(dbPath(db, '/_bulk_docs'), { docs }, bulkDocsSchema);
  }
  return 'deleted';
}
