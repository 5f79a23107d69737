import type { SyncedCollectionSpec } from './collections';
import type { CouchApi, Sequence, ViewFilter } from './couchApi';
import { admitPulledDoc } from './docFilter';
import { toSyncError, type SyncError } from './syncError';

export interface CouchCheckpoint {
  sequence: Sequence;
}

export type PulledDoc = Record<string, unknown> & { id: string; _deleted: boolean };

export interface PullResult {
  documents: PulledDoc[];
  checkpoint: CouchCheckpoint | undefined;
}

export interface PullDeps {
  api: CouchApi;
  spec: SyncedCollectionSpec;
  /** Only this type's changes (the station database holds every type); none for the catalogue. */
  view?: ViewFilter;
  stationId(): string;
  /** The stored copy, deleted or not, to apply a deletion whose body the server no longer has. */
  localCopy(id: string): Promise<Record<string, unknown> | null>;
  onDropped(ids: string[]): void;
  /** Documents let in from the server (to clear a refusal the server has since overtaken). */
  onAdmitted(ids: string[]): void;
  onError(error: SyncError): void;
}

/** A page of nothing but dropped documents asks for the next one; this bounds that walk per call. */
const MAX_PAGES_PER_PULL = 1000;

/**
 * RxDB's pull handler for one collection. It never throws: a failed request is reported and the pull
 * returns what it has so far with the checkpoint of exactly that, so the next run continues from there
 * (RxDB would otherwise retry the same request every few seconds forever).
 *
 * RxDB stops pulling when a batch comes back smaller than `batchSize`, so pages where documents were
 * dropped are topped up from the server until the batch is full or the server has no more.
 */
export function createPullHandler(deps: PullDeps) {
  return async (checkpoint: CouchCheckpoint | undefined, batchSize: number): Promise<PullResult> => {
    const documents: PulledDoc[] = [];
    let since = checkpoint?.sequence;
    for (let page = 0; page < MAX_PAGES_PER_PULL && documents.length < batchSize; page++) {
      const limit = batchSize - documents.length;
      let result;
      try {
        result = await deps.api.changes(since, limit, deps.view);
      } catch (error) {
        deps.onError(toSyncError(error));
        break;
      }
      const dropped: string[] = [];
      for (const change of result.results) {
        const admission = admitPulledDoc(deps.spec, change.doc ?? { _id: change.id, _deleted: change.deleted === true }, deps.stationId());
        if (admission.ok) {
          documents.push(admission.doc);
        } else if (admission.tombstone) {
          const local = await deps.localCopy(admission.id);
          if (local) documents.push({ ...local, id: admission.id, _deleted: true });
        } else {
          dropped.push(admission.id || change.id);
        }
      }
      if (dropped.length > 0) deps.onDropped(dropped);
      if (result.results.length > 0) deps.onAdmitted(result.results.map((change) => change.id));
      since = result.last_seq;
      if (result.results.length < limit) break;
    }
    return { documents, checkpoint: since === undefined ? checkpoint : { sequence: since } };
  };
}
