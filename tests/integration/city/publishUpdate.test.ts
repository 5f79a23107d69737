import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-city/run';
import { defaultUpdateUrl } from '../../../src-renderer/domain/stationSetupFile';
import { couchRequest } from '../support/couchHttp';
import { startCityServer, type CityServer } from '../support/cityProvision';

/**
 * `npm run city -- publish-update DIR` on a real CouchDB (or the stand-in): what it puts on the server must
 * be exactly what electron-updater's generic provider fetches from a station's updateUrl with the
 * station's own account — latest.yml first, then the installer it names, whose sha512 the app checks.
 */

let city: CityServer;
let work: string;

beforeAll(async () => {
  city = await startCityServer(['JN-LX-001']);
  work = await mkdtemp(path.join(tmpdir(), 'publish-update-'));
});

afterAll(async () => {
  await city.stop();
  await rm(work, { recursive: true, force: true });
});

const sha512 = (bytes: Uint8Array) => createHash('sha512').update(bytes).digest('base64');

/** An electron-builder output folder as `npm run dist` leaves it, with a made-up installer. */
async function fakeRelease(version: string, options: { installer?: Uint8Array; tamper?: boolean; noLatest?: boolean } = {}): Promise<{ dir: string; installer: Uint8Array; name: string }> {
  const dir = path.join(work, `${version}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir);
  const name = `station-ledger-${version}-win-x64.exe`;
  const installer = options.installer ?? new Uint8Array(randomBytes(300_000));
  const sum = sha512(installer);
  const written = new Uint8Array(installer);
  if (options.tamper === true) written[1000] = (written[1000] ?? 0) ^ 0xff;
  await writeFile(path.join(dir, name), written);
  await writeFile(path.join(dir, `${name}.blockmap`), randomBytes(2_000));
  await writeFile(path.join(dir, 'builder-debug.yml'), 'not published\n');
  if (options.noLatest !== true) {
    const latest = { version, files: [{ url: name, sha512: sum, size: installer.byteLength }], path: name, sha512: sum, releaseDate: '2026-05-01T08:00:00.000Z' };
    await writeFile(path.join(dir, 'latest.yml'), dump(latest));
  }
  return { dir, installer, name };
}

async function publish(dir: string) {
  let out = '';
  let err = '';
  const code = await runCli(['publish-update', dir, '--url', city.server.url, '--admin', city.server.admin.username], {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: { CITY_ADMIN_PASSWORD: city.server.admin.password },
    cwd: work,
  });
  return { code, out, err };
}

/** A GET as the app makes it: the station's account as Basic auth, no query string. */
async function fetchAsStation(url: string, auth: { username: string; password: string } | null = city.station('JN-LX-001').auth) {
  const response = await fetch(url, auth === null ? {} : { headers: { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` } });
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const asAdmin = (method: string, p: string) => couchRequest(city.server.url, method, p, { auth: city.server.admin });

