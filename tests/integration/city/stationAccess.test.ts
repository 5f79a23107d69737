import { readFile, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC_TYPES } from '../../../src-renderer/domain/ids';
import { parseStationSetupFile, stationTypeView } from '../../../src-renderer/domain/stationSetupFile';
import { addStation } from '../../../src-city/commands/stationAdd';
import { resetStationPassword } from '../../../src-city/commands/resetPassword';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest, type Credentials } from '../support/couchHttp';
import { asPushed, ledgerDoc } from '../support/stationDocs';
import { REGISTRY_DB, REPLICATOR_ROLE, REPLICATOR_USERNAME } from '../../../src-city/layout';
import path from 'node:path';

const A = 'JN-LX-001';
const B = 'JN-LX-002';
const DB_A = 'station-jn-lx-001';
const DB_B = 'station-jn-lx-002';

let couch: CityServer;
let stationA: ProvisionedStation;
let stationB: ProvisionedStation;

beforeAll(async () => {
  couch = await startCityServer([A, B]);
  stationA = couch.station(A);
  stationB = couch.station(B);
});

afterAll(async () => {
  await couch?.stop();
});

const as = (auth: Credentials | null, method: string, p: string, body?: unknown) =>
  couchRequest(couch.server.url, method, p, { auth, ...(body === undefined ? {} : { body }) });
const asAdmin = (method: string, p: string, body?: unknown) => as(couch.server.admin, method, p, body);

describe('station add', () => {
  it('creates the database with members = the station account only, and no database admins', async () => {
    expect((await asAdmin('GET', `/${DB_A}`)).status).toBe(200);
    expect((await asAdmin('GET', `/${DB_A}/_security`)).body).toEqual({
      admins: { names: [], roles: [] },
      // The station's account, and the roll-up's replication account to read it (never the admin's password).
      members: { names: [stationA.auth.username], roles: [REPLICATOR_ROLE] },
    });
  });

  it('installs validation, a view per document type and the roll-up filter', async () => {
    const design = (await asAdmin('GET', `/${DB_A}/_design/ledger`)).body as {
      validate_doc_update: string;
      views: Record<string, unknown>;
      filters: Record<string, unknown>;
    };
    expect(design.validate_doc_update).toContain('"JN-LX-001"');
    expect(Object.keys(design.views)).toEqual(expect.arrayContaining([...DOC_TYPES]));
    expect(design.filters.rollup).toBeDefined();
  });

  it('creates the station account with the station role, registers it, and makes the roll-up job as the replication account', async () => {
    const user = (await asAdmin('GET', `/_users/org.couchdb.user:${stationA.auth.username}`)).body as Record<string, unknown>;
    expect(user).toMatchObject({ name: 'station-jn-lx-001', roles: ['station'] });
    // The station's names live in the city's admin-only registry, not on an account a user could edit.
    expect((await asAdmin('GET', `/${REGISTRY_DB}/station:jn-lx-001`)).body).toMatchObject({ code: A, database: DB_A, username: 'station-jn-lx-001' });
    const job = (await asAdmin('GET', `/_replicator/rollup-${DB_A}`)).body as { source: { headers: { Authorization: string } } } & Record<string, unknown>;
    expect(job).toMatchObject({ source: { url: `${couch.server.url}/${DB_A}` }, target: { url: `${couch.server.url}/city-rollup` }, continuous: true });
    // A Mango selector on CouchDB (no JavaScript per change); the stand-in's replicator only takes the filter.
    expect(job.selector ?? job.filter).toBeDefined();
    const basic = Buffer.from(job.source.headers.Authorization.replace(/^Basic /, ''), 'base64').toString();
    expect(basic.split(':')[0]).toBe(REPLICATOR_USERNAME);
    expect(basic).not.toContain(couch.server.admin.password);
  });

  it('writes a set-up file only its owner can read, which the app’s schema accepts', async () => {
    expect((await stat(stationA.file)).mode & 0o777).toBe(0o600);
    expect(stationA.setup).toMatchObject({
      serverUrl: couch.server.url,
      database: DB_A,
      username: 'station-jn-lx-001',
      station: { code: A, county: '历下区', center: '历下区新时代文明实践中心', institute: '姚家街道新时代文明实践所' },
    });
    expect(stationA.setup.password.length).toBeGreaterThanOrEqual(32);
    expect(stationA.setup.password).not.toBe(stationB.setup.password);
  });

  it('refuses to add the same station again (in any letter case) and leaves its account alone', async () => {
    const before = (await asAdmin('GET', `/_users/org.couchdb.user:${stationA.auth.username}`)).body as { _rev: string };
    const again = addStation(couch.city.client, {
      profile: { code: 'jn-lx-001', name: '重复', county: '历下区', center: '中心', institute: '所' },
      outDir: path.dirname(stationA.file),
      publicUrl: couch.server.url,
      replication: couch.city.replication,
    });
    await expect(again).rejects.toMatchObject({ text: { en: expect.stringContaining('already exists') as unknown } });
    const after = (await asAdmin('GET', `/_users/org.couchdb.user:${stationA.auth.username}`)).body as { _rev: string };
    expect(after._rev).toBe(before._rev);
    expect((await as(stationA.auth, 'GET', `/${DB_A}`)).status).toBe(200);
  });
});

