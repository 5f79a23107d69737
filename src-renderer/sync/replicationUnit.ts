import { getAssumedMasterState, getComposedPrimaryKeyOfDocumentData, getMetaWriteRow, type RxCollection, type RxStorageInstanceReplicationState, type WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { filter, firstValueFrom } from 'rxjs';
import type { Version } from '../data/conflicts/winner';
import { PULL_BATCH_SIZE, PUSH_BATCH_SIZE } from './constants';
import type { SyncedCollectionSpec } from './collections';
import type { ChangeSource } from './changeFeed';
import type { CouchApi } from './couchApi';
import type { UnreadableDoc } from './droppedStore';
import { settleOvertakenRefusals } from './overtakenRefusals';
import { countUnsent, visitUnsent } from './pendingCount';
import { createPullHandler, type CouchCheckpoint } from './pull';
import { createPushHandler, type BatchLimit } from './push';
import { SyncStoppedError } from './retryGate';
import type { RejectedStore } from './rejectedStore';
import type { RetryGate } from './retryGate';
import type { SyncError } from './syncError';

/** What a running collection replication reports to the service. */
export interface UnitHooks {
  stationId: () => string;
  now: () => Date;
  gate: RetryGate;
  rejected: RejectedStore;
  batch: BatchLimit;
  onError: (error: SyncError) => void;
  onSent: (count: number) => void;
  onReceived: (count: number) => void;
  onDropped: (ids: string[]) => void;
  /** Records of a synced type this app cannot read (a newer major version's, or malformed), as the server holds them. */
  onUnreadable: (docs: UnreadableDoc[]) => void;
  /** The server's version of these ids has been read (or set aside for another reason than being unreadable). */
  onReadable: (ids: string[]) => void;
  /** Puts a losing version on record as a conflict for the keeper (the conflicts collection of this PC). */
  recordConflict: (collection: string, winner: Version, loser: Version) => Promise<void>;
  onBusy: (delta: 1 | -1) => void;
  /** RxDB reported a failure outside our handlers (e.g. writing a resolved conflict). */
  onInternalError: (error: unknown) => void;
}

export type UnitOutcome = 'idle' | 'blocked' | 'stopped' | 'timeout';

/** One collection's replication, seen without its document type. */
export interface ReplicationUnit {
  readonly spec: SyncedCollectionSpec;
  /** Marks the moment a run starts; `settle` waits for work queued after it. */
  mark(): number;
  reSync(): void;
  settle(mark: number, deadline: number): Promise<UnitOutcome>;
  countUnsent(): Promise<number>;
  cancel(): Promise<void>;
  /** What a push would send now (U盘同步 writes these into a bundle); none for a collection that is not pushed. */
  unsentRows(): Promise<{ assumed: Record<string, unknown> | null; doc: Record<string, unknown> }[]>;
  /** The pull checkpoint this collection has reached (undefined: it never pulled). */
  pulledUpTo(): Promise<CouchCheckpoint | undefined>;
  /**
   * Records that the server holds these versions (a return bundle's acknowledgement), as RxDB records a
   * push the server took: they stop counting as unsent, and a later edit goes over them as an update.
   */
  acknowledge(docs: Record<string, unknown>[]): Promise<void>;
  /** Resolves once the first pull has run and been written. */
  passDone(): Promise<void>;
}

function sleep(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/**
 * A pulled batch has passed the domain zod schema for this collection (docFilter), which is what makes it
 * this collection's document type; RxDB's generic handler types cannot know that.
 */
function asDocs<Doc>(docs: Record<string, unknown>[]): WithDeleted<Doc>[] {
  return docs as unknown as WithDeleted<Doc>[];
}

export interface UnitOptions<Doc> {
  collection: RxCollection<Doc>;
  spec: SyncedCollectionSpec;
  /** For pushes (station collections). */
  api: CouchApi;
  /** Where pulls read changes from. */
  source: ChangeSource;
  /** Names where this replication's checkpoints belong: another server or database starts afresh. */
  identifier: string;
  hooks: UnitHooks;
  /**
   * False to only pull (U盘同步: nothing may count as sent that the city has not acknowledged). Such a
   * unit's push waits at the gate until it closes: RxDB without a push handler would record every local
   * change as taken by the server.
   */
  push?: boolean;
}

export function createReplicationUnit<Doc>(options: UnitOptions<Doc>): ReplicationUnit {
  const { collection, spec, api, hooks } = options;
  async function stored(id: string): Promise<Version | null> {
    const [doc] = await collection.storageInstance.findDocumentsById([id], true);
    return doc ?? null;
  }
  /** Ids of the page being pulled whose server version was not let in: unreadable, or dropped. */
  let notTakenInPage = new Set<string>();
  const pull = createPullHandler({
    source: options.source,
    spec,
    ...(spec.docType ? { idPrefix: `${spec.docType}:` } : {}),
    stationId: hooks.stationId,
    async localCopy(id) {
      const doc = await stored(id);
      if (!doc) return null;
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) copy[key] = value;
      return copy;
    },
    onDropped: (ids) => {
      for (const id of ids) notTakenInPage.add(id);
      hooks.onDropped(ids);
    },
    onUnreadable: (docs) => {
      for (const doc of docs) notTakenInPage.add(doc.docId);
      hooks.onUnreadable(docs);
    },
    // Called once a page's changes have all been judged (refusals are settled below, against the versions).
    onAdmitted: (ids) => {
      const readable = ids.filter((id) => !notTakenInPage.has(id));
      notTakenInPage = new Set();
      if (readable.length > 0) hooks.onReadable(readable);
    },
    onError: hooks.onError,
  });
  const refusals = {
    rejected: hooks.rejected,
    stored,
    // The conflict register cannot hold conflicts about itself; the catalogue is never pushed.
    keepLoser: spec.source === 'station' && spec.name !== 'conflicts' ? (winner: Version, loser: Version) => hooks.recordConflict(spec.name, winner, loser) : null,
    onError: hooks.onInternalError,
  };
  const push =
    spec.source === 'station' && options.push !== false
      ? createPushHandler({
          api,
          spec,
          stationId: hooks.stationId,
          batch: hooks.batch,
          rejected: hooks.rejected,
          gate: hooks.gate,
          now: hooks.now,
          onError: hooks.onError,
          onSent: hooks.onSent,
          onBusy: hooks.onBusy,
        })
      : null;

  const replication: RxReplicationState<Doc, CouchCheckpoint> = replicateRxCollection<Doc, CouchCheckpoint>({
    replicationIdentifier: options.identifier,
    collection,
    live: true,
    // Our handlers wait at the retry gate themselves; RxDB's own retry only runs once the service stops.
    retryTime: 1000,
    waitForLeadership: false,
    autoStart: true,
    toggleOnDocumentVisible: false,
    pull: {
      handler: async (checkpoint, batchSize) => {
        const result = await pull(checkpoint, batchSize);
        const documents = await settleOvertakenRefusals(refusals, result.documents);
        // Once per batch, not per document (RxDB's received$): a first pull of 20,000 would otherwise
        // redraw the header indicator 20,000 times.
        if (documents.length > 0) hooks.onReceived(documents.length);
        return { checkpoint: result.checkpoint, documents: asDocs<Doc>(documents) };
      },
      batchSize: PULL_BATCH_SIZE,
    },
    ...(push
      ? {
          push: {
            handler: async (rows) => asDocs<Doc>(await push(rows)),
            batchSize: PUSH_BATCH_SIZE,
          },
        }
      : spec.source === 'station'
        ? {
            push: {
              handler: async () => {
                await hooks.gate.wait(spec.name);
                throw new SyncStoppedError();
              },
              batchSize: PUSH_BATCH_SIZE,
            },
          }
        : {}),
  });

  const subscriptions = [
    replication.error$.subscribe((error) => {
      if (!replication.isStopped()) hooks.onInternalError(error);
    }),
  ];

  let marks = 0;
  const markCounts = new Map<number, number>();

  async function internal(): Promise<RxStorageInstanceReplicationState<Doc> | undefined> {
    await replication.startPromise;
    return replication.internalReplicationState;
  }

  function whenBlocked(): { promise: Promise<'blocked'>; dispose: () => void } {
    let dispose = () => {};
    const promise = new Promise<'blocked'>((resolve) => {
      if (hooks.gate.blocked().has(spec.name)) return resolve('blocked');
      dispose = hooks.gate.onBlocked((owner) => {
        if (owner === spec.name) resolve('blocked');
      });
    });
    return { promise, dispose };
  }

  return {
    spec,
    mark() {
      marks += 1;
      markCounts.set(marks, replication.internalReplicationState?.stats.down.addNewTask ?? 0);
      return marks;
    },
    reSync: () => replication.reSync(),

    /**
     * Waits until the RESYNC sent after `mark` has reached the pull side (RxDB hands it to the pull only
     * once the push is idle, and the push has then already queued it), and both queues have run dry;
     * or until a push waits at the gate after a failure, the replication stops, or the deadline passes.
     */
    async settle(mark, deadline) {
      const before = markCounts.get(mark) ?? 0;
      markCounts.delete(mark);
      const state = await Promise.race([internal(), sleep(Math.max(0, deadline - Date.now()))]);
      if (state === 'timeout') return 'timeout';
      if (!state || replication.isStopped()) return 'stopped';
      const blocked = whenBlocked();
      try {
        while (state.stats.down.addNewTask <= before) {
          if (replication.isStopped()) return 'stopped';
          if (hooks.gate.blocked().has(spec.name)) return 'blocked';
          if (Date.now() > deadline) return 'timeout';
          await sleep(10);
        }
        // Each round waits for the queued work; new work queued meanwhile means another round.
        for (let round = 0; round < 100_000; round++) {
          const { up, down } = state.streamQueue;
          const outcome = await Promise.race([
            Promise.all([up, down, state.checkpointQueue]).then(() => 'done' as const),
            blocked.promise,
            sleep(Math.max(0, deadline - Date.now())),
          ]);
          if (outcome !== 'done') return outcome;
          if (replication.isStopped()) return 'stopped';
          await sleep(0);
          if (up === state.streamQueue.up && down === state.streamQueue.down) return 'idle';
        }
        return 'timeout';
      } finally {
        blocked.dispose();
      }
    },

    async countUnsent() {
      if (!push) return 0;
      const state = replication.internalReplicationState;
      if (!state) return collection.count().exec();
      return countUnsent(state, collection.conflictHandler.isEqual);
    },

    async cancel() {
      for (const s of subscriptions) s.unsubscribe();
      await replication.cancel();
    },

    async unsentRows() {
      const rows: { assumed: Record<string, unknown> | null; doc: Record<string, unknown> }[] = [];
      const state = await internal();
      if (spec.source !== 'station' || !state) return rows;
      await visitUnsent(state, collection.conflictHandler.isEqual, (row) => {
        rows.push({ assumed: row.assumed ? { ...row.assumed } : null, doc: { ...row.doc } });
      });
      return rows;
    },

    async pulledUpTo() {
      const state = await internal();
      if (!state) return undefined;
      const { metaInstance } = state.input;
      // Read directly rather than through getLastCheckpointDoc(), which would overwrite the replication's cached copy.
      const id = getComposedPrimaryKeyOfDocumentData(metaInstance.schema, { isCheckpoint: '1', itemId: 'down' });
      const [doc] = await metaInstance.findDocumentsById([id], false);
      return doc?.checkpointData as CouchCheckpoint | undefined;
    },

    async acknowledge(docs) {
      const state = await internal();
      if (!state || docs.length === 0) return;
      const held = asDocs<Doc>(docs);
      const ids = held.map((doc) => String((doc as Record<string, unknown>)[state.primaryPath]));
      const previous = await getAssumedMasterState(state, ids);
      const rows = await Promise.all(held.map((doc, i) => getMetaWriteRow(state, doc, previous[ids[i] ?? '']?.metaDocument)));
      const result = await state.input.metaInstance.bulkWrite(rows, 'station-ledger-bundle-acknowledge');
      if (result.error.length > 0) throw new Error(`${spec.name}: ${result.error.length} acknowledgements not recorded`);
    },

    async passDone() {
      const state = await internal();
      if (!state) return;
      await firstValueFrom(state.firstSyncDone.down.pipe(filter((done) => done)));
      await state.streamQueue.down;
    },
  };
}
