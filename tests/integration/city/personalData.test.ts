import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refreshSummaries } from '../../../src-city/commands/summaries';
import { REPLICATOR_DB, ROLLUP_DB } from '../../../src-city/layout';
import { createCertificateRepository } from '../../../src-renderer/data/certificates/repository';
import { recordConflict } from '../../../src-renderer/data/conflicts/conflictHandler';
import { openLedger, type Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import type { StationCredentials } from '../../../src-renderer/platform/api';
import { createSyncService, type SyncService } from '../../../src-renderer/sync/syncService';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { credentialsOf, eventually } from '../sync/support/serverDocs';
import { TEST_TIMINGS } from '../sync/support/stationPc';

/**
 * The Personal Information Protection Law, end to end with the app: a station syncs volunteers, a
 * certificate and a conflict copy; afterwards no database but the station's own holds any of their ID
 * numbers or phones, whoever looks (every document of every database, `_local` ones included). The
 * volunteer deleted in the app leaves a tombstone without them, and no replication job holds the admin's
 * password.
 */
const A = 'JN-LX-301';
const ID_NUMBERS = [withCheckChar('37010219800303003'), withCheckChar('37010219810404004')];
const PHONES = ['13900000303', '13900000404', '13900000505'];

let couch: CityServer;
let station: ProvisionedStation;
let ledger: Ledger | null = null;
let sync: SyncService | null = null;
/** 李四's record id, deleted by the second test. */
let liId = '';

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
}, 120_000);

afterAll(async () => {
  await sync?.stop();
  await ledger?.close();
  await couch?.stop();
}, 60_000);

const asAdmin = (method: string, path: string, body?: unknown) => couchRequest(couch.server.url, method, path, { auth: couch.server.admin, ...(body === undefined ? {} : { body }) });

const rowsSchema = z.object({ rows: z.array(z.object({ id: z.string(), doc: z.unknown().optional() })) });

/** Every document of a database as JSON text: live ones with their conflicting revisions, and `_local` ones. */
async function everythingIn(db: string): Promise<string> {
  const path = `/${encodeURIComponent(db)}`;
  const parts: string[] = [];
  const all = rowsSchema.parse((await asAdmin('GET', `${path}/_all_docs?include_docs=true&conflicts=true`)).body);
  parts.push(JSON.stringify(all.rows));
  const local = await asAdmin('GET', `${path}/_local_docs?include_docs=true`);
  if (local.status === 200) parts.push(JSON.stringify(local.body));
  return parts.join('\n');
}

function personalDataIn(text: string): string[] {
  return [...ID_NUMBERS, ...PHONES].filter((value) => text.includes(value));
}

async function syncOk(): Promise<void> {
  const run = await sync?.syncNow();
  expect(run?.errorKey, run?.errorDetail).toBe('');
}

describe('personal data stays in the station’s own database', () => {
  it('after volunteers, a certificate and a conflict copy sync, and the roll-up is refreshed, no other database holds an ID number or phone', async () => {
    const saved = { value: null as StationCredentials | null };
    ledger = await openLedger({ storage: await createLedgerStorage(), name: 'pipl-pc', localName: 'pipl-pc-local' });
    sync = createSyncService({
      ledger,
      credentials: {
        loadCredentials: () => Promise.resolve(saved.value),
        saveCredentials: (c) => Promise.resolve(void (saved.value = c)),
        clearCredentials: () => Promise.resolve(void (saved.value = null)),
      },
      timings: TEST_TIMINGS,
      random: () => 0.5,
      health: { appVersion: '0.1.0' },
    });
    await ledger.setUpStation({ ...station.setup.station, contactName: '李站长', contactPhone: PHONES[2], address: '济南市历下区', services: ['water'] });
    const zhang = await ledger.volunteers.create(volunteerInput({ name: '张三', idNumber: ID_NUMBERS[0], phone: PHONES[0] }));
    liId = (await ledger.volunteers.create(volunteerInput({ name: '李四', gender: 'female', idNumber: ID_NUMBERS[1], phone: PHONES[1] }))).id;
    await ledger.activities.create({ title: '义诊', date: '2024-03-05', startTime: '09:00', endTime: '12:00', place: '社区', field: 'health', participants: [{ volunteerId: zhang.id, hours: 3 }], servedCount: 10, servedGroups: [] });
    await createCertificateRepository(ledger.db, ledger.ctx).issue({
      volunteerId: zhang.id,
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      content: '参加卫生健康志愿服务',
      issuer: station.setup.station.name,
      personInCharge: '李站长',
      handler: '王经办',
      contact: '0531-88888888',
      issuedDate: '2025-01-15',
    });
    const stored = { ...(await ledger.volunteers.get(zhang.id)), _deleted: false } as Record<string, unknown> & { _deleted: boolean };
    await recordConflict(ledger.db.conflicts, ledger.ctx, 'volunteers', stored, { ...stored, phone: PHONES[1], notes: '另一台电脑的修改' });
    await sync.start();
    await sync.connect(credentialsOf(station));
    await syncOk();

    // The station's own database holds them (that is where they belong) …
    const own = await everythingIn(station.setup.database);
    expect(personalDataIn(own)).toEqual([...ID_NUMBERS, ...PHONES]);
    expect(own).toContain('"certificate:');
    expect(own).toContain('"conflict:');
    // … and the roll-up gets the activity (so replication has run) and the summary, nothing personal.
    await eventually('activity replicated to the roll-up', async () => JSON.stringify((await asAdmin('GET', `/${ROLLUP_DB}/_all_docs`)).body).includes('"activity:'), { tries: 100, pauseMs: 200 });
    await refreshSummaries(couch.city.client);
    const dbs = z.array(z.string()).parse((await asAdmin('GET', '/_all_dbs')).body);
    expect(dbs).toContain(ROLLUP_DB);
    for (const db of dbs.filter((name) => name !== station.setup.database)) {
      expect(personalDataIn(await everythingIn(db)), db).toEqual([]);
    }
  }, 120_000);

  it('a volunteer deleted in the app leaves a tombstone without their ID number or phone', async () => {
    if (!ledger || !sync) throw new Error('the first test did not open the PC');
    await ledger.volunteers.remove(liId);
    await syncOk();
    const db = station.setup.database;
    const changes = await asAdmin('GET', `/${db}/_changes?include_docs=true&style=all_docs`);
    const tombstone = z.object({ results: z.array(z.object({ id: z.string(), deleted: z.boolean().optional(), doc: z.unknown() })) }).parse(changes.body).results.find((r) => r.id === liId);
    expect(tombstone?.deleted).toBe(true);
    expect(Object.keys(tombstone?.doc as Record<string, unknown>).sort()).toEqual(['_deleted', '_id', '_rev']);
    // The certificate still names 张三 only; 李四's number and phone are nowhere in the current documents.
    const current = JSON.stringify((await asAdmin('GET', `/${db}/_all_docs?include_docs=true`)).body);
    expect(current).not.toContain(ID_NUMBERS[1]);
  }, 60_000);

  it('no replication job holds the admin’s password', async () => {
    const jobs = JSON.stringify((await asAdmin('GET', `/${REPLICATOR_DB}/_all_docs?include_docs=true`)).body);
    expect(jobs).toContain('rollup-');
    expect(jobs).not.toContain(couch.server.admin.password);
    expect(jobs).not.toContain(Buffer.from(`${couch.server.admin.username}:${couch.server.admin.password}`).toString('base64'));
  });
});
