import { SYNCED_COLLECTIONS, type SyncedCollectionSpec } from '../../sync/collections';
import { stampFor } from '../../sync/wireVersion';
import type { BackupRecord } from './format';

type Stored = Record<string, unknown>;

function isRecord(value: unknown): value is Stored {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** RxDB's local bookkeeping that is not part of the record: the write time belongs to this PC's storage only. */
const LOCAL_ONLY = new Set(['_meta', '_attachments', '_rev', '_deleted', 'id', 'unknownFields']);

/**
 * A stored document as the file keeps it: the shape sync pushes (sync/push.ts toCouch: `_id`, fields a
 * newer app wrote back at the top level, the version stamp) with its RxDB revision. Unlike a push, a
 * deletion keeps its body: the file is this PC's own copy, and the body is what a restore needs to put the
 * deleted record back as deleted.
 */
export function toBackupRecord(spec: SyncedCollectionSpec, stored: Stored, schemaVersion: number = spec.wire.schemaVersion): BackupRecord {
  const fields: Stored = {};
  for (const [key, value] of Object.entries(stored)) if (!LOCAL_ONLY.has(key)) fields[key] = value;
  return {
    ...(isRecord(stored.unknownFields) ? stored.unknownFields : {}),
    ...fields,
    // Read before an update's migration, a record carries the older version it is at: a restore migrates it.
    ...stampFor({ ...spec.wire, schemaVersion }),
    _id: String(stored.id),
    _rev: String(stored._rev),
    ...(stored._deleted === true ? { _deleted: true } : {}),
  };
}

/** The collections a backup holds, in the order a fresh PC fills up in (profile first). */
export const BACKUP_COLLECTIONS: readonly SyncedCollectionSpec[] = SYNCED_COLLECTIONS;

/** The height of an RxDB revision (`<height>-<token>`), or null when it is not one. */
export function revisionHeight(rev: unknown): number | null {
  if (typeof rev !== 'string') return null;
  const match = /^(\d+)-/.exec(rev);
  return match ? Number(match[1]) : null;
}
