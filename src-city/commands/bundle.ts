import { z } from 'zod';
import { CATALOG_DB, CATALOG_ENTRIES_VIEW } from '../../src-renderer/domain/stationSetupFile';
import {
  openEnvelope,
  signBundle,
  verifyBundle,
  type BundleChange,
  type BundleFeed,
  type BundleProblem,
  type BundleSequence,
  type ReturnBundleBody,
  type StationBundleBody,
} from '../../src-renderer/domain/syncBundle';
import { SYNCED_COLLECTIONS, ownsStationChange } from '../../src-renderer/sync/collections';
import { changesSchema, createCouchApi, sequenceSchema } from '../../src-renderer/sync/couchApi';
import { createCouchClient } from '../../src-renderer/sync/couchClient';
import { admitPulledDoc } from '../../src-renderer/sync/docFilter';
import { createBatchLimit, createPushHandler, toCouch } from '../../src-renderer/sync/push';
import type { RejectedEntry, RejectedStore } from '../../src-renderer/sync/rejectedStore';
import { createRequestLimiter } from '../../src-renderer/sync/requestLimiter';
import { createRetryGate } from '../../src-renderer/sync/retryGate';
import type { SyncError } from '../../src-renderer/sync/syncError';
import { type CouchClient, type CouchCredentials, dbPath, docPath, query } from '../couch/client';
import { CityError } from '../couch/errors';
import { writeResultSchema } from '../couch/responses';
import { REGISTRY_DB } from '../layout';
import { messages } from '../messages';
import { readBundleKey } from './bundleKey';
import { trustedStation } from './registry';

/** What the city keeps of the last bundle it imported for a station, for the return bundle (admin-only registry). */
function receiptId(code: string): string {
  return `bundle-receipt:${code.toLowerCase()}`;
}

const receiptSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string(),
  bundleId: z.string(),
  pcId: z.string(),
  pulled: z.object({ station: z.array(sequenceSchema).nullable(), catalog: sequenceSchema.nullable() }),
  acknowledged: z.array(z.object({ collection: z.string(), doc: z.record(z.string(), z.unknown()) })),
  conflicts: z.array(z.string()),
});
type Receipt = z.infer<typeof receiptSchema>;

async function readReceipt(client: CouchClient, code: string): Promise<Receipt | null> {
  const parsed = receiptSchema.safeParse(await client.getOrNull(docPath(REGISTRY_DB, receiptId(code)), z.unknown()));
  return parsed.success ? parsed.data : null;
}

async function stationAndKey(client: CouchClient, code: string) {
  const station = await trustedStation(client, code);
  if (station === null) throw new CityError(messages.stationMissing(code));
  const key = await readBundleKey(client, station.entry.code);
  if (key === null) throw new CityError(messages.bundleNoKey(station.entry.code));
  return { station, key };
}

function refused(problem: BundleProblem): CityError {
  return new CityError(messages.bundleRefused(problem));
}

export interface BundleImportResult {
  stationCode: string;
  bundleId: string;
  rows: number;
  /** Written to the station's database now. */
  written: number;
  /** The server held these versions already (this bundle imported before, or the PC synced them since). */
  alreadyThere: number;
  /** The server holds another version: the PC settles it as a sync conflict. */
  conflicts: number;
  /** Refused by the server's validation (reasons in `refusals`). */
  refused: number;
  refusals: string[];
}

/**
 * `bundle import F`: checks the station's signature, then hands every row to the station PC's own push code
 * (sync/push.ts) against the station's database, so the server ends up as after a sync over a link: new
 * records with the same first revision the push gives them (`new_edits: false`), edits over the revision the
 * PC last knew, a version the server already holds left alone. Importing the same bundle again writes nothing.
 */