describe('what a station account may do', () => {
  it('cannot read or write another station’s database (403), and anonymous callers get 401', async () => {
    expect((await as(stationA.auth, 'GET', `/${DB_B}`)).status).toBe(403);
    expect((await as(stationA.auth, 'GET', `/${DB_B}/_all_docs`)).status).toBe(403);
    expect((await as(stationA.auth, 'GET', `/${DB_B}/_changes`)).status).toBe(403);
    const write = await as(stationA.auth, 'PUT', `/${DB_B}/volunteer:fromA`, asPushed(ledgerDoc('volunteer', B)));
    expect(write.status).toBe(403);
    expect((await as(stationA.auth, 'POST', `/${DB_B}/_bulk_docs`, { docs: [asPushed(ledgerDoc('volunteer', B))] })).status).toBe(403);
    expect((await as(null, 'GET', `/${DB_B}`)).status).toBe(401);
    expect((await as(null, 'PUT', `/${DB_A}/volunteer:anon`, asPushed(ledgerDoc('volunteer', A)))).status).toBe(401);
  });

  it('reads the catalog but cannot write to it', async () => {
    const read = await as(stationA.auth, 'GET', '/catalog/field:theory');
    expect(read.status).toBe(200);
    const write = await as(stationA.auth, 'PUT', '/catalog/field:mine', { kind: 'field', code: 'mine', name: 'x', body: '', order: 99, updatedAt: '' });
    expect(write.status).toBe(403);
    const current = read.body as Record<string, unknown>;
    expect((await as(stationA.auth, 'PUT', '/catalog/field:theory', { ...current, name: '改掉' })).status).toBe(403);
  });

  it('cannot read the roll-up, which holds every station’s records', async () => {
    expect((await as(stationA.auth, 'GET', '/city-rollup/_all_docs')).status).toBe(403);
  });

  it('writes valid records to its own database, singly and as RxDB pushes them in bulk', async () => {
    const single = ledgerDoc('volunteer', A);
    expect((await as(stationA.auth, 'PUT', `/${DB_A}/${single.id}`, asPushed(single))).status).toBe(201);
    const docs = DOC_TYPES.map((type) => asPushed(ledgerDoc(type, A)));
    const bulk = await as(stationA.auth, 'POST', `/${DB_A}/_bulk_docs`, { docs });
    expect(bulk.status).toBe(201);
    expect((bulk.body as Array<{ ok?: boolean }>).every((row) => row.ok === true)).toBe(true);
  });

  it('is refused a record carrying another station’s stationId (403, the reason names stationId)', async () => {
    const doc = ledgerDoc('volunteer', B);
    const single = await as(stationA.auth, 'PUT', `/${DB_A}/${doc.id}`, asPushed(doc));
    expect(single.status).toBe(403);
    expect(single.body).toMatchObject({ error: 'forbidden', reason: expect.stringContaining('stationId') as unknown });
    const bulk = await as(stationA.auth, 'POST', `/${DB_A}/_bulk_docs`, { docs: [asPushed(doc)] });
    expect(bulk.body).toEqual([{ id: doc.id, error: 'forbidden', reason: expect.stringContaining('stationId') as unknown }]);
  });

  it('is refused malformed records: a volunteer without a name, an unknown id prefix', async () => {
    const { name: _name, ...nameless } = ledgerDoc('volunteer', A);
    const noName = await as(stationA.auth, 'PUT', `/${DB_A}/${nameless.id}`, asPushed(nameless));
    expect(noName.status).toBe(403);
    expect(noName.body).toMatchObject({ reason: expect.stringContaining('name is missing') as unknown });
    const unknown = await as(stationA.auth, 'PUT', `/${DB_A}/gossip:1`, { ...asPushed(ledgerDoc('volunteer', A)), _id: 'gossip:1' });
    expect(unknown.status).toBe(403);
    expect(unknown.body).toMatchObject({ reason: expect.stringContaining('Unknown document type') as unknown });
  });

  it('deletes records, with or without a body, and each type view’s changes feed shows only that type, deletions included', async () => {
    const team = ledgerDoc('team', A);
    const created = (await as(stationA.auth, 'PUT', `/${DB_A}/${team.id}`, asPushed(team))).body as { rev: string };
    const removed = await as(stationA.auth, 'DELETE', `/${DB_A}/${team.id}?rev=${created.rev}`);
    expect(removed.status).toBe(200);
    const project = ledgerDoc('project', A);
    const made = (await as(stationA.auth, 'PUT', `/${DB_A}/${project.id}`, asPushed(project))).body as { rev: string };
    const tombstone = await as(stationA.auth, 'POST', `/${DB_A}/_bulk_docs`, { docs: [{ ...asPushed(project, true), _rev: made.rev }] });
    expect((tombstone.body as Array<{ ok?: boolean }>)[0]?.ok).toBe(true);

    const changes = await as(stationA.auth, 'GET', `/${DB_A}/_changes?filter=_view&view=${stationTypeView('team')}`);
    const results = (changes.body as { results: Array<{ id: string; deleted?: boolean }> }).results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.id.startsWith('team:'))).toBe(true);
    expect(results.find((r) => r.id === team.id)?.deleted).toBe(true);
  });

  it('cannot install design documents or change its database’s _security', async () => {
    const design = await as(stationA.auth, 'PUT', `/${DB_A}/_design/mine`, { views: {} });
    // CouchDB answers 401 "You are not a db or server admin."; the stand-in says 401 too.
    expect([401, 403]).toContain(design.status);
    expect((await asAdmin('GET', `/${DB_A}/_design/mine`)).status).toBe(404);
    const security = await as(stationA.auth, 'PUT', `/${DB_A}/_security`, { members: { names: [stationA.auth.username, stationB.auth.username] } });
    expect(security.status).toBe(500);
    expect((await asAdmin('GET', `/${DB_A}/_security`)).body).toMatchObject({ members: { names: [stationA.auth.username] } });
  });
});

