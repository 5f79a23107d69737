import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LocalPhoto, PhotoOwner } from '../../../src-renderer/photos/photo';
import { PhotoError } from '../../../src-renderer/photos/store/photoError';
import { ROLLUP_DB } from '../../../src-city/layout';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest, waitFor } from '../support/couchHttp';
import { realCouchFromEnv } from '../support/realCouch';
import { activityDoc, asPushed } from '../support/stationDocs';
import { credentialsOf, writeAsStation } from '../sync/support/serverDocs';
import { startCutProxy, type CutProxy } from './support/cutProxy';
import { addPicture, openPhotoPc, type PhotoPc } from './support/photoPc';

const A = 'JN-LX-001';
const ACTIVITY: PhotoOwner = { type: 'activity', id: 'activity:photos-1' };
/** `_changes?filter=_selector` and real attachment handling: Apache CouchDB only (the stand-in has neither). */
const real = realCouchFromEnv() !== null;

let couch: CityServer;
let station: ProvisionedStation;
const opened: PhotoPc[] = [];
const proxies: CutProxy[] = [];

function pc(name: string, serverUrl?: string, options: { requestTimeoutMs?: number } = {}): PhotoPc {
  const made = openPhotoPc(name, A, credentialsOf(station, serverUrl), options);
  opened.push(made);
  return made;
}

async function proxy(): Promise<CutProxy> {
  const made = await startCutProxy(couch.server.url);
  proxies.push(made);
  return made;
}

interface ServerPhoto {
  id: string;
  rev: string;
  deleted: boolean;
  attachments: Record<string, { length: number; digest: string }>;
}

/** Every photo document of the station's database as the server's admin sees it, tombstones included. */
async function serverPhotos(): Promise<ServerPhoto[]> {
  const db = station.setup.database;
  const changes = await couchRequest(couch.server.url, 'GET', `/${db}/_changes?include_docs=true`, { auth: couch.server.admin });
  const results = (changes.body as { results: { id: string; deleted?: boolean; doc: Record<string, unknown> }[] }).results;
  return results
    .filter((r) => r.id.startsWith('photo:'))
    .map((r) => ({
      id: r.id,
      rev: String(r.doc._rev),
      deleted: r.deleted === true,
      attachments: (r.doc._attachments ?? {}) as Record<string, { length: number; digest: string }>,
    }));
}

async function md5Digest(blob: Blob): Promise<string> {
  return `md5-${createHash('md5').update(Buffer.from(await blob.arrayBuffer())).digest('base64')}`;
}

async function setServerConfig(section: string, key: string, value: string | null): Promise<void> {
  const path = `/_node/_local/_config/${section}/${key}`;
  const answer = await couchRequest(couch.server.url, value === null ? 'DELETE' : 'PUT', path, { auth: couch.server.admin, ...(value === null ? {} : { body: value }) });
  if (answer.status >= 300 && !(value === null && answer.status === 404)) throw new Error(`config ${section}/${key}: HTTP ${answer.status}`);
}

