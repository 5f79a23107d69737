import { recordConflict } from '../../data/conflicts/conflictHandler';
import { collectionOf, type LedgerDatabase } from '../../data/database';
import type { WriteContext } from '../../domain/entities/common';
import { CATALOG_DB } from '../../domain/stationSetupFile';
import {
  signBundle,
  verifyBundle,
  type BundleFeed,
  type BundleProblem,
  type BundleRow,
  type BundleSequence,
  type ReturnBundleBody,
  type StationBundleBody,
} from '../../domain/syncBundle';
import type { StationCredentials } from '../../platform/api';
import type { ChangeSource } from '../changeFeed';
import { SYNCED_COLLECTIONS, ownsStationChange } from '../collections';
import { createCouchApi } from '../couchApi';
import { createCouchClient } from '../couchClient';
import { createBatchLimit } from '../push';
import { createReplicationUnit, type ReplicationUnit, type UnitHooks } from '../replicationUnit';
import { replicationIdentifier } from '../replicationIdentifier';
import { createRequestLimiter } from '../requestLimiter';
import { createRetryGate } from '../retryGate';
import type { RejectedStore } from '../rejectedStore';
import { SyncError } from '../syncError';

/**
 * U盘同步 on the station PC: the bundle it writes and the return bundle it reads.
 *
 * Both work through the replication units of the sync service, with the same identifiers, so they read and
 * write RxDB's own replication records (checkpoints, the assumed server state of every document):
 * - the bundle holds exactly what a push would be handed now (pendingCount's rows);
 * - a return bundle is read by a pull whose change source is the bundle (Option A of the design: the
 *   pull handler, the document gate and RxDB's conflict rules run unchanged, and the pull checkpoint moves
 *   to the server sequence the city exported up to), after the acknowledged versions were recorded as
 *   held by the server with RxDB's own meta-row helper (Option B for that one step: RxDB records a push
 *   only when a push handler returns, and a push run against the bundle would also "send" records the city
 *   has not seen, which would then never be carried). The units never push and never reach a server.
 */
export interface BundleLedger {
  db: LedgerDatabase;
  ctx: WriteContext;
}

export type BundleOutcome<T> = { ok: true; value: T } | { ok: false; problem: BundleProblem | 'noKey' };

/** The bundle units never talk to a server: any request they might make fails as offline. */
function noServer(): Promise<Response> {
  return Promise.reject(new TypeError('U盘同步 makes no requests'));
}

const NO_REJECTIONS: RejectedStore = {
  load: () => Promise.resolve(),
  list: () => [],
  get: () => undefined,
  add: () => Promise.resolve(),
  remove: () => Promise.resolve(),
  onChange: () => undefined,
};

interface RunCounts {
  received: number;
  keptOut: number;
  errors: SyncError[];
}

function sourceOf(feed: BundleFeed | null, owns: (consumer: string, id: string) => boolean): ChangeSource {
  // The whole feed is one page; asked again from where it ended, it has nothing more.
  return {
    owns,
    page(since) {
      const done = feed === null || String(since) === String(feed.lastSeq);
      const results = done ? [] : feed.changes;
      return Promise.resolve({ result: { results, last_seq: feed?.lastSeq ?? since ?? 0 }, limit: results.length + 1 });
    },
  };
}

async function withUnits<T>(
  ledger: BundleLedger,
  credentials: StationCredentials,
  feeds: { station: BundleFeed | null; catalog: BundleFeed | null },
  work: (units: ReplicationUnit[], counts: RunCounts) => Promise<T>,
): Promise<T> {
  const client = createCouchClient({ serverUrl: credentials.serverUrl, username: credentials.username, password: '', timeoutMs: 1000, lockoutWaitMs: 0, fetch: noServer, limiter: createRequestLimiter(1) });
  const api = createCouchApi(client, credentials.database);
  // Never opened: the units' pushes wait here until the work is done (replicationUnit.ts, `push: false`).
  const gate = createRetryGate();
  const counts: RunCounts = { received: 0, keptOut: 0, errors: [] };
  const hooks: UnitHooks = {
    stationId: () => ledger.ctx.stationId,
    now: ledger.ctx.now,
    gate,
    rejected: NO_REJECTIONS,
    batch: createBatchLimit(1),
    onError: (error) => counts.errors.push(error),
    onSent: () => undefined,
    onReceived: (count) => (counts.received += count),
    onDropped: (ids) => (counts.keptOut += ids.filter((id) => !id.startsWith('_design/')).length),
    onUnreadable: (docs) => (counts.keptOut += docs.length),
    onReadable: () => undefined,
    recordConflict: (collection, winner, loser) => recordConflict(ledger.db.conflicts, ledger.ctx, collection, winner, loser),
    onBusy: () => undefined,
    onInternalError: (error) => counts.errors.push(error instanceof SyncError ? error : new SyncError('unexpected', String(error))),
  };
  const units = SYNCED_COLLECTIONS.map((spec) => {
    const isCatalog = spec.source === 'catalog';
    return createReplicationUnit({
      collection: collectionOf(ledger.db, spec.name),
      spec,
      api,
      source: sourceOf(isCatalog ? feeds.catalog : feeds.station, isCatalog ? () => true : ownsStationChange),
      identifier: replicationIdentifier(credentials.serverUrl, isCatalog ? CATALOG_DB : credentials.database, spec.name),
      hooks,
      push: false,
    });
  });
  try {
    return await work(units, counts);
  } finally {
    gate.close();
    await Promise.all(units.map((u) => u.cancel().catch(() => undefined)));
  }
}

