import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest, waitFor } from '../support/couchHttp';
import { realCouchFromEnv } from '../support/realCouch';
import { pcOptions } from '../sync/support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from '../sync/support/stationPc';
import { pictureBytes } from './support/photoPc';

const A = 'JN-LX-001';
const PHOTOS = 3;
const ANSWER_DELAY_MS = 400;
const real = realCouchFromEnv() !== null;

async function base64(blob: Blob): Promise<string> {
  return Buffer.from(await blob.arrayBuffer()).toString('base64');
}

/**
 * A PC's own photo uploads show on the station's changes feed like any edit. Taken for another PC's edits,
 * each one started a record run (a line in the keeper's sync log, and on a GPRS link seconds of round
 * trips that held the next photo back). Another PC's photo must still start one: that is how it arrives.
 */
describe.runIf(real)('own photo uploads and the changes feed', () => {
  let couch: CityServer;
  let station: ProvisionedStation;
  let pc: Pc;

  beforeAll(async () => {
    couch = await startCityServer([A]);
    station = couch.station(A);
    // A photo's answer held back a little, as a slow link does: the feed then shows the photo before its
    // upload's answer (with the revision) is in, and must wait for it rather than take it for another PC's.
    const slowAnswers: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (init?.method === 'PUT' && decodeURIComponent(url).includes('/photo:')) await new Promise((resolve) => setTimeout(resolve, ANSWER_DELAY_MS));
      return answer;
    };
    pc = await openPc({ ...pcOptions('own-uploads', station), timings: TEST_TIMINGS, storage: 'dev', fetch: slowAnswers });
  }, 120_000);
  afterAll(async () => {
    await pc?.close();
    await couch?.stop();
  }, 60_000);

  it('starts no record run for the PC’s own photos, and one for another PC’s photo', async () => {
    const { ledger, sync } = pc;
    await ledger.setUpStation({ ...station.setup.station, contactName: '李站长', contactPhone: '13805310001', address: '幸福里', services: ['water'] });
    await sync.start();
    const { serverUrl, database, username, password } = station.setup;
    await sync.connect({ serverUrl, database, username, password });
    await waitFor('the first run', () => Promise.resolve(sync.getStatus().runs.length > 0 && !sync.getStatus().running ? true : undefined), 40_000);

    const added = [];
    for (let i = 0; i < PHOTOS; i++) {
      added.push(
        await ledger.photos.add({ owner: { type: 'activity', id: 'activity:own-uploads' }, kind: 'photo', mime: 'image/jpeg', full: pictureBytes(30_000, i), thumb: pictureBytes(1500, 100 + i), fileName: `现场${i}.jpg` }),
      );
    }
    const ids = added.map((p) => p.meta.id);
    // Resolves when the run's records are done; the photos follow it on their own channel.
    await sync.syncNow();
    const runsBeforePhotos = sync.getStatus().runs.length;
    await waitFor('the photos on the server', async () => ((await Promise.all(ids.map((id) => ledger.photos.get(id)))).every((p) => p?.state === 'onServer') ? true : undefined), 40_000);

    // Another PC's photo, written straight to the server: the feed must wake for it, and only for it.
    const other = 'photo:00000000-0000-4000-8000-000000000001';
    const put = await couchRequest(couch.server.url, 'PUT', `/${database}/${encodeURIComponent(other)}`, {
      auth: couch.server.admin,
      body: {
        type: 'photo',
        stationId: station.setup.station.code,
        owner: { type: 'activity', id: 'activity:own-uploads' },
        kind: 'photo',
        mime: 'image/jpeg',
        bytes: 20_000,
        fileName: '别的电脑.jpg',
        addedBy: 'pc-other',
        _attachments: {
          full: { content_type: 'image/jpeg', data: await base64(pictureBytes(20_000, 7)) },
          thumb: { content_type: 'image/jpeg', data: await base64(pictureBytes(1500, 8)) },
        },
      },
    });
    expect(put.status).toBe(201);
    await waitFor('the other PC’s photo on this PC', async () => ((await ledger.photos.get(other)) ? true : undefined), 30_000);

    // From the run that sent the records to the other photo's arrival, the only run is the one that brought it.
    expect(sync.getStatus().runs.length - runsBeforePhotos).toBe(1);
  }, 150_000);
});