export async function importBundle(client: CouchClient, admin: CouchCredentials, text: string, now: Date = new Date()): Promise<BundleImportResult> {
  const opened = openEnvelope(text);
  if (!opened.ok) throw refused(opened.problem);
  const { station, key } = await stationAndKey(client, opened.stationCode);
  const code = station.entry.code;
  const verified = await verifyBundle(text, { kind: 'station', stationCode: code, key });
  if (!verified.ok) throw refused(verified.problem);
  const body: StationBundleBody = verified.body;
  if (body.database !== station.names.database) throw refused('otherStation');

  // Only records of this station, each in a collection of its own type, as the server would accept from a push.
  for (const row of body.rows) {
    const spec = SYNCED_COLLECTIONS.find((c) => c.name === row.collection && c.source === 'station');
    const id = typeof row.doc.id === 'string' ? row.doc.id : '';
    if (!spec || !ownsStationChange(spec.name, id)) throw refused('invalid');
    if (row.doc._deleted !== true && !admitPulledDoc(spec, toCouch(spec, row.doc, undefined), code).ok) throw refused('invalid');
  }

  const url = new URL(client.baseUrl);
  const api = createCouchApi(
    createCouchClient({ serverUrl: url.origin + url.pathname.replace(/\/+$/, ''), username: admin.username, password: admin.password, timeoutMs: 60_000, limiter: createRequestLimiter(4) }),
    station.names.database,
  );
  const refusals = new Map<string, RejectedEntry>();
  const rejected: RejectedStore = {
    load: () => Promise.resolve(),
    list: () => [...refusals.values()],
    get: (id) => refusals.get(id),
    add: (entry) => Promise.resolve(void refusals.set(entry.docId, entry)),
    remove: (id) => Promise.resolve(void refusals.delete(id)),
    onChange: () => undefined,
  };
  // A failed request ends the import (it can simply be run again): the gate is closed from the start.
  const gate = createRetryGate();
  gate.close();
  let written = 0;
  let failure: SyncError | null = null;
  const conflicts = new Set<string>();
  for (const spec of SYNCED_COLLECTIONS) {
    const rows = body.rows.filter((r) => r.collection === spec.name);
    if (rows.length === 0) continue;
    const push = createPushHandler({
      api,
      spec,
      stationId: () => code,
      batch: createBatchLimit(100),
      rejected,
      gate,
      now: () => now,
      onError: (error) => (failure ??= error),
      onSent: (count) => (written += count),
      onBusy: () => undefined,
    });
    let answered;
    try {
      answered = await push(rows.map((r) => ({ ...(r.assumed ? { assumedMasterState: r.assumed } : {}), newDocumentState: r.doc })));
    } catch {
      throw new CityError(messages.bundleImportFailed(failure === null ? '' : `${(failure as SyncError).kind}: ${(failure as SyncError).detail}`));
    }
    for (const doc of answered) conflicts.add(String(doc.id));
  }

  const acknowledged = body.rows
    .filter((r) => !conflicts.has(String(r.doc.id)) && !refusals.has(String(r.doc.id)))
    .map((r) => ({ collection: r.collection, doc: r.doc }));
  const previous = await readReceipt(client, code);
  await client.put(
    docPath(REGISTRY_DB, receiptId(code)),
    {
      _id: receiptId(code),
      ...(previous ? { _rev: previous._rev } : {}),
      bundleId: body.bundleId,
      pcId: body.pcId,
      pulled: body.pulled,
      acknowledged,
      conflicts: [...conflicts],
      importedAt: now.toISOString(),
    },
    writeResultSchema,
  );
  return {
    stationCode: code,
    bundleId: body.bundleId,
    rows: body.rows.length,
    written,
    alreadyThere: acknowledged.length - written,
    conflicts: conflicts.size,
    refused: refusals.size,
    refusals: [...refusals.values()].map((r) => `${r.docId}: ${r.reason}`),
  };
}

async function changesSince(client: CouchClient, db: string, since: BundleSequence, filter: Record<string, string> = {}) {
  return client.get(dbPath(db, `/_changes${query({ since: String(since), include_docs: true, ...filter })}`), changesSchema);
}

/**
 * The station's database since each point the PC had read it to (its collections may stand at different
 * points): the union holds every change any of them lacks. The first answer's end is where the PC goes on
 * from; a change written after it is in the union or comes with the next pull, and twice does no harm.
 */
async function stationFeed(client: CouchClient, db: string, since: BundleSequence[]): Promise<BundleFeed> {
  const byId = new Map<string, BundleChange>();
  let lastSeq: BundleSequence | null = null;
  for (const point of since.length === 0 ? [0] : since) {
    const answer = await changesSince(client, db, point);
    lastSeq ??= answer.last_seq;
    for (const change of answer.results) if (!change.id.startsWith('_design/')) byId.set(change.id, change);
  }
  return { changes: [...byId.values()], lastSeq: lastSeq ?? 0 };
}

export interface BundleExportOptions {
  code: string;
  /** From this server sequence instead of the one the station's last bundle named. */
  since?: string;
  bundleId: string;
  now?: Date;
}

/**
 * `bundle export --station CODE`: the server's changes the station's PC has not read (other PCs' edits,
 * its own records as the server now holds them, the catalogue), deletions included, and the
 * acknowledgement of the last bundle imported from it; signed with the station's key.
 */
export async function exportReturnBundle(client: CouchClient, options: BundleExportOptions): Promise<{ text: string; body: ReturnBundleBody }> {
  const { station, key } = await stationAndKey(client, options.code);
  const receipt = await readReceipt(client, station.entry.code);
  const since: BundleSequence[] = options.since !== undefined ? [options.since] : (receipt?.pulled.station ?? [0]);
  const catalogSince = options.since !== undefined ? 0 : (receipt?.pulled.catalog ?? 0);
  const [ddoc = '', view = ''] = CATALOG_ENTRIES_VIEW.split('/');
  const catalog = await changesSince(client, CATALOG_DB, catalogSince, { filter: '_view', view: `${ddoc}/${view}` });
  const body: ReturnBundleBody = {
    kind: 'return',
    bundleId: options.bundleId,
    stationCode: station.entry.code,
    database: station.names.database,
    pcId: receipt?.pcId ?? '',
    createdAt: (options.now ?? new Date()).toISOString(),
    answers: receipt?.bundleId ?? null,
    station: await stationFeed(client, station.names.database, since),
    catalog: { changes: catalog.results, lastSeq: catalog.last_seq },
    acknowledged: receipt?.acknowledged ?? [],
    conflicts: receipt?.conflicts ?? [],
  };
  return { text: await signBundle(body, key), body };
}
