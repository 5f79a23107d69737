import type { BulkWriteRow, RxCollection } from 'rxdb';
import type { DocMeta } from '../../domain/entities/common';
import { overStored, unwrittenDocument } from '../storageInternals';

/** Marks our writes in RxDB's change events and logs. */
export const IMPORT_WRITE_CONTEXT = 'station-ledger-import';

export interface ChunkUpdate<F> {
  id: string;
  fields: F;
}

/** A record the import meant to update was deleted meanwhile (or a new one appeared with the same identity). */
export class StaleImportError extends Error {
  constructor() {
    super('the ledger changed since the import was checked');
    this.name = 'StaleImportError';
  }
}

export class ChunkWriteError extends Error {
  constructor(readonly failed: number) {
    super(`${failed} document(s) of an import chunk could not be written`);
    this.name = 'ChunkWriteError';
  }
}

/**
 * One chunk of new and changed records in ONE storage bulk write, which the Dexie storage runs as one
 * IndexedDB transaction: a crash or a thrown error leaves none of it. The storage can still refuse single
 * documents (a conflict with a write that happened meanwhile); then the rest of the chunk is put back as
 * it was and ChunkWriteError is thrown, so a chunk never ends half-written.
 */
export async function writeChunkAtomically<F extends object, Doc extends DocMeta>(
  collection: RxCollection<Doc>,
  inserts: readonly Doc[],
  updates: readonly ChunkUpdate<F>[],
  stamp: { updatedAt: string; updatedBy: string },
): Promise<void> {
  const storage = collection.storageInstance;
  const currentDocs = updates.length > 0 ? await storage.findDocumentsById(updates.map((u) => u.id), false) : [];
  const current = new Map(currentDocs.map((d) => [d.id, d]));
  if (current.size !== updates.length) throw new StaleImportError();

  const rows: BulkWriteRow<Doc>[] = [];
  for (const doc of inserts) {
    rows.push({ document: unwrittenDocument(doc) });
  }
  for (const u of updates) {
    const previous = current.get(u.id);
    if (!previous) throw new StaleImportError();
    rows.push({ previous, document: { ...previous, ...u.fields, ...stamp } });
  }

  const result = await storage.bulkWrite(rows, IMPORT_WRITE_CONTEXT);
  if (result.error.length === 0) return;

  const failedIds = new Set(result.error.map((e) => e.documentId));
  const succeeded = rows.filter((r) => !failedIds.has(r.document.id));
  const written = new Map((await storage.findDocumentsById(succeeded.map((r) => r.document.id), true)).map((d) => [d.id, d]));
  const undo: BulkWriteRow<Doc>[] = [];
  for (const row of succeeded) {
    const now = written.get(row.document.id);
    if (!now) continue;
    undo.push({
      previous: now,
      // A new record is taken back out; a changed one gets its old content back.
      document: row.previous ? overStored(row.previous, now) : { ...now, _deleted: true },
    });
  }
  if (undo.length > 0) await storage.bulkWrite(undo, IMPORT_WRITE_CONTEXT);
  throw new ChunkWriteError(failedIds.size);
}
