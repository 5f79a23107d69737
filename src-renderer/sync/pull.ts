import type { ChangeSource, FirstLoad } from './changeFeed';
import type { SyncedCollectionSpec } from './collections';
import type { Sequence } from './couchApi';
import { admitPulledDoc } from './docFilter';
import type { UnreadableDoc } from './droppedStore';
import { toSyncError, type SyncError } from './syncError';

export interface CouchCheckpoint {
  sequence: Sequence;
  /**
   * A fresh PC first loads each type by id range (far cheaper for the server than walking every change):
   * the last id loaded while that goes on, null once done (RxDB merges checkpoints field by field, so the
   * field is never left out). `sequence` is where the change feed takes over.
   */
  loadedUpTo?: string | null;
}

export type PulledDoc = Record<string, unknown> & { id: string; _deleted: boolean };

export interface PullResult {
  documents: PulledDoc[];
  checkpoint: CouchCheckpoint | undefined;
}

export interface PullDeps {
  source: ChangeSource;
  spec: SyncedCollectionSpec;
  /** The id prefix this collection loads by range on a fresh PC (`<type>:`); none for the catalogue. */
  idPrefix?: string;
  stationId(): string;
  /** The stored copy, deleted or not, to apply a deletion whose body the server no longer has. */
  localCopy(id: string): Promise<Record<string, unknown> | null>;
  onDropped(ids: string[]): void;
  /**
   * Records of this type the app cannot read (a newer version's, or malformed), as the server holds them.
   * The local copy, if any, stays as it was; the server's is never overwritten without a conflict record.
   */
  onUnreadable?(docs: UnreadableDoc[]): void;
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
  /**
   * Where this session's first load of the type began. A load that found nothing leaves no checkpoint
   * (see above), so the next run loads again; the feed must still start here, not at a later point,
   * or deletions made in between would never reach this PC.
   */
  let loadStart: Sequence | undefined;

  function startOf(checkpoint: CouchCheckpoint | undefined): Sequence | undefined {
    let since = checkpoint?.sequence;
    for (let hops = 0; hops < MAX_SKIPS; hops++) {
      const next = skips.get(keyOf(since));
      if (next === undefined) break;
      since = next;
    }
    return since;
  }

  async function admit(id: string, raw: Record<string, unknown>, documents: PulledDoc[], dropped: string[]): Promise<void> {
    const admission = admitPulledDoc(deps.spec, raw, deps.stationId());
    if (admission.ok) {
      documents.push(admission.doc);
    } else if (admission.tombstone) {
      const local = await deps.localCopy(admission.id);
      if (local) documents.push({ ...local, id: admission.id, _deleted: true });
    } else if ((admission.reason === 'invalid' || admission.reason === 'newerMajor') && deps.onUnreadable) {
      deps.onUnreadable([{ collection: consumer, docId: admission.id, reason: admission.reason, body: JSON.stringify(raw) }]);
    } else {
      dropped.push(admission.id || id);
    }
  }

  /**
   * The first load: pages of this type's live documents by id, until the batch is full or the type is
   * done. Returns the checkpoint reached, or null when nothing could be loaded (the error is reported).
   */
  async function loadByIds(load: FirstLoad, prefix: string, checkpoint: CouchCheckpoint | undefined, batchSize: number, documents: PulledDoc[]) {
    let sequence: Sequence;
    try {
      loadStart ??= checkpoint?.sequence ?? (await load.startSequence());
      sequence = checkpoint?.sequence ?? loadStart;
    } catch (error) {
      deps.onError(toSyncError(error));
      return null;
    }
    let after = checkpoint?.loadedUpTo ?? null;
    for (let page = 0; page < MAX_PAGES_PER_PULL && documents.length < batchSize; page++) {
      let answer;
      try {
        answer = await load.idRange(prefix, after);
      } catch (error) {
        deps.onError(toSyncError(error));
        // What was loaded so far stands; the next run goes on from there.
        return after === null ? null : { sequence, loadedUpTo: after };
      }
      const dropped: string[] = [];
      for (const row of answer.rows) {
        if (row.doc) await admit(row.key, row.doc, documents, dropped);
        after = row.key;
      }
      if (dropped.length > 0) deps.onDropped(dropped);
      if (answer.rows.length > 0) deps.onAdmitted(answer.rows.map((row) => row.key));
      if (!answer.more) return { sequence, loadedUpTo: null };
    }
    return { sequence, loadedUpTo: after };
  }

  return async (checkpoint: CouchCheckpoint | undefined, batchSize: number): Promise<PullResult> => {
    const documents: PulledDoc[] = [];
    let reached = checkpoint;
    const load = deps.source.firstLoad;
    if (load && deps.idPrefix !== undefined && (checkpoint === undefined || typeof checkpoint.loadedUpTo === 'string')) {
      const loaded = await loadByIds(load, deps.idPrefix, checkpoint, batchSize, documents);
      if (!loaded) return { documents, checkpoint };
      reached = loaded;
      // The change feed takes over once the type is loaded and the batch has room.
      if (loaded.loadedUpTo !== null || documents.length >= batchSize) return { documents, checkpoint: loaded };
    }
    const start = startOf(reached);
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
      const seen: string[] = [];
      for (const change of result.results) {
        if (!deps.source.owns(consumer, change.id)) continue;
        seen.push(change.id);
        await admit(change.id, change.doc ?? { _id: change.id, _deleted: change.deleted === true }, documents, dropped);
      }
      if (dropped.length > 0) deps.onDropped(dropped);
      if (seen.length > 0) deps.onAdmitted(seen);
      since = result.last_seq;
      if (result.results.length < limit) break;
    }
    if (documents.length === 0 && since !== undefined && keyOf(since) !== keyOf(start)) {
      if (skips.size >= MAX_SKIPS) skips.clear();
      skips.set(keyOf(reached?.sequence), since);
    }
    return { documents, checkpoint: since === undefined ? reached : { sequence: since, loadedUpTo: null } };
  };
}
