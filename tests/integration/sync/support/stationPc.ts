import { getChangedDocumentsSince, type RxStorageInstance } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createConflictRepository } from '../../../../src-renderer/data/conflicts/repository';
import { collectionOf, COLLECTIONS } from '../../../../src-renderer/data/database';
import { openLedger, type Ledger } from '../../../../src-renderer/data/session';
import { createLedgerStorage, type LedgerStorage } from '../../../../src-renderer/data/storage';
import type { CertificateDoc } from '../../../../src-renderer/domain/entities/certificate';
import type { VolunteerDoc } from '../../../../src-renderer/domain/entities/volunteer';
import type { StationCredentials } from '../../../../src-renderer/platform/api';
import type { SyncTimings } from '../../../../src-renderer/sync/constants';
import type { SyncStatus } from '../../../../src-renderer/sync/status';
import { createSyncService, type SyncService } from '../../../../src-renderer/sync/syncService';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../../src-renderer/domain/entities/wireFormat';

/** Quick enough for tests, same code paths as the app. */
export const TEST_TIMINGS: SyncTimings = {
  intervalMs: 60_000,
  requestTimeoutMs: 3000,
  changesWaitMs: 1000,
  remoteChangeDebounceMs: 50,
  pendingRecountDebounceMs: 20,
  backoffBaseMs: 50,
  backoffMaxMs: 400,
  runDeadlineMs: 120_000,
  lockoutWaitMs: 1000,
};

export interface PcOptions {
  /** Unique per PC: names its IndexedDB databases. */
  name: string;
  station: { code: string; name: string; county: string; center: string; institute: string };
  credentials: StationCredentials;
  timings?: Partial<SyncTimings>;
  /** 'dev' wraps storage with RxDB dev-mode schema checks (only where import.meta.env exists: vitest). */
  storage: 'dev' | 'plain';
  /** A fixed clock start; each write advances it by a millisecond so ordering is deterministic. */
  clockStart?: string;
  /** What the sync service talks to the server with (in-process PCs only), e.g. to count its requests. */
  fetch?: typeof fetch;
}

/** One document as the comparison sees it: its content and whether it is deleted. */
export type Snapshot = Record<string, Record<string, string>>;

const PROFILE_REST = {
  contactName: '李站长',
  contactPhone: '13805310001',
  address: '济南市历下区幸福里社区服务中心一楼',
  services: ['water'],
};

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Content of a stored or fetched document without revision, RxDB metadata, CouchDB's `_id` or the version
 * stamp a push adds (domain/entities/wireFormat.ts): what the keeper wrote, the same on the PC and the server.
 */
export function contentKey(doc: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === '_deleted') out.deleted = v === true;
    else if (!k.startsWith('_') && k !== WIRE_VERSION_FIELD && k !== WIRE_MAJOR_FIELD) out[k] = v;
  }
  if (out.deleted === undefined) out.deleted = false;
  if (out.id === undefined && typeof doc._id === 'string') out.id = doc._id;
  return stable(out);
}

/** Every stored document of one collection, deleted ones included, as id → content. */
async function dump<T>(instance: RxStorageInstance<T, unknown, unknown, unknown>): Promise<Record<string, string>> {
  const all = await getChangedDocumentsSince(instance, 1_000_000);
  const docs: Record<string, string> = {};
  for (const doc of all.documents) {
    const plain: Record<string, unknown> = { ...doc };
    docs[String(plain.id)] = contentKey(plain);
  }
  return docs;
}

/**
 * A station PC for tests: a ledger on (fake) IndexedDB, a profile, and the sync service connected with
 * the given credentials. Everything a test does goes through methods that take and return plain data,
 * so the same object can be driven inside a worker thread (RxDB allows 13 open collections per process).
 */
