import PouchDB from 'pouchdb-browser';
import type { RxCollection } from 'rxdb';
import { openLedger, type Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import type { StationCredentials } from '../../../src-renderer/platform/api';
import { createSyncService, type SyncService } from '../../../src-renderer/sync/syncService';
import { asCouchDoc, buildSyncRecords } from './syncDocs';
import type { StationProfileInput, StationSyncBench, SyncTarget } from './syncApi';

export const PROFILE_REST = { contactName: '李站长', contactPhone: '13805310001', address: '幸福里社区服务中心一楼', services: ['water'] };
/** How often the bench looks at the PC while it syncs. */
const POLL_MS = 20;

export interface FreshPc {
  ledger: Ledger;
  sync: SyncService;
  close(): Promise<void>;
}

/** A first-run PC: its own empty database, the station profile saved, the sync service started unconnected. */
export async function freshPc(name: string, station: StationProfileInput): Promise<FreshPc> {
  const ledger = await openLedger({ storage: await createLedgerStorage(), name, localName: `${name}-local` });
  await ledger.setUpStation({ ...station, ...PROFILE_REST });
  let saved: StationCredentials | null = null;
  const sync = createSyncService({
    ledger,
    credentials: {
      loadCredentials: () => Promise.resolve(saved),
      saveCredentials: (c) => {
        saved = c;
        return Promise.resolve();
      },
      clearCredentials: () => {
        saved = null;
        return Promise.resolve();
      },
    },
  });
  await sync.start();
  return {
    ledger,
    sync,
    async close() {
      await sync.stop();
      await ledger.close();
    },
  };
}

/** Offline writes in chunks, as the app's screens and imports write (one huge bulkInsert is pathological). */
export async function insertInChunks<Doc>(collection: RxCollection<Doc>, docs: readonly Doc[], chunkSize: number): Promise<void> {
  for (let i = 0; i < docs.length; i += chunkSize) {
    const result = await collection.bulkInsert(docs.slice(i, i + chunkSize));
    if (result.error.length > 0) throw new Error(`bulkInsert into ${collection.name} refused ${result.error.length} records`);
  }
}

/** Polls `read` until `done` holds or the deadline passes; returns the last value read. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, deadline: number): Promise<T> {
  let value = await read();
  while (!done(value) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    value = await read();
  }
  return value;
}

export function failOnSyncError(sync: SyncService): void {
  const error = sync.getStatus().lastError;
  if (error) throw new Error(`sync failed: ${error.key} ${error.detail}`);
}

/** The next frame after the one that would show what was read: the moment the keeper can see it. */
function shown(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * PouchDB has no screen: after its replication it reads what a first screen would (a page of volunteers)
 * and waits for a frame. Less than the app's end (the real home page drawn), so any error favours PouchDB.
 */
async function pouchFirstScreen(local: PouchDB): Promise<void> {
  await local.allDocs({ include_docs: true, startkey: 'volunteer:', endkey: 'volunteer:\ufff0', limit: 50 });
  await shown();
}

/** Resolves when an IndexedDB transaction has committed. */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openIdb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('docs', { keyPath: '_id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name} did not open`));
  });
}

function deleteIdb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

export function remote(target: SyncTarget): PouchDB {
  return new PouchDB(`${target.serverUrl}/${target.database}`, {
    auth: { username: target.username, password: target.password },
    skip_setup: true,
  });
}

export const syncBench: StationSyncBench = {
  async firstPc(options) {
    const pc = await freshPc(options.name, options.station);
    try {
      const started = performance.now();
      await pc.sync.connect(options.target);
      const status = await until(
        () => Promise.resolve(pc.sync.getStatus()),
        (s) => !s.running && s.runs.length > 0 && s.pending === 0 && s.busy === 0,
        started + options.timeoutMs,
      );
      if (status.pending !== 0) throw new Error(`the first PC still has ${status.pending} records waiting to be sent`);
      failOnSyncError(pc.sync);
      return { ms: performance.now() - started, docs: 1, runs: status.runs.length };
    } finally {
      await pc.close();
    }
  },

  async offlineStation(options) {
    // The app's own database names, so the app opened next in this profile finds the station.
    const ledger = await openLedger({ storage: await createLedgerStorage(), multiInstance: true });
    try {
      await ledger.setUpStation({ ...options.station, ...PROFILE_REST });
      const records = buildSyncRecords({ ...options.records, stationId: ledger.ctx.stationId, deviceId: ledger.ctx.deviceId });
      const started = performance.now();
      await insertInChunks(ledger.db.volunteers, records.volunteers, options.chunkSize);
      await insertInChunks(ledger.db.activities, records.activities, options.chunkSize);
      return { ms: performance.now() - started, docs: records.volunteers.length + records.activities.length, runs: 0 };
    } finally {
      await ledger.close();
    }
  },

  async pouchPull(options) {
    const local = new PouchDB(options.name);
    try {
      const started = performance.now();
      const result = await local.replicate.from(remote(options.target), { batch_size: options.tuning.batchSize, batches_limit: options.tuning.batchesLimit });
      await pouchFirstScreen(local);
      const ms = performance.now() - started;
      if (!result.ok) throw new Error(`PouchDB replicate.from failed: ${result.errors.length} errors`);
      return { ms, docs: result.docs_written, runs: 1 };
    } finally {
      await local.destroy();
    }
  },

  async pouchPush(options) {
    const local = new PouchDB(options.name);
    try {
      const records = buildSyncRecords({ ...options.records, deviceId: 'pc-pouchdb-01' });
      const docs = [...records.volunteers, ...records.activities].map(asCouchDoc);
      const writeStarted = performance.now();
      for (let i = 0; i < docs.length; i += options.chunkSize) await local.bulkDocs(docs.slice(i, i + options.chunkSize));
      const writeMs = performance.now() - writeStarted;
      const started = performance.now();
      const result = await local.replicate.to(remote(options.target), { batch_size: options.tuning.batchSize, batches_limit: options.tuning.batchesLimit });
      const ms = performance.now() - started;
      if (!result.ok || result.docs_written < docs.length) {
        throw new Error(`PouchDB replicate.to wrote ${result.docs_written} of ${docs.length} (${result.errors.length} errors)`);
      }
      return { ms, docs: result.docs_written, runs: 1, writeMs };
    } finally {
      await local.destroy();
    }
  },

  async idbFloor(options) {
    const records = buildSyncRecords({ ...options.records, deviceId: 'pc-floor-01' });
    const docs = [...records.volunteers, ...records.activities].map(asCouchDoc);
    await deleteIdb(options.name);
    const db = await openIdb(options.name);
    try {
      const started = performance.now();
      for (let i = 0; i < docs.length; i += options.perTransaction) {
        const transaction = db.transaction('docs', 'readwrite');
        const store = transaction.objectStore('docs');
        for (const doc of docs.slice(i, i + options.perTransaction)) store.put(doc);
        await committed(transaction);
      }
      await shown();
      return { ms: performance.now() - started, docs: docs.length, runs: 1 };
    } finally {
      db.close();
      await deleteIdb(options.name);
    }
  },
};
