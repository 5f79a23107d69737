import { docTypeOf } from '../domain/ids';
import type { SyncedCollectionSpec } from './collections';
import { migrateUp, stampOf, withoutStamp } from './wireVersion';

/**
 * Why a document from the server was kept out of the collection. 'invalid' and 'newerMajor' are real
 * records of this type that this app cannot read: they stay on the server untouched (a push over one
 * first records it as a conflict, see push.ts) and are shown, never quietly replaced.
 */
export type DropReason = 'design' | 'noId' | 'wrongType' | 'invalid' | 'newerMajor' | 'otherStation';

export type Admission =
  | { ok: true; doc: Record<string, unknown> & { id: string; _deleted: boolean } }
  /** A deletion whose body is gone or malformed: the caller applies it to the local copy if there is one. */
  | { ok: false; tombstone: true; id: string }
  | { ok: false; tombstone: false; id: string; reason: DropReason };

/** Where a record's unknown fields are kept locally (domain/entities/common.ts). */
const UNKNOWN_FIELDS = 'unknownFields';

/** CouchDB's own fields; nothing of ours starts with an underscore. */
function bodyOf(raw: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith('_')) body[key] = value;
  }
  return body;
}

/**
 * Splits a body into the fields this app's schema names and the rest. The rest is kept whole: a newer
 * app wrote it, and it goes back to the server with our next push of the record. A wire field that
 * happens to be called `unknownFields` is one of the rest, never our local slot.
 */
function splitKnown(spec: SyncedCollectionSpec, body: Record<string, unknown>) {
  const shape = spec.docSchema.shape;
  const known: Record<string, unknown> = {};
  const unknown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key !== UNKNOWN_FIELDS && Object.hasOwn(shape, key)) known[key] = value;
    else unknown[key] = value;
  }
  // The city catalogue is never pushed back, so it has no slot for them and need not keep them.
  const keeps = Object.hasOwn(shape, UNKNOWN_FIELDS) && Object.keys(unknown).length > 0;
  return { known, unknown: keeps ? unknown : null };
}

/**
 * The gate every pulled document passes: design and local documents, documents of another type or another
 * station, and documents that fail the domain zod schema never reach a collection. The CouchDB `_id`
 * becomes our `id` (as RxDB's couchdb plugin does in couchDBDocToRxDocData) and `_rev` is left behind.
 *
 * Documents of other app versions: the version stamp is read and left behind; a document of an older
 * version is migrated as RxDB migrates stored ones; one of a newer major is kept out; fields this app does
 * not know are kept in `unknownFields` rather than stripped.
 */
export function admitPulledDoc(spec: SyncedCollectionSpec, raw: unknown, stationId: string): Admission {
  if (!raw || typeof raw !== 'object') return { ok: false, tombstone: false, id: '', reason: 'noId' };
  const doc = raw as Record<string, unknown>;
  const id = doc._id;
  if (typeof id !== 'string' || id === '') return { ok: false, tombstone: false, id: '', reason: 'noId' };
  if (id.startsWith('_design/') || id.startsWith('_local/')) return { ok: false, tombstone: false, id, reason: 'design' };
  if (spec.docType !== null && docTypeOf(id) !== spec.docType) return { ok: false, tombstone: false, id, reason: 'wrongType' };

  const deleted = doc._deleted === true;
  const unreadable = (reason: DropReason): Admission => (deleted ? { ok: false, tombstone: true, id } : { ok: false, tombstone: false, id, reason });
  const body = bodyOf(doc);
  if (body.id !== undefined && body.id !== id) return unreadable('invalid');
  const stamp = stampOf(body);
  if (!stamp) return unreadable('invalid');
  if (stamp.major > spec.wire.major) return unreadable('newerMajor');
  const current = stamp.version < spec.wire.schemaVersion ? migrateUp(spec.wire, { ...withoutStamp(body), id }, stamp.version) : withoutStamp(body);
  if (!current) return unreadable('invalid');

  const { known, unknown } = splitKnown(spec, current);
  const parsed = spec.docSchema.safeParse({ ...known, id });
  if (!parsed.success) return unreadable('invalid');
  if (spec.source === 'station' && parsed.data.stationId !== stationId) {
    return { ok: false, tombstone: false, id, reason: 'otherStation' };
  }
  return { ok: true, doc: { ...parsed.data, ...(unknown ? { [UNKNOWN_FIELDS]: unknown } : {}), id, _deleted: deleted } };
}
