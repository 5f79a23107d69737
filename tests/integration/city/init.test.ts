import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import { initCity } from '../../../src-city/commands/init';
import { addStation } from '../../../src-city/commands/stationAdd';
import { CouchClient } from '../../../src-city/couch/client';
import { CATALOG_DB, CITY_VIEWER_ROLE, REGISTRY_DB, REPLICATOR_DB, REPLICATOR_ROLE, REPLICATOR_USERNAME, ROLLUP_DB, USERS_DB } from '../../../src-city/layout';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { couchRequest } from '../support/couchHttp';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

let server: CouchServer;
let client: CouchClient;
let outDir: string;

beforeAll(async () => {
  server = await startCouchServer();
  client = new CouchClient(server.url, server.admin);
  outDir = await mkdtemp(path.join(tmpdir(), 'city-init-'));
});

afterAll(async () => {
  await server.stop();
  await rm(outDir, { recursive: true, force: true });
});

const replication = () => ({ replicateUrl: server.url, admin: server.admin });
const asAdmin = (method: string, p: string) => couchRequest(server.url, method, p, { auth: server.admin });

/** Every document id and revision in a database, plus its security object. */
async function snapshot(db: string) {
  const docs = await asAdmin('GET', `/${db}/_all_docs`);
  const security = await asAdmin('GET', `/${db}/_security`);
  return { docs: docs.body, security: security.body };
}

describe('city init', () => {
  it('must come first: station add on an empty server says to run init', async () => {
    const early = addStation(client, {
      profile: { code: 'JN-LX-000', name: '太早的站', county: '历下区', center: '中心', institute: '所' },
      outDir,
      publicUrl: server.url,
      replication: replication(),
    });
    await expect(early).rejects.toMatchObject({ text: { zh: expect.stringContaining('npm run city -- init') as unknown } });
    expect((await asAdmin('GET', '/station-jn-lx-000')).status).toBe(404);
  });

  it('creates the catalog with the ten service fields, the roll-up, and their design documents', async () => {
    const changes = await initCity(client, replication());
    expect(changes.some((c) => c.what === `database ${CATALOG_DB}` && c.outcome === 'created')).toBe(true);

    const fields = await asAdmin('GET', `/${CATALOG_DB}/_all_docs?include_docs=true`);
    const rows = (fields.body as { rows: Array<{ id: string; doc: { kind?: string; name?: string } }> }).rows;
    expect(rows.filter((r) => r.doc.kind === 'field').map((r) => r.id).sort()).toEqual(SERVICE_FIELDS.map((f) => `field:${f}`).sort());
    expect(rows.find((r) => r.id === 'field:theory')?.doc.name).toBe('理论宣讲');
    expect(rows.some((r) => r.id === '_design/catalog')).toBe(true);

    expect((await asAdmin('GET', `/${CATALOG_DB}/_security`)).body).toMatchObject({ members: { roles: ['station'] } });
    // The roll-up is the replication account's to write and nobody else's; the registry is admins' only.
    expect((await asAdmin('GET', `/${ROLLUP_DB}/_security`)).body).toMatchObject({ members: { roles: [REPLICATOR_ROLE, CITY_VIEWER_ROLE] } });
    expect((await asAdmin('GET', `/${REGISTRY_DB}/_security`)).body).toMatchObject({ members: { roles: ['_admin'] } });
    expect((await asAdmin('GET', `/${USERS_DB}/org.couchdb.user:${REPLICATOR_USERNAME}`)).body).toMatchObject({ roles: [REPLICATOR_ROLE] });
    expect((await asAdmin('GET', `/${ROLLUP_DB}/_design/rollup`)).status).toBe(200);
    for (const db of [USERS_DB, REPLICATOR_DB]) expect((await asAdmin('GET', `/${db}`)).status).toBe(200);
  });

  it('changes nothing when run again: no new revisions, also for stations added in between', async () => {
    await addStation(client, {
      profile: { code: 'JN-LX-001', name: '幸福里站', county: '历下区', center: '中心', institute: '所' },
      outDir,
      publicUrl: server.url,
      replication: replication(),
    });
    const dbs = [CATALOG_DB, ROLLUP_DB, 'station-jn-lx-001'];
    const before = await Promise.all(dbs.map(snapshot));
    const catalogSeq = ((await asAdmin('GET', `/${CATALOG_DB}`)).body as { update_seq: unknown }).update_seq;
    const userRev = ((await asAdmin('GET', `/${USERS_DB}/org.couchdb.user:station-jn-lx-001`)).body as { _rev: string })._rev;

    const changes = await initCity(client, replication());

    expect(changes.filter((c) => c.outcome !== 'unchanged')).toEqual([]);
    expect(changes.map((c) => c.what)).toContain('station-jn-lx-001/_design/ledger');
    expect(await Promise.all(dbs.map(snapshot))).toEqual(before);
    expect(((await asAdmin('GET', `/${CATALOG_DB}`)).body as { update_seq: unknown }).update_seq).toEqual(catalogSeq);
    expect(((await asAdmin('GET', `/${USERS_DB}/org.couchdb.user:station-jn-lx-001`)).body as { _rev: string })._rev).toBe(userRev);
  });

  it('puts a changed design document back', async () => {
    const current = (await asAdmin('GET', `/${ROLLUP_DB}/_design/rollup`)).body as Record<string, unknown>;
    await couchRequest(server.url, 'PUT', `/${ROLLUP_DB}/_design/rollup`, { auth: server.admin, body: { ...current, views: {} } });
    const changes = await initCity(client, replication());
    expect(changes.filter((c) => c.outcome !== 'unchanged')).toEqual([{ what: `${ROLLUP_DB}/_design/rollup`, outcome: 'updated' }]);
    const restored = (await asAdmin('GET', `/${ROLLUP_DB}/_design/rollup`)).body as { views: Record<string, unknown> };
    expect(Object.keys(restored.views)).toContain('activity_by_station');
  });

  it('explains a wrong admin password, and an account that is not a server admin', async () => {
    const wrongPassword = new CouchClient(server.url, { username: server.admin.username, password: 'wrong' });
    await expect(initCity(wrongPassword, replication())).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });

    const { password } = JSON.parse(await readFile(path.join(outDir, 'JN-LX-001.station.json'), 'utf8')) as { password: string };
    const station = new CouchClient(server.url, { username: 'station-jn-lx-001', password });
    await expect(initCity(station, replication())).rejects.toMatchObject({ kind: 'forbidden', text: { en: expect.stringContaining('not a CouchDB server admin') as unknown } });
  });
});