describe('publish-update', () => {
  it('refuses a folder without latest.yml, or whose installer is not the one latest.yml describes, and puts nothing on the server', async () => {
    const missing = await publish((await fakeRelease('0.2.0', { noLatest: true })).dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('latest.yml');
    const tampered = await publish((await fakeRelease('0.2.0', { tamper: true })).dir);
    expect(tampered.code).toBe(2);
    expect(tampered.err).toContain('sha512');
    expect((await asAdmin('GET', '/app-updates/win')).status).toBe(404);
  });

  it('serves latest.yml and the installer at the set-up file’s updateUrl to the station’s account, bytes and sha512 intact', async () => {
    const release = await fakeRelease('0.2.0');
    const result = await publish(release.dir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('已发布版本 0.2.0');
    expect(result.out).toContain(release.name);

    const { setup } = city.station('JN-LX-001');
    expect(setup.updateUrl).toBe(defaultUpdateUrl(city.server.url));
    const latest = await fetchAsStation(`${setup.updateUrl}/latest.yml`);
    expect(latest.status).toBe(200);
    const info = load(new TextDecoder().decode(latest.bytes)) as { version: string; path: string; sha512: string };
    expect(info.version).toBe('0.2.0');
    const installer = await fetchAsStation(`${setup.updateUrl}/${info.path}`);
    expect(installer.status).toBe(200);
    expect(installer.bytes.byteLength).toBe(release.installer.byteLength);
    expect(sha512(installer.bytes)).toBe(info.sha512);
    expect((await fetchAsStation(`${setup.updateUrl}/${info.path}.blockmap`)).status).toBe(200);
    // Behind CouchDB's login: nobody else gets it.
    expect((await fetchAsStation(`${setup.updateUrl}/latest.yml`, null)).status).toBe(401);
  });

  it('lets a station account read but never write there', async () => {
    const station = city.station('JN-LX-001').auth;
    const doc = (await asAdmin('GET', '/app-updates/win')).body as { _rev: string };
    const put = (p: string, body: unknown) => couchRequest(city.server.url, 'PUT', p, { auth: station, body });
    expect((await put(`/app-updates/win?rev=${doc._rev}`, { _id: 'win', _rev: doc._rev, version: '9.9.9' })).status).toBe(403);
    expect((await put('/app-updates/other', { version: '9.9.9' })).status).toBe(403);
    // CouchDB 3.5 answers a member's _security change with 500 no_majority (see the guard's tests); what counts is that it is refused.
    expect((await put('/app-updates/_security', { admins: { names: [], roles: [] }, members: { names: [], roles: [] } })).status).toBeGreaterThanOrEqual(403);
    expect((await asAdmin('GET', '/app-updates/_security')).body).toMatchObject({ members: { roles: ['station'] } });
    const attachment = await fetch(`${city.server.url}/app-updates/win/evil.exe?rev=${doc._rev}`, {
      method: 'PUT',
      headers: { authorization: `Basic ${Buffer.from(`${station.username}:${station.password}`).toString('base64')}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3]),
    });
    expect(attachment.status).toBe(403);
    expect(((await asAdmin('GET', '/app-updates/win')).body as { _rev: string })._rev).toBe(doc._rev);
  });

  it('changes nothing when the same release is published again; refuses the same version with other files', async () => {
    const before = ((await asAdmin('GET', '/app-updates/win')).body as { _rev: string })._rev;
    const first = (await asAdmin('GET', '/app-updates/win')).body as { files: Array<{ name: string }> };
    expect(first.files.map((f) => f.name)).toEqual(['station-ledger-0.2.0-win-x64.exe']);
    // The same bytes rebuilt into a fresh folder: latest.yml is the same text only when everything is.
    const original = await fakeRelease('0.2.0');
    const again = await publish(original.dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('请提高版本号');
    expect(((await asAdmin('GET', '/app-updates/win')).body as { _rev: string })._rev).toBe(before);
  });

  it('replaces the release with a newer one (old installer gone, its blockmap kept), says so, and is idempotent; an older one is refused', async () => {
    const release = await fakeRelease('0.3.0');
    const published = await publish(release.dir);
    expect(published.code, published.err).toBe(0);
    expect(published.out).toContain('取代 0.2.0');
    const doc = (await asAdmin('GET', '/app-updates/win')).body as { _rev: string; version: string; _attachments: Record<string, unknown> };
    expect(doc.version).toBe('0.3.0');
    expect(Object.keys(doc._attachments).sort()).toEqual([
      'latest.yml',
      'station-ledger-0.2.0-win-x64.exe.blockmap',
      'station-ledger-0.3.0-win-x64.exe',
      'station-ledger-0.3.0-win-x64.exe.blockmap',
    ]);

    const again = await publish(release.dir);
    expect(again.code).toBe(0);
    expect(again.out).toContain('没有任何改动');
    expect(((await asAdmin('GET', '/app-updates/win')).body as { _rev: string })._rev).toBe(doc._rev);

    const older = await publish((await fakeRelease('0.2.5')).dir);
    expect(older.code).toBe(1);
    expect(older.err).toContain('不会降级');

    const { setup } = city.station('JN-LX-001');
    const installer = await fetchAsStation(`${setup.updateUrl}/station-ledger-0.3.0-win-x64.exe`);
    expect(sha512(installer.bytes)).toBe(sha512(release.installer));
  });
});