describe.runIf(real)('the photo channel on CouchDB 3.5', () => {
  beforeAll(async () => {
    couch = await startCityServer([A]);
    station = couch.station(A);
  }, 120_000);
  afterEach(async () => {
    for (const made of opened.splice(0)) await made.close();
    for (const made of proxies.splice(0)) await made.stop();
  });
  afterAll(async () => {
    await couch?.stop();
  }, 60_000);

  it('uploads photos cut off mid-body and answers that never came: each resumes from where it was, one copy each, every byte as stored', async () => {
    const link = await proxy();
    const first = pc('resume', link.url);
    const added: LocalPhoto[] = [];
    for (let i = 0; i < 5; i++) added.push(await addPicture(first, ACTIVITY, `活动${i}.jpg`, 30_000 + i * 1000, i));
    // Each of the first four connections drops 20 kB into a 30 kB photo; then two uploads arrive whole but their answers are lost.
    link.cutAfter(20_000, 4);
    link.loseAnswers(2);
    const { runs, sentPerRun } = await first.runUntilSent(10);
    expect(link.cuts()).toBe(4);
    expect(link.lostAnswers()).toBe(2);
    expect(runs).toBeLessThan(10);
    const onServer = await serverPhotos();
    expect(onServer.map((p) => p.id).sort()).toEqual(added.map((p) => p.meta.id).sort());
    for (const photo of added) {
      const server = onServer.find((p) => p.id === photo.meta.id);
      // Written once: a retry found its own upload (409) instead of writing again.
      expect(server?.rev.startsWith('1-'), photo.meta.fileName).toBe(true);
      const stored = await first.store.get(photo.meta.id);
      expect(stored?.state).toBe('onServer');
      expect(server?.attachments.full?.digest).toBe(await md5Digest(stored?.full as Blob));
      expect(server?.attachments.thumb?.digest).toBe(await md5Digest(stored?.thumb as Blob));
    }
    // Whatever a run could not finish, a later run (or the pull, finding it on the server) did.
    expect(sentPerRun.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5);
  }, 60_000);

  it('finds its own upload after an answer that never came (409) and counts it sent, without a second write', async () => {
    const link = await proxy();
    const sender = pc('lost', link.url);
    const photo = await addPicture(sender, ACTIVITY, '回执丢失.jpg', 20_000, 51);
    link.loseAnswers(1);
    const result = await sender.session.run();
    expect(link.lostAnswers()).toBe(1);
    expect(result).toMatchObject({ sent: 1, failed: 0, error: null });
    const server = (await serverPhotos()).find((p) => p.id === photo.meta.id);
    expect(server?.rev.startsWith('1-')).toBe(true);
    expect((await sender.store.get(photo.meta.id))?.state).toBe('onServer');
  }, 60_000);

  it('keeps making progress on a slow link that drops every couple of seconds, never sending a photo twice', async () => {
    const link = await proxy();
    const slow = pc('slow', link.url, { requestTimeoutMs: 3000 });
    const added: LocalPhoto[] = [];
    for (let i = 0; i < 6; i++) added.push(await addPicture(slow, ACTIVITY, `慢速${i}.jpg`, 20_000, 100 + i));
    // 40 kB/s up: a 22 kB photo takes about half a second; the link falls every 1.5 s.
    link.setRate(40_000);
    link.dropEvery(1500);
    const { runs } = await slow.runUntilSent(30);
    link.dropEvery(0);
    expect(link.drops()).toBeGreaterThan(0);
    expect(runs).toBeLessThan(30);
    const onServer = (await serverPhotos()).filter((p) => added.some((a) => a.meta.id === p.id));
    expect(onServer).toHaveLength(6);
    for (const photo of onServer) expect(photo.rev.startsWith('1-')).toBe(true);
  }, 120_000);

  // CouchDB 3.5 applies max_document_size to the JSON body only; a file meets max_http_request_size and max_attachment_size (both 413).
  it.each([
    ['chttpd', 'max_http_request_size'],
    ['couchdb', 'max_attachment_size'],
  ])('refuses a photo over the server’s %s/%s with a message naming it, and sends the rest', async (section, key) => {
    const sender = pc(`limit-${key}`);
    const small = await addPicture(sender, ACTIVITY, '小图.jpg', 10_000, 7);
    const big = await addPicture(sender, ACTIVITY, '超大扫描件.jpg', 300_000, 8);
    const after = await addPicture(sender, ACTIVITY, '又一张.jpg', 12_000, 9);
    await setServerConfig(section, key, '100000');
    try {
      await sender.session.run();
    } finally {
      await setServerConfig(section, key, null);
    }
    expect((await sender.store.get(small.meta.id))?.state).toBe('onServer');
    expect((await sender.store.get(after.meta.id))?.state).toBe('onServer');
    expect((await sender.store.get(big.meta.id))?.state).toBe('tooLarge');
    const entry = sender.progress.current().find((p) => p.photoId === big.meta.id);
    expect(entry).toMatchObject({ state: 'tooLarge', messageKey: 'photos.sync.tooLarge', messageParams: { name: '超大扫描件.jpg' } });
    expect((await serverPhotos()).some((p) => p.id === big.meta.id)).toBe(false);
    // It is not tried again: the next run leaves it where it is.
    expect((await sender.store.channel.pendingUploads()).map((r) => r.id)).not.toContain(big.meta.id);
  }, 60_000);

  it('shows a second PC the same photos: meta and thumbnail pulled, the full file fetched when opened; a deletion reaches it', async () => {
    const first = pc('first');
    const second = pc('second');
    const photo = await addPicture(first, ACTIVITY, '合影.jpg', 25_000, 21);
    const sheet = await addPicture(first, { type: 'shift', id: 'shift:1' }, '签到表.jpg', 15_000, 22);
    await first.runUntilSent(3);
    await second.session.run();
    const pulled = await second.store.get(photo.meta.id);
    expect(pulled).toMatchObject({ state: 'onServer', full: null, deleted: false, meta: photo.meta });
    expect(await md5Digest(pulled?.thumb as Blob)).toBe(await md5Digest(photo.thumb as Blob));
    expect((await second.store.get(sheet.meta.id))?.meta.owner).toEqual({ type: 'shift', id: 'shift:1' });
    const opened = await second.store.full(photo.meta.id);
    expect(await md5Digest(opened)).toBe(await md5Digest(photo.full as Blob));

    await first.store.remove(photo.meta.id);
    await first.session.run();
    const tombstone = (await serverPhotos()).find((p) => p.id === photo.meta.id);
    expect(tombstone?.deleted).toBe(true);
    const bare = await couchRequest(couch.server.url, 'GET', `/${station.setup.database}/${encodeURIComponent(photo.meta.id)}?rev=${tombstone?.rev ?? ''}`, { auth: couch.server.admin });
    expect(Object.keys(bare.body as Record<string, unknown>).sort()).toEqual(['_deleted', '_id', '_rev']);
    expect(await first.store.channel.db.photos.get(photo.meta.id)).toBeUndefined();
    await second.session.run();
    expect(await second.store.get(photo.meta.id)).toBeUndefined();
    expect(await second.store.get(sheet.meta.id)).toBeDefined();
  }, 60_000);

  it('says in a sentence that an evicted full file cannot be had while the server is out of reach', async () => {
    const link = await proxy();
    const first = pc('evict-first');
    const photo = await addPicture(first, ACTIVITY, '远程.jpg', 8000, 31);
    await first.runUntilSent(3);
    const second = pc('evict-second', link.url);
    await second.session.run();
    link.setDown(true);
    const refused = await second.store.full(photo.meta.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PhotoError);
    expect((refused as PhotoError).messageKey).toBe('photos.errors.offline');
  }, 60_000);

  it('never lets a photo into the city roll-up', async () => {
    const first = pc('rollup');
    await addPicture(first, ACTIVITY, '不进汇总.jpg', 5000, 41);
    await first.runUntilSent(3);
    const marker = activityDoc(A, '2024-05-01', 'aid', 1, 3);
    expect(await writeAsStation(couch, station, asPushed(marker))).toBe(201);
    await waitFor('the roll-up to copy the activity written after the photos', async () => {
      const answer = await couchRequest(couch.server.url, 'GET', `/${ROLLUP_DB}/${encodeURIComponent(marker.id)}`, { auth: couch.server.admin });
      return answer.status === 200 ? true : undefined;
    }, 60_000);
    const all = await couchRequest(couch.server.url, 'GET', `/${ROLLUP_DB}/_all_docs`, { auth: couch.server.admin });
    const ids = (all.body as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(ids).toContain(marker.id);
    expect(ids.filter((id) => id.startsWith('photo:'))).toEqual([]);
    expect((await serverPhotos()).filter((p) => !p.deleted).length).toBeGreaterThan(0);
  }, 90_000);
});
