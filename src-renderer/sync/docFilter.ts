import { docTypeOf } from '../domain/ids';
import type { SyncedCollectionSpec } from './collections';

/** Why a document from the server was kept out of the collection. */
export type DropReason = 'design' | 'noId' | 'wrongType' | 'invalid' | 'otherStation';

export type Admission =
  | { ok: true; doc: Record<string, unknown> & { id: string; _deleted: boolean } }
  /** A deletion whose body is gone or malformed: the caller applies it to the local copy if there is one. */
  | { ok: false; tombstone: true; id: string }
  | { ok: false; tombstone: false; id: string; reason: DropReason };

/** CouchDB's own fields; nothing of ours starts with an underscore. */
function bodyOf(raw: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith('_')) body[key] = value;
  }
  return body;
}

/**
 * The gate every pulled document passes: design and local documents, documents of another type or another
 * station, and documents that fail the domain zod schema never reach a collection. The CouchDB `_id`
 * becomes our `id` (as RxDB's couchdb plugin does in couchDBDocToRxDocData) and `_rev` is left behind.
 */
export function admitPulledDoc(spec: SyncedCollectionSpec, raw: unknown, stationId: string): Admission {
  if (!raw || typeof raw !== 'object') return { ok: false, tombstone: false, id: '', reason: 'noId' };
  const doc = raw as Record<string, unknown>;
  const id = doc._id;
  if (typeof id !== 'string' || id === '') return { ok: false, tombstone: false, id: '', reason: 'noId' };
  if (id.startsWith('_design/') || id.startsWith('_local/')) return { ok: false, tombstone: false, id, reason: 'design' };
  if (spec.docType !== null && docTypeOf(id) !== spec.docType) return { ok: false, tombstone: false, id, reason: 'wrongType' };

  const deleted = doc._deleted === true;
  const body = bodyOf(doc);
  if (body.id !== undefined && body.id !== id) {
    return deleted ? { ok: false, tombstone: true, id } : { ok: false, tombstone: false, id, reason: 'invalid' };
  }
  const parsed = spec.docSchema.safeParse({ ...body, id });
  if (!parsed.success) {
    return deleted ? { ok: false, tombstone: true, id } : { ok: false, tombstone: false, id, reason: 'invalid' };
  }
  if (spec.source === 'station' && parsed.data.stationId !== stationId) {
    return { ok: false, tombstone: false, id, reason: 'otherStation' };
  }
  return { ok: true, doc: { ...parsed.data, id, _deleted: deleted } };
}
