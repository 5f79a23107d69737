import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest, type Credentials } from '../support/couchHttp';

/**
 * The test server answers like CouchDB 3.5 where pouchdb-server does not (rules in couchGuard.ts).
 * Each case here failed, crashed the stand-in, or leaked something without the guard.
 */
let couch: CityServer;
let station: ProvisionedStation;

beforeAll(async () => {
  couch = await startCityServer(['JN-LX-001'], { standIn: true });
  station = couch.station('JN-LX-001');
});

afterAll(async () => {
  await couch?.stop();
});

const as = (auth: Credentials | null, method: string, path: string, body?: unknown) =>
  couchRequest(couch.server.url, method, path, { auth, ...(body === undefined ? {} : { body }) });

describe('the CouchDB guard in front of the stand-in', () => {
  it('refuses a non-admin creating or deleting a database, and the server keeps running', async () => {
    expect(await as(station.auth, 'PUT', '/made-by-station')).toMatchObject({ status: 401, body: { reason: 'You are not a server admin.' } });
    expect((await as(null, 'PUT', '/made-by-anyone')).status).toBe(401);
    expect((await as(station.auth, 'DELETE', '/station-jn-lx-001')).status).toBe(401);
    expect((await as(couch.server.admin, 'GET', '/')).status).toBe(200);
    expect((await as(couch.server.admin, 'GET', '/made-by-station')).status).toBe(404);
    expect((await as(couch.server.admin, 'GET', '/station-jn-lx-001')).status).toBe(200);
  });

  it('does not let a station account give itself roles', async () => {
    const path = `/_users/org.couchdb.user:${station.auth.username}`;
    const own = await as(station.auth, 'GET', path);
    expect(own.status).toBe(403);
    const doc = (await as(couch.server.admin, 'GET', path)).body as Record<string, unknown>;
    expect((await as(station.auth, 'PUT', path, { ...doc, roles: ['station', 'boss', '_admin'] })).status).toBe(403);
    const session = (await as(station.auth, 'GET', '/_session')).body as { userCtx: { roles: string[] } };
    expect(session.userCtx.roles).toEqual(['station']);
  });

  it('keeps the replication jobs, which hold admin credentials, from station accounts', async () => {
    expect((await as(station.auth, 'GET', '/_replicator/_all_docs')).status).toBe(403);
    expect((await as(station.auth, 'GET', '/_replicator/rollup-station-jn-lx-001')).status).toBe(403);
    expect((await as(null, 'GET', '/_replicator/rollup-station-jn-lx-001')).status).toBe(401);
  });

  it('lists databases to server admins only', async () => {
    expect((await as(station.auth, 'GET', '/_all_dbs')).status).toBe(401);
    expect((await as(couch.server.admin, 'GET', '/_all_dbs')).body).toEqual(expect.arrayContaining(['catalog', 'city-rollup', 'station-jn-lx-001']));
  });

  it('answers 403 to a logged-in non-member and 401 to an anonymous caller', async () => {
    expect(await as(station.auth, 'GET', '/city-rollup')).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await as(null, 'GET', '/city-rollup')).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    expect((await as(null, 'GET', '/catalog')).status).toBe(401);
  });

  it('treats a database whose _security was never set as admin-only, as CouchDB 3 creates them', async () => {
    await as(couch.server.admin, 'PUT', '/no-security-yet');
    expect((await as(station.auth, 'GET', '/no-security-yet')).status).toBe(403);
    expect((await as(couch.server.admin, 'GET', '/no-security-yet')).status).toBe(200);
  });

  it('answers a member’s _security change with 500 no_majority, as CouchDB 3.5 does, and changes nothing', async () => {
    const change = await as(station.auth, 'PUT', '/station-jn-lx-001/_security', { members: { names: [], roles: [] } });
    expect(change).toMatchObject({ status: 500, body: { error: 'error', reason: 'no_majority' } });
    expect((await as(couch.server.admin, 'GET', '/station-jn-lx-001/_security')).body).toMatchObject({ members: { names: [station.auth.username] } });
  });

  it('passes a wrong password through to the server’s own 401', async () => {
    const wrong = { username: station.auth.username, password: 'not-the-password' };
    expect((await as(wrong, 'GET', '/station-jn-lx-001')).status).toBe(401);
  });
});
