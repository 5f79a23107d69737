import PouchDB from 'pouchdb-browser';
import { photoDocBody } from '../../../src-renderer/photos/sync/photoDoc';
import type { PhotoProgressEntry } from '../../../src-renderer/photos/sync/progress';
import { basicAuthHeader } from '../../../src-renderer/sync/couchClient';
import { benchPhoto, type BenchPhoto } from './benchPhotos';
import type { KeeperView, SlowLinkPrepared, SlowLinkSyncOptions, SlowLinkTiming, StationSlowLinkBench } from './slowLinkApi';
import type { SyncTarget } from './syncApi';
import { failOnSyncError, freshPc, insertInChunks, remote, until, type FreshPc } from './syncBench';
import { asCouchDoc, buildSyncRecords } from './syncDocs';

/** How often the bench looks at the PC while photos go: their tags change every few seconds on these links. */
const PHOTO_POLL_MS = 200;
const POUCH_DEVICE = 'pc-pouchdb-01';

/** What `prepare` left on this page for `sync` (one run per page). */
type Prepared =
  | { side: 'app'; pc: FreshPc; photos: number }
  | { side: 'pouch'; local: PouchDB; recordIds: string[]; photoIds: string[] };

let prepared: Prepared | null = null;

function sizes(photos: readonly BenchPhoto[]): Pick<SlowLinkPrepared, 'fullBytes' | 'thumbBytes' | 'smallest' | 'largest'> {
  const full = photos.map((p) => p.full.size);
  return {
    fullBytes: full.reduce((a, b) => a + b, 0),
    thumbBytes: photos.reduce((a, p) => a + p.thumb.size, 0),
    smallest: Math.min(...full),
    largest: Math.max(...full),
  };
}

async function makePhotos(seed: number, count: number): Promise<BenchPhoto[]> {
  const photos: BenchPhoto[] = [];
  for (let i = 0; i < count; i++) photos.push(await benchPhoto(seed, i));
  return photos;
}

