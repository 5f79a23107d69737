import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCity } from '../../../src-city/commands/init';
import { purgePerson } from '../../../src-city/commands/purge';
import { collectYearReport } from '../../../src-city/commands/report';
import { listStations } from '../../../src-city/commands/stationList';
import { refreshSummaries } from '../../../src-city/commands/summaries';
import { ROLLUP_DB, STATION_ROLE, USERS_DB } from '../../../src-city/layout';
import { withCheckChar } from '../../support/testLedger';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { activityDoc, asPushed, ledgerDoc } from '../support/stationDocs';

/**
 * The city's side of the Personal Information Protection Law on the real server: erasure on request leaves
 * nothing of the person on disk, an account that merely looks like a station is never one, and what an
 * earlier set-up copied into the roll-up goes for good.
 */
const A = 'JN-LX-001';
const ID_NUMBER = withCheckChar('37010219700707007');
const PHONE = '13912340707';

let couch: CityServer;
let station: ProvisionedStation;

const asAdmin = (method: string, p: string, body?: unknown) => couchRequest(couch.server.url, method, p, { auth: couch.server.admin, ...(body === undefined ? {} : { body }) });
const asStation = (method: string, p: string, body?: unknown) => couchRequest(couch.server.url, method, p, { auth: station.auth, ...(body === undefined ? {} : { body }) });

/** Everything CouchDB answers about a document, deleted revisions included: 404 `missing` when it is gone for good. */
async function traceOf(db: string, id: string): Promise<{ status: number; reason: unknown }> {
  const answer = await asAdmin('GET', `/${db}/${encodeURIComponent(id)}?revs_info=true`);
  return { status: answer.status, reason: (answer.body as { reason?: unknown }).reason };
}

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
}, 120_000);

afterAll(async () => {
  await couch?.stop();
}, 60_000);

describe('erasure on request (purge)', () => {
  it('on the stand-in, which has no _purge, says so instead of pretending', async () => {
    if (couch.server.real) {
      console.log('[skip] the stand-in’s refusal to purge is checked without COUCHDB_URL; this run is on Apache CouchDB');
      return;
    }
    await expect(purgePerson(couch.city.client, { code: A, idNumber: ID_NUMBER })).rejects.toMatchObject({ text: { en: expect.stringContaining('cannot purge') as unknown } });
  });

  it('refuses while the person is still registered, then removes the record, its certificate and conflict copy with every revision', async () => {
    if (!couch.server.real) {
      console.log('[skip] purge needs CouchDB’s _purge, which the stand-in lacks: set COUCHDB_URL to run it on Apache CouchDB');
      return;
    }
    const db = station.setup.database;
    const volunteer = ledgerDoc('volunteer', A, { name: '陈七', idNumber: ID_NUMBER, phone: PHONE });
    const certificate = ledgerDoc('certificate', A, { volunteerId: volunteer.id, volunteerName: '陈七', idNumber: ID_NUMBER });
    const conflict = ledgerDoc('conflict', A, { docId: volunteer.id, loser: JSON.stringify({ name: '陈七', phone: PHONE }) });
    const activity = activityDoc(A, '2024-05-04', 'aid', 2, 9);
    const served = { ...activity, participants: [{ volunteerId: volunteer.id, hours: 2 }] };
    const written = await asStation('POST', `/${db}/_bulk_docs`, { docs: [volunteer, certificate, conflict, served].map((d) => asPushed(d)) });
    expect(written.body).toEqual(Array.from({ length: 4 }, (): unknown => expect.objectContaining({ ok: true })));

    await expect(purgePerson(couch.city.client, { code: A, idNumber: ID_NUMBER })).rejects.toMatchObject({ text: { en: expect.stringContaining(volunteer.id) as unknown } });

    // The keeper deletes the volunteer as the app does: a bare tombstone; the edit before it still holds the number.
    const live = (await asStation('GET', `/${db}/${volunteer.id}`)).body as { _rev: string };
    expect((await asStation('PUT', `/${db}/${volunteer.id}?rev=${live._rev}`, { _deleted: true })).body).toMatchObject({ ok: true });

    const report = await purgePerson(couch.city.client, { code: A, idNumber: ID_NUMBER });
    expect(report.volunteers.map((d) => d.id)).toEqual([volunteer.id]);
    expect(report.certificates.map((d) => d.id)).toEqual([certificate.id]);
    expect(report.conflicts.map((d) => d.id)).toEqual([conflict.id]);
    expect(report.participations).toBe(1);
    for (const id of [volunteer.id, certificate.id, conflict.id]) expect(await traceOf(db, id), id).toEqual({ status: 404, reason: 'missing' });
    // The activity keeps its hours under a record id that no longer leads to anyone.
    expect((await asAdmin('GET', `/${db}/${activity.id}`)).body).toMatchObject({ participants: [{ volunteerId: volunteer.id, hours: 2 }] });
    const everything = await asAdmin('GET', `/${db}/_all_docs?include_docs=true`);
    expect(JSON.stringify(everything.body)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(everything.body)).not.toContain(PHONE);
  });
});

describe('what counts as a station', () => {
  it('an account named like a station with the station role, but not in the registry, is never listed or reported; init says why', async () => {
    const impostor = 'station-jn-zz-999';
    const profile = { code: 'JN-ZZ-999', name: '冒名站', city: '济南市', county: '历下区', center: '中心', institute: '所', database: impostor };
    const account = { _id: `org.couchdb.user:${impostor}`, name: impostor, type: 'user', roles: [STATION_ROLE], password: 'x'.repeat(32), stationLedger: profile };
    expect((await asAdmin('PUT', `/${USERS_DB}/${account._id}`, account)).status).toBe(201);

    const { rows, untrusted } = await listStations(couch.city.client);
    expect(rows.map((r) => r.code)).toEqual([A]);
    expect(untrusted.map((u) => ({ name: u.name, reason: u.reason }))).toEqual([{ name: impostor, reason: 'notRegistered' }]);

    const changes = await initCity(couch.city.client, couch.city.replication);
    expect(changes).toContainEqual(expect.objectContaining({ what: `station ${impostor}`, outcome: 'ignored' }));
    expect((await asAdmin('GET', `/${impostor}`)).status).toBe(404);
    const report = await collectYearReport(couch.city.client, 2024);
    expect(report.stations.map((s) => s.code)).toEqual([A]);
  });
});

describe('a roll-up an earlier set-up filled with personal data', () => {
  it('init removes every volunteer copy from it with its history, and keeps the activities and summaries', async () => {
    const copy = asPushed(ledgerDoc('volunteer', A, { idNumber: ID_NUMBER, phone: PHONE }));
    // Only an admin can still write one there: the roll-up's own validation refuses it to the replicator.
    expect((await asAdmin('PUT', `/${ROLLUP_DB}/${String(copy._id)}`, copy)).status).toBe(201);
    await refreshSummaries(couch.city.client);

    const changes = await initCity(couch.city.client, couch.city.replication);
    expect(changes).toContainEqual(expect.objectContaining({ what: `${ROLLUP_DB}: 1 × volunteer` }));
    expect(await traceOf(ROLLUP_DB, String(copy._id))).toEqual({ status: 404, reason: 'missing' });
    expect((await asAdmin('GET', `/${ROLLUP_DB}/summary:${A}`)).status).toBe(200);
  });
});
