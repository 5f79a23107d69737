import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectYearReport, formatYearReport } from '../../../src-city/commands/report';
import { refreshSummaries } from '../../../src-city/commands/summaries';
import { ROLLUP_DB } from '../../../src-city/layout';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest } from '../support/couchHttp';
import { asPushed, ledgerDoc } from '../support/stationDocs';

/**
 * Honours on the real server: the station server checks them like every record type (derived from the
 * type's one shape), a deletion travels bare since a family's honour names the family, and the city gets
 * them as counts by year, kind and level, never the records.
 */
const A = 'JN-LX-001';
const B = 'JN-LX-002';

let couch: CityServer;
let a: ProvisionedStation;
let b: ProvisionedStation;

const asStation = (station: ProvisionedStation, method: string, path: string, body?: unknown) =>
  couchRequest(couch.server.url, method, `/${station.setup.database}${path}`, { auth: station.auth, ...(body === undefined ? {} : { body }) });

beforeAll(async () => {
  couch = await startCityServer([A, B]);
  a = couch.station(A);
  b = couch.station(B);
}, 120_000);

afterAll(async () => {
  await couch?.stop();
}, 60_000);

describe('honours', () => {
  it('the station server takes a valid honour and refuses one that would distort the city’s figures, saying why', async () => {
    const good = ledgerDoc('honour', A);
    expect((await asStation(a, 'PUT', `/${good.id}`, asPushed(good))).status).toBe(201);
    for (const bad of [{ year: 99_999 }, { kind: 'bestEver' }, { awardedDate: '2024-13-40' }, { linkName: 'x'.repeat(500) }]) {
      const doc = ledgerDoc('honour', A, bad);
      const answer = await asStation(a, 'PUT', `/${doc.id}`, asPushed(doc));
      expect(answer.status, JSON.stringify(bad)).toBe(403);
      expect(JSON.stringify(answer.body), JSON.stringify(bad)).toContain(Object.keys(bad)[0]);
    }
  });

  it('a deletion must come bare: the tombstone keeps no family’s name', async () => {
    const doc = ledgerDoc('honour', A, { linkName: '李四家庭' });
    const put = (await asStation(a, 'PUT', `/${doc.id}`, asPushed(doc))).body as { rev: string };
    const withBody = await asStation(a, 'PUT', `/${doc.id}?rev=${put.rev}`, { ...asPushed(doc, true), _rev: put.rev });
    expect(withBody.status).toBe(403);
    expect((await asStation(a, 'PUT', `/${doc.id}?rev=${put.rev}`, { _deleted: true })).body).toMatchObject({ ok: true });
  });

  it('reach the city as counts by year, kind and level in the report, and never as records in the roll-up', async () => {
    const docs = [
      ledgerDoc('honour', B, { kind: 'excellentVolunteer', level: 'city', year: 2024, linkKind: 'volunteer', linkId: 'volunteer:x', linkName: '' }),
      ledgerDoc('honour', B, { kind: 'excellentVolunteer', level: 'city', year: 2024, linkKind: 'volunteer', linkId: 'volunteer:y', linkName: '' }),
      ledgerDoc('honour', B, { kind: 'excellentVolunteer', level: 'provincial', year: 2023, linkKind: 'volunteer', linkId: 'volunteer:y', linkName: '' }),
    ];
    const written = await asStation(b, 'POST', '/_bulk_docs', { docs: docs.map((d) => asPushed(d)) });
    expect(written.status).toBe(201);

    await refreshSummaries(couch.city.client);
    const report = await collectYearReport(couch.city.client, 2024);
    expect(report.stations.map((s) => [s.code, s.honours])).toEqual([
      [A, 1],
      [B, 2],
    ]);
    expect(report.total.honours).toBe(3);
    expect(report.honoursByKind).toEqual([
      { kind: 'excellentVolunteer', level: 'city', count: 2 },
      { kind: 'civilisedFamily', level: 'county', count: 1 },
    ]);
    const text = formatYearReport(report);
    expect(text).toMatch(/优秀志愿者\s+市级\s+2/);
    expect(text).toMatch(/文明家庭\s+县级\s+1/);
    expect((await collectYearReport(couch.city.client, 2023)).total.honours).toBe(1);

    const rollup = await couchRequest(couch.server.url, 'GET', `/${ROLLUP_DB}/_all_docs?include_docs=true`, { auth: couch.server.admin });
    const rows = (rollup.body as { rows: Array<{ id: string }> }).rows;
    expect(rows.filter((r) => r.id.startsWith('honour:'))).toEqual([]);
    expect(JSON.stringify(rollup.body)).not.toContain('张明家庭');
  });
});