function distinct(sequences: (BundleSequence | undefined)[]): BundleSequence[] | null {
  if (sequences.some((s) => s === undefined)) return null;
  const seen = new Map<string, BundleSequence>();
  for (const s of sequences) if (s !== undefined) seen.set(String(s), s);
  return [...seen.values()];
}

/** The bundle of every change the server has not acknowledged; null when the set-up file gave no key. */
export async function writeStationBundle(
  ledger: BundleLedger,
  credentials: StationCredentials,
  bundleId: string,
): Promise<BundleOutcome<{ text: string; rows: number }>> {
  const key = credentials.bundleKey;
  if (key === undefined) return { ok: false, problem: 'noKey' };
  // Empty feeds: the units start, answer from RxDB's records and pull nothing.
  const body = await withUnits(ledger, credentials, { station: null, catalog: null }, async (units) => {
    const rows: BundleRow[] = [];
    const stationSeqs: (BundleSequence | undefined)[] = [];
    let catalog: BundleSequence | null = null;
    for (const unit of units) {
      const reached = (await unit.pulledUpTo())?.sequence;
      if (unit.spec.source === 'catalog') catalog = reached ?? null;
      else stationSeqs.push(reached);
      for (const row of await unit.unsentRows()) rows.push({ collection: unit.spec.name, ...row });
    }
    const stationBody: StationBundleBody = {
      kind: 'station',
      bundleId,
      stationCode: ledger.ctx.stationId,
      database: credentials.database,
      pcId: ledger.ctx.deviceId,
      createdAt: ledger.ctx.now().toISOString(),
      pulled: { station: distinct(stationSeqs), catalog },
      rows,
    };
    return stationBody;
  });
  return { ok: true, value: { text: await signBundle(body, key), rows: body.rows.length } };
}

export interface ReturnImport {
  /** Records of this PC's bundle the server now holds: no longer unsent. */
  acknowledged: number;
  /** Records (other PCs' edits, the catalogue, this PC's own as the server holds them) taken in. */
  received: number;
  /** Records of this PC the server holds differently: the conflict goes through the next sync. */
  conflicts: number;
  keptOut: number;
}

/** Reads a return bundle of this station, checks its signature and takes it in as a sync would. */
export async function readReturnBundle(ledger: BundleLedger, credentials: StationCredentials, text: string): Promise<BundleOutcome<ReturnImport>> {
  const key = credentials.bundleKey;
  if (key === undefined) return { ok: false, problem: 'noKey' };
  const verified = await verifyBundle(text, { kind: 'return', stationCode: ledger.ctx.stationId, key });
  if (!verified.ok) return verified;
  const body: ReturnBundleBody = verified.body;
  if (body.database !== credentials.database) return { ok: false, problem: 'otherStation' };
  // First the acknowledgement, with nothing to pull: RxDB would otherwise see the PC's own records, which
  // the return bundle brings back as the server holds them, as local changes not yet sent and skip them.
  const acknowledged = await withUnits(ledger, credentials, { station: null, catalog: null }, async (units) => {
    let count = 0;
    for (const unit of units) {
      const docs = body.acknowledged.filter((a) => a.collection === unit.spec.name).map((a) => a.doc);
      await unit.acknowledge(docs);
      count += docs.length;
    }
    return count;
  });
  const value = await withUnits(ledger, credentials, { station: body.station, catalog: body.catalog }, async (units, counts) => {
    await Promise.all(units.map((u) => u.passDone()));
    const failure = counts.errors[0];
    if (failure) throw failure;
    return { acknowledged, received: counts.received, conflicts: body.conflicts.length, keptOut: counts.keptOut };
  });
  return { ok: true, value };
}
