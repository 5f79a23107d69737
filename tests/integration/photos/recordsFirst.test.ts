import { firstValueFrom, filter } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { realCouchFromEnv } from '../support/realCouch';
import { volunteerInput } from '../../support/testLedger';
import { pcOptions } from '../sync/support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from '../sync/support/stationPc';
import { pictureBytes } from './support/photoPc';

const A = 'JN-LX-001';
const real = realCouchFromEnv() !== null;

/** What the server held when the PC's first photo upload left it: the ids of the station's records then. */
interface FirstUpload {
  recordIds: string[];
}

describe.runIf(real)('photos after records, through the sync service', () => {
  let couch: CityServer;
  let station: ProvisionedStation;
  let pc: Pc;
  const seen: { first: FirstUpload | null } = { first: null };

  beforeAll(async () => {
    couch = await startCityServer([A]);
    station = couch.station(A);
    // Notes, when the first photo upload is about to leave, which records the server holds already.
    const watching: typeof fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (seen.first === null && init?.method === 'PUT' && decodeURIComponent(url).includes('/photo:')) {
        const all = await couchRequest(couch.server.url, 'GET', `/${station.setup.database}/_all_docs`, { auth: couch.server.admin });
        seen.first = { recordIds: (all.body as { rows: { id: string }[] }).rows.map((r) => r.id) };
      }
      return fetch(input, init);
    };
    pc = await openPc({ ...pcOptions('records-first', station), timings: TEST_TIMINGS, storage: 'dev', fetch: watching });
  }, 120_000);
  afterAll(async () => {
    await pc?.close();
    await couch?.stop();
  }, 60_000);

  it('sends the run’s records before any photo, then the photos on their own channel with per-photo progress', async () => {
    const { ledger, sync } = pc;
    await ledger.setUpStation({ ...station.setup.station, contactName: '李站长', contactPhone: '13805310001', address: '幸福里', services: ['water'] });
    const volunteerId = await pc.createVolunteer(volunteerInput());
    const photo = await ledger.photos.add({
      owner: { type: 'activity', id: 'activity:records-first' },
      kind: 'photo',
      mime: 'image/jpeg',
      full: pictureBytes(20_000, 1),
      thumb: pictureBytes(1500, 2),
      fileName: '现场.jpg',
    });
    await sync.start();
    const done = firstValueFrom(sync.photoProgress$.pipe(filter((entries) => entries.some((e) => e.photoId === photo.meta.id && e.state === 'done'))));
    await sync.connect({ serverUrl: station.setup.serverUrl, database: station.setup.database, username: station.setup.username, password: station.setup.password });
    await done;
    expect(seen.first?.recordIds).toContain(volunteerId);
    expect(seen.first?.recordIds).not.toContain(photo.meta.id);
    expect((await ledger.photos.get(photo.meta.id))?.state).toBe('onServer');
  }, 60_000);
});
