import { z } from 'zod';
import { SyncError } from '../../sync/syncError';
import type { PhotoChannelSide } from '../store/photoStore';
import { PHOTO_VIEW_NAME, STATION_DESIGN_DOC } from '../../domain/stationSetupFile';
import { docPath, metaOfDoc, photoDocSchema, THUMB_ATTACHMENT, type PhotoDoc } from './photoDoc';
import { reasonOf, type PhotoHttp } from './photoHttp';
import { forEachLimited } from './pool';

/**
 * Photo documents by id prefix, through the station design's view filter (its map reads only `_id`): a
 * deletion's tombstone has no body, so a filter on `type` would never pass it and a photo deleted on one PC
 * would stay on the others; and pouchdb-server, the stand-in, has no `_selector` filter.
 */
export const PHOTO_VIEW = `${STATION_DESIGN_DOC}/${PHOTO_VIEW_NAME}`;
/** A bound on one pull's pages; a station's photos of years fit many times over. */
export const MAX_PULL_PAGES = 10_000;

const changesSchema = z.object({
  results: z.array(z.object({ id: z.string(), deleted: z.boolean().optional(), doc: z.unknown().optional() })),
  last_seq: z.union([z.string(), z.number()]),
});

export interface PullOptions {
  http: PhotoHttp;
  store: PhotoChannelSide;
  checkpointKey: string;
  signal?: AbortSignal;
  deadline: number;
  onReceived?: (count: number) => void;
}

/**
 * Pulls what other PCs uploaded or deleted since the checkpoint: each page's photos are stored with their
 * thumbnails (the full file stays on the server until opened) before the page's checkpoint is kept, so a
 * link that drops resumes at the page it was on. Page size follows the measured link.
 */
export async function pullPhotos(options: PullOptions): Promise<number> {
  const { http, store } = options;
  let received = 0;
  for (let page = 0; page < MAX_PULL_PAGES && Date.now() < options.deadline; page++) {
    const since = (await store.getSetting<string>(options.checkpointKey)) ?? '0';
    const limit = http.meter.pageSize();
    const answer = await http.send({
      method: 'GET',
      path: '/_changes',
      query: { filter: '_view', view: PHOTO_VIEW, since, limit, include_docs: true },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (answer.status !== 200) throw new SyncError(answer.status === 404 ? 'notFound' : 'server', `photo changes: HTTP ${answer.status} ${reasonOf(answer.text)}`, answer.status);
    const parsed = changesSchema.safeParse(JSON.parse(answer.text));
    if (!parsed.success) throw new SyncError('badResponse', 'photo changes: unexpected answer shape');
    const { results, last_seq } = parsed.data;
    await forEachLimited(results, () => http.meter.parallelism(), async (change) => {
      if (change.deleted === true) {
        await store.pulledDeletion(change.id);
        return;
      }
      const doc = photoDocSchema.safeParse(change.doc);
      // Not a photo document this app can read (a newer app's shape): left for the app that can.
      if (!doc.success) return;
      await storePulled(options, doc.data);
      received += 1;
    });
    await store.putSetting(options.checkpointKey, String(last_seq));
    options.onReceived?.(results.length);
    if (results.length < limit) break;
  }
  return received;
}

async function storePulled(options: PullOptions, doc: PhotoDoc): Promise<void> {
  const known = await options.store.db.photos.get(doc._id);
  let thumb: Blob | null = null;
  if (!known && doc._attachments?.[THUMB_ATTACHMENT]) {
    const answer = await options.http.send({
      method: 'GET',
      path: docPath(doc._id, THUMB_ATTACHMENT),
      expect: 'blob',
      expectBytes: doc._attachments[THUMB_ATTACHMENT].length,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (answer.status === 200 && answer.blob) thumb = answer.blob;
    // Deleted meanwhile (404): its tombstone comes on a later page or run.
    else if (answer.status === 404) return;
    else throw new SyncError('server', `GET thumb of ${doc._id}: HTTP ${answer.status} ${reasonOf(answer.text)}`, answer.status);
  }
  await options.store.putPulled(metaOfDoc(doc), doc._rev, thumb);
}
