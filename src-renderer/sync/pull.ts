import type { ChangeSource } from './changeFeed';
import type { SyncedCollectionSpec } from './collections';
import type { Sequence } from './couchApi';
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
  source: ChangeSource;
  spec: SyncedCollectionSpec;
  stationId(): string;
  /** The stored copy, deleted or not, to apply a deletion whose body the server no longer has. */
  localCopy(id: string): Promise<Record<string, unknown> | null>;
  onDropped(ids: string[]): void;
  /** Documents let in from the server (to clear a refusal the server has since overtaken). */
  onAdmitted(ids: string[]): void;
  onError(error: SyncError): void;
}

/** A walk through pages of other types' changes stops here; the next pull goes on from where it stopped. */
const MAX_PAGES_PER_PULL = 1000;
/** Remembered empty walks (see below); a handful is all a session needs. */
const MAX_SKIPS = 64;

function keyOf(sequence: Sequence | undefined): string {
  return String(sequence ?? '');
}

/**
 * RxDB's pull handler for one collection. It never throws: a failed request is reported and the pull
 * returns what it has so far with the checkpoint of exactly that, so the next run continues from there
 * (RxDB would otherwise retry the same request every few seconds forever).
 *
 * It takes whole pages from its source and keeps the changes that are its own, so a batch may hold more
 * or fewer documents than RxDB asked for. RxDB stops pulling when a batch comes back smaller than
 * `batchSize`, so pages without enough of its own are followed by the next page until the batch is full
 * or the server has no more.
 */
export function createPullHandler(deps: PullDeps) {
  const consumer = deps.spec.name;
  /**
   * RxDB saves a checkpoint only together with documents, so a type with nothing new would walk the same
   * pages of other types' changes at every run. Where such a walk ended is remembered for the session.
   */
  const skips = new Map<string, Sequence>();

  function startOf(checkpoint: CouchCheckpoint | undefined): Sequence | undefined {
    let since = checkpoint?.sequence;
    for (let hops = 0; hops < MAX_SKIPS; hops++) {
      const next = skips.get(keyOf(since));
      if (next === undefined) break;
      since = next;
    }
    return since;
  }

  return async (checkpoint: CouchCheckpoint | undefined, batchSize: number): Promise<PullResult> => {
    const documents: PulledDoc[] = [];
    const start = startOf(checkpoint);
    let since = start;
    for (let page = 0; page < MAX_PAGES_PER_PULL && documents.length < batchSize; page++) {
      let answer;
      try {
        answer = await deps.source.page(since, consumer);
      } catch (error) {
        deps.onError(toSyncError(error));
        break;
      }
      const { result, limit } = answer;
      const dropped: string[] = [];
      const admitted: string[] = [];
      for (const change of result.results) {
        if (!deps.source.owns(consumer, change.id)) continue;
        admitted.push(change.id);
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
      if (admitted.length > 0) deps.onAdmitted(admitted);
      since = result.last_seq;
      if (result.results.length < limit) break;
    }
    if (documents.length === 0 && since !== undefined && keyOf(since) !== keyOf(start)) {
      if (skips.size >= MAX_SKIPS) skips.clear();
      skips.set(keyOf(checkpoint?.sequence), since);
    }
    return { documents, checkpoint: since === undefined ? checkpoint : { sequence: since } };
  };
}
