import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectYearReport, formatYearReport, type YearReport } from '../../../src-city/commands/report';
import { refreshSummaries } from '../../../src-city/commands/summaries';
import { ROLLUP_DB } from '../../../src-city/layout';
import { yearRange } from '../../../src-renderer/domain/dates';
import { dutyFigures } from '../../../src-renderer/domain/duty/dutyFigures';
import { isOverdue } from '../../../src-renderer/domain/requests/requestFlow';
import { requestFigures } from '../../../src-renderer/domain/requests/requestFigures';
import { volunteerInput, withCheckChar } from '../../support/testLedger';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest, waitFor } from '../support/couchHttp';
import { pcOptions } from '../sync/support/serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from '../sync/support/stationPc';

/**
 * Residents' requests and duty shifts reach the city as counts, end to end on the real server: a station PC
 * logs requests with residents' names and phones and runs duty shifts signed by volunteers, syncs; the
 * city refreshes the summaries and reports the year. No database but the station's holds any of the names,
 * phones or ID numbers, and the report's figures for the station are the ones the station's own screens
 * compute from its own records.
 */
const A = 'JN-LX-401';
const B = 'JN-LX-402';
const AS_OF = '2025-06-01';

const RESIDENTS = [
  { residentName: '王秀英', phone: '13905310011' },
  { residentName: '赵大爷', phone: '13905310012' },
  { residentName: '孙阿姨', phone: '13905310013' },
  { residentName: '周奶奶', phone: '13905310014' },
  { residentName: '吴师傅', phone: '13905310015' },
  { residentName: '郑老师', phone: '13905310016' },
];
const QIAN = volunteerInput({ name: '钱志愿', idNumber: withCheckChar('37010219900505005'), phone: '13912340021' });
const FENG = volunteerInput({ name: '冯志愿', gender: 'female', idNumber: withCheckChar('37010219910606006'), phone: '13912340022' });
const VOLUNTEERS = [QIAN, FENG];
const SECRETS = [...RESIDENTS.flatMap((r) => [r.residentName, r.phone]), ...VOLUNTEERS.flatMap((v) => [v.name, v.idNumber, v.phone])];

let couch: CityServer;
let station: ProvisionedStation;
let pc: Pc;

beforeAll(async () => {
  couch = await startCityServer([A, B]);
  station = couch.station(A);
  pc = await openPc({ ...pcOptions('service-counts-pc', station), timings: TEST_TIMINGS, storage: 'dev' });
  await pc.setUpAndConnect();
}, 180_000);

afterAll(async () => {
  await pc?.close();
  await couch?.stop();
}, 60_000);

const asAdmin = (method: string, path: string) => couchRequest(couch.server.url, method, path, { auth: couch.server.admin });

/** Every document of a database as JSON text: live ones with their conflicting revisions, and `_local` ones. */
async function everythingIn(db: string): Promise<string> {
  const path = `/${encodeURIComponent(db)}`;
  const all = await asAdmin('GET', `${path}/_all_docs?include_docs=true&conflicts=true`);
  const local = await asAdmin('GET', `${path}/_local_docs?include_docs=true`);
  return [JSON.stringify(all.body), local.status === 200 ? JSON.stringify(local.body) : ''].join('\n');
}

/** The year's requests and duty as the station PC's own screens count them. */
async function stationsOwn(year: number) {
  const { ledger } = pc;
  const requests = await ledger.requests.list();
  const shifts = await ledger.shifts.inRange(yearRange(year));
  const figures = requestFigures(requests, yearRange(year));
  const duty = dutyFigures(shifts, yearRange(year));
  const posts = new Set(shifts.filter((s) => s.credits.some((c) => c.hours > 0)).map((s) => s.postId));
  return {
    requests: {
      received: figures.received,
      done: figures.done,
      rated: figures.rated,
      satisfied: figures.satisfied,
      overdue: requests.filter((r) => r.receivedDate.startsWith(String(year)) && isOverdue(r, AS_OF)).length,
    },
    duty: { posts: posts.size, shifts: duty.shifts, hours: duty.hours },
  };
}

