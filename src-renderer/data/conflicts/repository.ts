import { map, type Observable } from 'rxjs';
import type { WriteContext } from '../../domain/entities/common';
import type { ConflictDoc } from '../../domain/entities/conflict';
import { RECORD_TYPE_LIST } from '../../records/registry';
import { collectionOf, type LedgerDatabase } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { toPlain } from '../repository';
import { mergeVersions, validateMerged, withCarriedFields, type Side } from './merge';

export type ConflictRepository = ReturnType<typeof createConflictRepository>;

/** What the review needs of a record collection, whatever its document type. */
interface RecordStore {
  storageInstance: {
    findDocumentsById(ids: string[], withDeleted: boolean): Promise<(Record<string, unknown> & { _deleted: boolean })[]>;
  };
  findOne(id: string): { exec(): Promise<{ incrementalRemove(): Promise<unknown> } | null> };
  upsert(doc: Record<string, unknown>): Promise<unknown>;
}

/** Everything the station replicates except the conflict register itself can be in conflict, by collection name. */
export function conflictRecordStores(db: LedgerDatabase): Map<string, RecordStore> {
  const types = RECORD_TYPE_LIST.filter((t) => t.docType !== 'conflict');
  return new Map<string, RecordStore>(types.map((t) => [t.collection, collectionOf(db, t.collection)]));
}

/** Both sides of one conflict as the review screen shows them. */
export interface ConflictVersions {
  conflict: ConflictDoc;
  /** The record as it is in its collection now (the winner, or whatever it became since); null if gone. */
  current: Record<string, unknown> | null;
  currentDeleted: boolean;
  /** The version that lost. */
  other: Record<string, unknown>;
  otherDeleted: boolean;
}

function parseVersion(json: string): Record<string, unknown> {
  const value: unknown = JSON.parse(json);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out = { ...(value as Record<string, unknown>) };
  delete out._deleted;
  return out;
}

/**
 * The conflict register: what replication could not merge by itself, waiting for the keeper. Keeping a
 * version or merging writes an ordinary new edit (stamped now, by this PC), which then syncs everywhere.
 */
export function createConflictRepository(db: LedgerDatabase, ctx: WriteContext) {
  const conflicts = db.conflicts;
  const stamp = () => ({ updatedAt: ctx.now().toISOString(), updatedBy: ctx.deviceId });

  const stores = conflictRecordStores(db);

  function recordCollection(name: string): RecordStore {
    const store = stores.get(name);
    if (!store) throw new NotFoundError(name);
    return store;
  }

  async function find(id: string): Promise<ConflictDoc> {
    const doc = await conflicts.findOne(id).exec();
    if (!doc) throw new NotFoundError(id);
    return toPlain(doc);
  }

  async function markResolved(id: string, resolution: 'current' | 'other' | 'merged'): Promise<void> {
    const doc = await conflicts.findOne(id).exec();
    if (!doc) throw new NotFoundError(id);
    await doc.incrementalPatch({ resolved: true, resolution, ...stamp() });
  }

  /** The stored record including a deleted one, which findOne does not return. */
  async function currentOf(conflict: ConflictDoc): Promise<{ doc: Record<string, unknown> | null; deleted: boolean }> {
    const collection = recordCollection(conflict.collectionName);
    const found = await collection.storageInstance.findDocumentsById([conflict.docId], true);
    const stored = found[0];
    if (!stored) return { doc: null, deleted: false };
    const plain: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith('_')) plain[key] = value;
    }
    return { doc: plain, deleted: stored._deleted };
  }

  async function writeVersion(conflict: ConflictDoc, fields: Record<string, unknown>, base: Record<string, unknown>): Promise<void> {
    const collection = recordCollection(conflict.collectionName);
    await collection.upsert({
      ...base,
      ...fields,
      id: conflict.docId,
      stationId: base.stationId ?? ctx.stationId,
      createdAt: base.createdAt ?? ctx.now().toISOString(),
      ...stamp(),
    });
  }

  return {
    open$: (): Observable<ConflictDoc[]> =>
      conflicts
        .find({ selector: { resolved: false } })
        .$.pipe(map((docs) => docs.map(toPlain).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)))),
    // A find, not count(): RxDB refuses a count its indexes do not cover, and open conflicts are few.
    openCount$: (): Observable<number> => conflicts.find({ selector: { resolved: false } }).$.pipe(map((docs) => docs.length)),
    get: find,

    async versions(id: string): Promise<ConflictVersions> {
      const conflict = await find(id);
      const current = await currentOf(conflict);
      return {
        conflict,
        current: current.doc,
        currentDeleted: current.deleted,
        other: parseVersion(conflict.loser),
        otherDeleted: conflict.loserDeleted,
      };
    },

    /** The record stays as it is now; the other version is set aside as reviewed. */
    async keepCurrent(id: string): Promise<void> {
      await markResolved(id, 'current');
    },

    /** The other version becomes the record again (or the deletion is carried out, if the other side deleted). */
    async keepOther(id: string): Promise<void> {
      const conflict = await find(id);
      const current = await currentOf(conflict);
      if (conflict.loserDeleted) {
        const collection = recordCollection(conflict.collectionName);
        const doc = await collection.findOne(conflict.docId).exec();
        if (doc) await doc.incrementalRemove();
      } else {
        // A newer app's fields the current version has and the other lacks are kept too.
        const other = parseVersion(conflict.loser);
        await writeVersion(conflict, withCarriedFields(other, other, current.doc ?? {}), current.doc ?? {});
      }
      await markResolved(id, 'other');
    },

    /** Field by field; the result must pass the same rules as a form save. */
    async merge(id: string, choices: Readonly<Record<string, Side>>): Promise<void> {
      const conflict = await find(id);
      const current = await currentOf(conflict);
      const base = current.doc ?? parseVersion(conflict.winner);
      const merged = mergeVersions(base, parseVersion(conflict.loser), choices);
      const checked = validateMerged(conflict.collectionName, merged);
      if (!checked.ok) throw new ValidationError(checked.issues);
      await writeVersion(conflict, checked.value, base);
      await markResolved(id, 'merged');
    },
  };
}
