import { useEffect, useState } from 'react';
import type { LedgerDatabase } from '../../data/database';
import { conflictRecordStores } from '../../data/conflicts/repository';
import { recordTypeOfCollection } from '../../records/registry';

interface Readable {
  storageInstance: { findDocumentsById(ids: string[], withDeleted: boolean): Promise<Record<string, unknown>[]> };
}

export interface RecordRef {
  collection: string;
  docId: string;
}

/** Where the keeper opens a record of each kind (its record type says). */
export function recordPath(ref: RecordRef): string | null {
  return recordTypeOfCollection(ref.collection)?.pathOf(ref.docId) ?? null;
}

/** What a person calls a record: its name, title or number; the id only when it has none. */
export function labelOf(doc: Record<string, unknown> | undefined, fallback: string): string {
  if (!doc) return fallback;
  for (const key of ['name', 'title', 'number', 'volunteerName']) {
    const value = doc[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return fallback;
}

function parseRef(text: string): RecordRef {
  const slash = text.indexOf('/');
  return { collection: text.slice(0, slash), docId: text.slice(slash + 1) };
}

/** Labels for a list of records (deleted ones included), looked up once per list. */
export function useRecordLabels(db: LedgerDatabase, refs: readonly RecordRef[]): Record<string, string> {
  const [labels, setLabels] = useState<Record<string, string>>({});
  // The refs' content as a string, so a new array holding the same records does not look them up again.
  const key = refs.map((r) => `${r.collection}/${r.docId}`).join('|');
  useEffect(() => {
    let cancelled = false;
    const byCollection: Map<string, Readable> = conflictRecordStores(db);
    const wanted = key === '' ? [] : key.split('|').map(parseRef);
    void Promise.all(
      wanted.map(async (ref) => {
        const reader = byCollection.get(ref.collection);
        const [doc] = reader ? await reader.storageInstance.findDocumentsById([ref.docId], true) : [];
        return [ref.docId, labelOf(doc, ref.docId)] as const;
      }),
    ).then((entries) => {
      if (!cancelled) setLabels(Object.fromEntries(entries));
    });
    return () => {
      cancelled = true;
    };
  }, [db, key]);
  return labels;
}