describe('requests and duty in the city’s roll-up', () => {
  let report: YearReport;

  it('a station’s requests and shifts sync; after the roll-up refresh no other database holds a resident’s or volunteer’s name, phone or ID number', async () => {
    const { ledger } = pc;
    const [qian, feng] = [await pc.createVolunteer(QIAN), await pc.createVolunteer(FENG)];
    const march = await ledger.activities.create({ title: '上门维修', date: '2024-03-10', startTime: '09:00', endTime: '11:00', place: '三组', field: 'aid', participants: [{ volunteerId: qian, hours: 2 }], servedCount: 2, servedGroups: [] });
    const january = await ledger.activities.create({ title: '送春联', date: '2025-01-03', startTime: '09:00', endTime: '10:00', place: '五组', field: 'customs', participants: [{ volunteerId: feng, hours: 1 }], servedCount: 1, servedGroups: [] });
    const log = (i: number, receivedDate: string, wantedDate: string) =>
      ledger.requests.create({ ...RESIDENTS[i], villageGroup: '三组', need: '需要上门帮助', field: 'aid', urgency: 'normal', receivedDate, wantedDate });
    const serve = async (id: string, activityId: string, rating: number) => {
      await ledger.requests.apply(id, { type: 'dispatch', volunteerIds: [qian] });
      await ledger.requests.apply(id, { type: 'accept' });
      await ledger.requests.close(id, activityId);
      if (rating > 0) await ledger.requests.apply(id, { type: 'rate', rating, remark: '' });
    };
    // Served and rated 5 and 3 stars; one left waiting past its wanted day; one cancelled; one asked for in
    // December and served in January; one open without a wanted day (never overdue).
    await serve((await log(0, '2024-03-04', '2024-03-08')).id, march.id, 5);
    await serve((await log(1, '2024-03-05', '')).id, march.id, 3);
    await log(2, '2024-03-06', '2024-03-09');
    await ledger.requests.apply((await log(3, '2024-05-01', '')).id, { type: 'cancel', reason: '居民已自行解决' });
    await serve((await log(4, '2024-12-30', '2025-01-05')).id, january.id, 0);
    await log(5, '2024-06-01', '');

    const crossing = await ledger.dutyPosts.create({ name: '文明交通岗', place: '经十路路口', field: 'safety' });
    const market = await ledger.dutyPosts.create({ name: '集市值守点', place: '大集', field: 'safety' });
    await ledger.dutyPosts.create({ name: '景区岗', place: '景区', field: 'safety' });
    const morning = await ledger.shifts.create({ postId: crossing.id, date: '2024-03-05', startTime: '07:00', endTime: '09:00', needed: 2, signUps: [qian, feng] });
    await ledger.shifts.sign(morning.id, qian, '06:58');
    await ledger.shifts.sign(morning.id, feng, '07:20');
    await ledger.shifts.sign(morning.id, qian, '09:01');
    const fair = await ledger.shifts.create({ postId: market.id, date: '2024-04-01', startTime: '08:00', endTime: '11:00', needed: 1, signUps: [feng] });
    await ledger.shifts.sign(fair.id, feng, '08:00');
    await ledger.shifts.sign(fair.id, feng, '11:00');
    // Nobody came: not a shift the city counts, as the station's report does not.
    await ledger.shifts.create({ postId: crossing.id, date: '2024-03-06', startTime: '07:00', endTime: '09:00', needed: 2, signUps: [] });
    expect(await pc.syncNow()).toMatchObject({ ok: true });

    // Replication has run (the activity is in the roll-up) before anything is looked for.
    await waitFor('the activity to reach the roll-up', async () => ((await asAdmin('GET', `/${ROLLUP_DB}/${encodeURIComponent(march.id)}`)).status === 200 ? true : undefined), 30_000);
    await refreshSummaries(couch.city.client);
    report = await collectYearReport(couch.city.client, 2024, { asOf: AS_OF });

    const own = await everythingIn(station.setup.database);
    for (const secret of SECRETS) expect(own, `the station's own database holds ${secret}`).toContain(secret);
    const dbs = z.array(z.string()).parse((await asAdmin('GET', '/_all_dbs')).body);
    expect(dbs).toContain(ROLLUP_DB);
    for (const db of dbs.filter((name) => name !== station.setup.database)) {
      const text = await everythingIn(db);
      expect(SECRETS.filter((secret) => text.includes(secret)), db).toEqual([]);
    }
    // No request record went anywhere but the station's database.
    const rollupIds = z.object({ rows: z.array(z.object({ id: z.string() })) }).parse((await asAdmin('GET', `/${ROLLUP_DB}/_all_docs`)).body).rows.map((r) => r.id);
    expect(rollupIds.filter((id) => id.startsWith('request:'))).toEqual([]);
  }, 180_000);

  it('the report’s figures for the station are the station’s own, year by year', async () => {
    const [a, b] = report.stations;
    const own = await stationsOwn(2024);
    expect(own).toEqual({ requests: { received: 6, done: 2, rated: 2, satisfied: 1, overdue: 1 }, duty: { posts: 2, shifts: 2, hours: 6.5 } });
    expect({ requests: a?.requests, duty: a?.duty }).toEqual(own);
    expect(b).toMatchObject({ code: B, requests: { received: 0, done: 0, overdue: 0 }, duty: { shifts: 0, hours: 0 } });
    expect(report.total.requests).toEqual(own.requests);
    expect(report.total.duty).toEqual(own.duty);

    const next = await collectYearReport(couch.city.client, 2025, { asOf: AS_OF });
    const own2025 = await stationsOwn(2025);
    expect(own2025.requests).toMatchObject({ received: 0, done: 1, rated: 0 });
    expect(next.stations[0]?.requests).toEqual(own2025.requests);
  });

  it('prints them per station and as the summaries’ lines', () => {
    const text = formatYearReport(report);
    expect(text).toContain('受理群众点单6件，办结2件，满意率50%，逾期未办结1件');
    expect(text).toContain('值守岗位2个，值守2班次、6.5小时');
    expect(text).toMatch(new RegExp(`${A}\\s+\\S+\\s+6\\s+2\\s+50%\\s+1\\s+2\\s+2\\s+6\\.5`));
    expect(text).toContain(`overdue as of ${AS_OF}`);
  });
});
