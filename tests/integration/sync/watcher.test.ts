import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { countingFetch, type SentRequest } from './support/countingFetch';
import { eventually, pcOptions } from './support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './support/stationPc';

const A = 'JN-LX-001';
const BURST = 300;
/**
 * The watched PC's pauses: long enough that idle polls and settling do not blur the counts, and a request
 * timeout that a loaded test machine does not reach (a timed-out push would start a retry run).
 */
const WATCH_TIMINGS = { ...TEST_TIMINGS, changesWaitMs: 60_000, remoteChangeDebounceMs: 1000, requestTimeoutMs: 30_000 };

let couch: CityServer;
let station: ProvisionedStation;
let watched: Pc;
const log: SentRequest[] = [];

const longPolls = (from: number) => log.slice(from).filter((r) => r.path.endsWith('/_changes') && r.query.get('feed') === 'longpoll').length;
/** A distinct valid resident ID per i (< 600), of a man (odd 17th digit), as volunteerInput's gender says. */
const idNumber = (i: number) => withCheckChar(`370102${1960 + Math.floor(i / 100)}0101${String(100 + (i % 100)).slice(1)}1`);

beforeAll(async () => {
  couch = await startCityServer([A]);
  station = couch.station(A);
  watched = await openPc({ ...pcOptions('watcher-watched', station), timings: WATCH_TIMINGS, storage: 'plain', fetch: countingFetch(log) });
  await watched.setUpAndConnect();
  expect((await watched.syncNow())?.ok).toBe(true);
}, 120_000);

afterAll(async () => {
  await watched?.close();
  await couch?.stop();
}, 60_000);

describe('the change watcher on the server’s feed', () => {
  it(`${BURST} records saved one by one on this PC start no sync run and cost far fewer polls than records`, async () => {
    const from = log.length;
    const runsBefore = watched.status().runs.length;
    for (let i = 0; i < BURST; i++) await watched.createVolunteer(volunteerInput({ name: `本机${i}`, idNumber: idNumber(i) }));
    await eventually('everything sent', () => Promise.resolve(watched.status().pending === 0 && watched.status().busy === 0), { tries: 150 });
    // Let the watcher read past the PC's own pushes.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(watched.status().lastError).toBeNull();
    expect(watched.status().runs.length).toBe(runsBefore);
    expect(longPolls(from)).toBeLessThan(BURST / 10);
  }, 120_000);

  it(`${BURST} records written on the server in one go reach this PC by themselves, with one or two polls`, async () => {
    const template = await watched.getVolunteer((await watched.createVolunteer(volunteerInput({ name: '模板', idNumber: idNumber(BURST) }))) );
    if (!template) throw new Error('no template volunteer');
    expect((await watched.syncNow())?.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const from = log.length;
    // Another PC's batch push, as the server sees it: one _bulk_docs of 300 new records.
    const { id: _id, ...fields } = template;
    const docs = Array.from({ length: BURST }, (_, i) => ({ ...fields, _id: `volunteer:0burst${String(1000 + i)}`, name: `他机${i}`, idNumber: idNumber(BURST + 1 + i) }));
    const written = await couchRequest(couch.server.url, 'POST', `/${station.setup.database}/_bulk_docs`, { auth: station.auth, body: { docs } });
    expect(written.status).toBe(201);
    // No syncNow here: the watcher must notice and start the run.
    await eventually('the burst arrives', async () => (await watched.getVolunteer('volunteer:0burst1299'))?.name === '他机299', { tries: 100, pauseMs: 200 });
    expect(longPolls(from)).toBeLessThanOrEqual(3);
  }, 120_000);

  it('learns the server’s clock from its answers: this PC’s clock agrees with it', () => {
    const offset = watched.status().clockOffsetMs;
    expect(offset).not.toBeNull();
    // CouchDB's Date has one-second steps; the PC and the server share this machine's clock.
    expect(Math.abs(offset ?? Infinity)).toBeLessThan(5000);
  });
});