export async function openPc(options: PcOptions) {
  let clock = options.clockStart ? Date.parse(options.clockStart) : 0;
  const now = options.clockStart ? () => new Date((clock += 1)) : () => new Date();
  const storage: LedgerStorage = options.storage === 'dev' ? await createLedgerStorage() : getRxStorageDexie();
  const ledger: Ledger = await openLedger({ storage, name: options.name, localName: `${options.name}-local`, now });
  const stored = { value: null as StationCredentials | null };
  const sync: SyncService = createSyncService({
    ledger,
    credentials: {
      loadCredentials: () => Promise.resolve(stored.value),
      saveCredentials: (c) => {
        stored.value = c;
        return Promise.resolve();
      },
      clearCredentials: () => {
        stored.value = null;
        return Promise.resolve();
      },
    },
    timings: { ...options.timings },
    random: () => 0.5,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const conflicts = createConflictRepository(ledger.db, ledger.ctx);

  const api = {
    /** In-process PCs only: the service itself (a worker cannot hand it over). */
    sync,
    /** In-process PCs only: the ledger, for record types the PC's helpers below do not cover. */
    ledger,
    async setUpAndConnect(): Promise<void> {
      if (!(await ledger.station.get())) await ledger.setUpStation({ ...options.station, ...PROFILE_REST });
      await sync.start();
      await sync.connect(options.credentials);
    },
    /** A station's second PC: no profile of its own, the station known from its set-up file. */
    async joinAndConnect(): Promise<void> {
      await ledger.joinStation(options.station.code);
      await sync.start();
      await sync.connect(options.credentials);
    },
    /** The keeper imports a new set-up file (e.g. after the city reset the password). */
    async reconnect(credentials: StationCredentials): Promise<void> {
      await sync.connect(credentials);
    },
    async profile(): Promise<Record<string, unknown> | null> {
      const doc = await ledger.station.get();
      return doc ? { ...doc } : null;
    },
    deviceId: () => ledger.ctx.deviceId,
    /** Advances this PC's clock (fixed-clock PCs only), e.g. to make its next edit the later one. */
    advanceClock(ms: number): void {
      clock += ms;
    },
    async createVolunteer(input: Record<string, unknown>): Promise<string> {
      return (await ledger.volunteers.create(input)).id;
    },
    async updateVolunteer(id: string, input: Record<string, unknown>): Promise<void> {
      const current = await ledger.volunteers.get(id);
      if (!current) throw new Error(`no volunteer ${id}`);
      await ledger.volunteers.update(id, { ...current, ...input });
    },
    async createTeam(input: Record<string, unknown>): Promise<string> {
      return (await ledger.teams.create(input)).id;
    },
    async updateTeam(id: string, input: Record<string, unknown>): Promise<void> {
      const current = await ledger.teams.get(id);
      if (!current) throw new Error(`no team ${id}`);
      await ledger.teams.update(id, { ...current, ...input });
    },
    async createProject(input: Record<string, unknown>): Promise<string> {
      return (await ledger.projects.create(input)).id;
    },
    async createActivity(input: Record<string, unknown>): Promise<string> {
      return (await ledger.activities.create(input)).id;
    },
    async remove(collection: 'volunteers' | 'teams' | 'projects' | 'activities', id: string): Promise<void> {
      await ledger[collection].remove(id);
    },
    /** Writes a raw document straight into a collection, bypassing the repositories' rules. */
    async insertRawVolunteer(doc: VolunteerDoc): Promise<void> {
      await ledger.db.volunteers.upsert(doc);
    },
    async patchRawVolunteer(id: string, patch: Partial<VolunteerDoc>): Promise<void> {
      const doc = await ledger.db.volunteers.findOne(id).exec();
      if (!doc) throw new Error(`no volunteer ${id}`);
      await doc.incrementalPatch(patch);
    },
    /** A certificate register entry as issued; the certificate screens own the real issuing rules. */
    async issueCertificate(volunteerId: string, sequence: number): Promise<string> {
      const v = await ledger.volunteers.get(volunteerId);
      if (!v) throw new Error(`no volunteer ${volunteerId}`);
      const at = ledger.ctx.now().toISOString();
      const doc: CertificateDoc = {
        id: `certificate:${options.name}-${sequence}`,
        stationId: ledger.ctx.stationId,
        createdAt: at,
        updatedAt: at,
        updatedBy: ledger.ctx.deviceId,
        number: `${ledger.ctx.stationId}-2024-${String(sequence).padStart(4, '0')}`,
        verificationCode: 'ABCD2345',
        volunteerId,
        volunteerName: v.name,
        idType: v.idType,
        idNumber: v.idNumber,
        volunteerNo: v.volunteerNo,
        periodFrom: '2024-01-01',
        periodTo: '2024-12-31',
        hours: 2,
        sessions: 1,
        stars: 0,
        content: '参加义诊进社区志愿服务',
        issuer: '幸福里社区新时代文明实践站',
        personInCharge: '李站长',
        handler: '王干事',
        contact: '13805310001',
        issuedDate: '2024-12-31',
        year: 2024,
        sequence,
        revokedAt: '',
        revokedReason: '',
      };
      await ledger.db.certificates.insert(doc);
      return doc.id;
    },
    async getVolunteer(id: string): Promise<VolunteerDoc | null> {
      return ledger.volunteers.get(id);
    },
    async syncNow(): Promise<{ ok: boolean; errorKey: string; errorDetail: string } | null> {
      const run = await sync.syncNow();
      return run ? { ok: run.errorKey === '', errorKey: run.errorKey, errorDetail: run.errorDetail } : null;
    },
    status: (): SyncStatus => sync.getStatus(),
    /** Every replicated document on this PC, deleted ones included, as id → content. */
    async snapshot(): Promise<Snapshot> {
      // Every collection the database has, so a new record type is compared without a change here.
      const names = [...COLLECTIONS.keys()];
      const dumps = await Promise.all(names.map((name) => dump(collectionOf(ledger.db, name).storageInstance)));
      return Object.fromEntries(names.map((name, i) => [name, dumps[i] ?? {}]));
    },
    async openConflicts(): Promise<{ id: string; docId: string; kind: string; collectionName: string; loser: string; winner: string }[]> {
      const open = await ledger.db.conflicts.find({ selector: { resolved: false } }).exec();
      return open.map((d) => ({ id: d.id, docId: d.docId, kind: d.kind, collectionName: d.collectionName, loser: d.loser, winner: d.winner }));
    },
    async keepOther(conflictId: string): Promise<void> {
      await conflicts.keepOther(conflictId);
    },
    async close(): Promise<void> {
      await sync.stop();
      await ledger.close();
    },
  };
  return api;
}

export type Pc = Awaited<ReturnType<typeof openPc>>;