/** One small authorised GET on the (already emulated) link: what a round trip costs there. */
async function probe(target: SyncTarget): Promise<number> {
  const started = performance.now();
  const answer = await fetch(`${target.serverUrl}/${target.database}`, {
    headers: { authorization: basicAuthHeader(target.username, target.password) },
    credentials: 'omit',
    cache: 'no-store',
  });
  await answer.text();
  if (!answer.ok) throw new Error(`the probe GET of the station database got HTTP ${answer.status}`);
  return performance.now() - started;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Follows the photo tags (the channel's progress) from the records' end: when they move and how many send at once. */
function watchTags(pc: FreshPc) {
  const moves: number[] = [];
  let signature = '';
  let mostSending = 0;
  const subscription = pc.sync.photoProgress$.subscribe((entries: PhotoProgressEntry[]) => {
    const sent = entries.reduce((sum, e) => sum + e.sentBytes, 0);
    const done = entries.filter((e) => e.state === 'done').length;
    const next = `${sent}/${done}`;
    mostSending = Math.max(mostSending, entries.filter((e) => e.state === 'sending').length);
    if (next !== signature) {
      signature = next;
      moves.push(performance.now());
    }
  });
  return {
    view(from: number, to: number, phases: Set<string>, maxPending: number, recordRuns: number): KeeperView {
      subscription.unsubscribe();
      const inside = moves.filter((t) => t > from && t <= to);
      const marks = [from, ...inside, to];
      let longest = 0;
      for (let i = 1; i < marks.length; i++) longest = Math.max(longest, (marks[i] ?? 0) - (marks[i - 1] ?? 0));
      const first = inside[0];
      return {
        phases: [...phases],
        maxPending,
        progressChanges: inside.length,
        firstMoveMs: first === undefined ? null : first - from,
        longestStillMs: longest,
        mostSendingAtOnce: mostSending,
        recordRuns,
      };
    },
  };
}

async function syncApp(pc: FreshPc, photos: number, options: SlowLinkSyncOptions, probeMs: number): Promise<SlowLinkTiming> {
  const tags = watchTags(pc);
  const started = performance.now();
  await pc.sync.connect(options.target);
  const status = await until(
    () => Promise.resolve(pc.sync.getStatus()),
    (s) => !s.running && s.runs.length > 0 && s.pending === 0 && s.busy === 0,
    started + options.recordsTimeoutMs,
  );
  const recordsDone = performance.now();
  if (status.pending !== 0 || status.running) throw new Error(`the records were not sent within ${options.recordsTimeoutMs / 1000} s (${status.pending} waiting)`);
  failOnSyncError(pc.sync);
  const photoDb = pc.ledger.photos.channel.db;
  let recordRuns = 0;
  let wasRunning = false;
  const phases = new Set<string>();
  let maxPending = 0;
  const deadline = recordsDone + options.photosTimeoutMs;
  let onServer = 0;
  while (performance.now() < deadline) {
    const now = pc.sync.getStatus();
    phases.add(now.phase);
    // Polled: a record run on these links lasts seconds, far longer than a poll.
    if (now.running && !wasRunning) recordRuns += 1;
    wasRunning = now.running;
    maxPending = Math.max(maxPending, now.pending);
    onServer = await photoDb.photos.where('state').equals('onServer').count();
    const refused = await photoDb.photos.where('state').equals('tooLarge').count();
    if (refused > 0) throw new Error(`${refused} photos were refused as too large`);
    if (onServer >= photos) break;
    await new Promise((resolve) => setTimeout(resolve, PHOTO_POLL_MS));
  }
  const photosDone = performance.now();
  if (onServer < photos) throw new Error(`${onServer} of ${photos} photos were on the server after ${options.photosTimeoutMs / 1000} s`);
  return {
    recordsMs: recordsDone - started,
    photosMs: photos > 0 ? photosDone - recordsDone : null,
    photosSent: onServer,
    probeMs,
    keeper: photos > 0 ? tags.view(recordsDone, photosDone, phases, maxPending, recordRuns) : null,
  };
}

async function syncPouch(state: Extract<Prepared, { side: 'pouch' }>, options: SlowLinkSyncOptions, probeMs: number): Promise<SlowLinkTiming> {
  const { local, recordIds, photoIds } = state;
  const server = remote(options.target);
  const { batchesLimit } = options.pouch;
  const started = performance.now();
  const records = await withTimeout(
    local.replicate.to(server, { batch_size: options.pouch.recordBatch, batches_limit: batchesLimit, doc_ids: recordIds }),
    options.recordsTimeoutMs,
    'PouchDB replicate.to of the records',
  );
  const recordsDone = performance.now();
  if (!records.ok || records.docs_written < recordIds.length) throw new Error(`PouchDB wrote ${records.docs_written} of ${recordIds.length} records (${records.errors.length} errors)`);
  if (photoIds.length === 0) return { recordsMs: recordsDone - started, photosMs: null, photosSent: 0, probeMs, keeper: null };
  const photos = await withTimeout(
    local.replicate.to(server, { batch_size: options.pouch.photoBatch, batches_limit: batchesLimit, doc_ids: photoIds }),
    options.photosTimeoutMs,
    'PouchDB replicate.to of the photos',
  );
  const photosDone = performance.now();
  if (!photos.ok || photos.docs_written < photoIds.length) throw new Error(`PouchDB wrote ${photos.docs_written} of ${photoIds.length} photos (${photos.errors.length} errors)`);
  return { recordsMs: recordsDone - started, photosMs: photosDone - recordsDone, photosSent: photos.docs_written, probeMs, keeper: null };
}

export const slowLinkBench: StationSlowLinkBench = {
  async prepare(options) {
    if (prepared) throw new Error('prepare once per page');
    const photos = await makePhotos(options.photos.seed, options.photos.count);
    if (options.side === 'app') {
      const pc = await freshPc(options.name, options.station);
      const { stationId, deviceId } = pc.ledger.ctx;
      const records = buildSyncRecords({ ...options.records, stationId, deviceId });
      await insertInChunks(pc.ledger.db.volunteers, records.volunteers, options.chunkSize);
      await insertInChunks(pc.ledger.db.activities, records.activities, options.chunkSize);
      for (const [i, photo] of photos.entries()) {
        const owner = records.activities[i % records.activities.length];
        if (!owner) throw new Error('photos need activities to belong to');
        await pc.ledger.photos.add({ owner: { type: 'activity', id: owner.id }, kind: 'photo', mime: 'image/jpeg', ...photo });
      }
      prepared = { side: 'app', pc, photos: photos.length };
      const all = [...records.volunteers, ...records.activities];
      return { records: all.length, recordBytes: all.reduce((n, r) => n + JSON.stringify(asCouchDoc(r)).length, 0), photos: photos.length, ...sizes(photos) };
    }
    const local = new PouchDB(options.name);
    const records = buildSyncRecords({ ...options.records, stationId: options.station.code, deviceId: POUCH_DEVICE });
    const docs = [...records.volunteers, ...records.activities].map(asCouchDoc);
    for (let i = 0; i < docs.length; i += options.chunkSize) await local.bulkDocs(docs.slice(i, i + options.chunkSize));
    const photoIds: string[] = [];
    for (const [i, photo] of photos.entries()) {
      const owner = records.activities[i % records.activities.length];
      if (!owner) throw new Error('photos need activities to belong to');
      const id = `photo:${crypto.randomUUID()}`;
      const meta = {
        id,
        stationId: options.station.code,
        owner: { type: 'activity' as const, id: owner.id },
        kind: 'photo' as const,
        mime: 'image/jpeg' as const,
        bytes: photo.full.size,
        width: photo.width,
        height: photo.height,
        takenAt: photo.takenAt,
        fileName: photo.fileName,
        addedBy: POUCH_DEVICE,
      };
      const attachments = { full: { content_type: 'image/jpeg', data: photo.full }, thumb: { content_type: 'image/jpeg', data: photo.thumb } };
      const answer = await local.bulkDocs([{ ...photoDocBody(meta, options.station.code), _attachments: attachments }]);
      if (answer[0]?.error) throw new Error(`PouchDB refused photo ${i}: ${answer[0].error}`);
      photoIds.push(id);
    }
    prepared = { side: 'pouch', local, recordIds: docs.map((d) => String(d._id)), photoIds };
    return { records: docs.length, recordBytes: docs.reduce((n, d) => n + JSON.stringify(d).length, 0), photos: photos.length, ...sizes(photos) };
  },

  async sync(options) {
    const state = prepared;
    if (!state) throw new Error('call prepare first');
    const probeMs = await probe(options.target);
    try {
      return state.side === 'app' ? await syncApp(state.pc, state.photos, options, probeMs) : await syncPouch(state, options, probeMs);
    } finally {
      if (state.side === 'app') await state.pc.close();
      else await state.local.destroy();
      prepared = null;
    }
  },
};