describe('station reset-password', () => {
  it('makes the old password stop working and issues a working one in a new set-up file', async () => {
    const oldAuth = stationB.auth;
    const { file } = await resetStationPassword(couch.city.client, { code: B, outDir: path.dirname(stationB.file), publicUrl: couch.server.url });
    expect(file).toBe(stationB.file);
    const parsed = parseStationSetupFile(await readFile(file, 'utf8'));
    if (!parsed.ok) throw new Error('the new set-up file does not parse');
    expect(parsed.value.password).not.toBe(oldAuth.password);
    expect(parsed.value.station.code).toBe(B);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    expect((await as(oldAuth, 'GET', `/${DB_B}`)).status).toBe(401);
    expect((await as({ username: parsed.value.username, password: parsed.value.password }, 'GET', `/${DB_B}`)).status).toBe(200);
    const roles = (await asAdmin('GET', `/_users/org.couchdb.user:${parsed.value.username}`)).body as { roles: string[] };
    expect(roles.roles).toEqual(['station']);
  });

  it('says so when the station does not exist', async () => {
    await expect(resetStationPassword(couch.city.client, { code: 'NOPE-1', outDir: path.dirname(stationB.file), publicUrl: couch.server.url })).rejects.toMatchObject({
      text: { en: expect.stringContaining('There is no station NOPE-1') as unknown },
    });
  });
});
