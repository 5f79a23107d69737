import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectYearReport, formatYearReport, type YearReport } from '../../../src-city/commands/report';
import { runCli } from '../../../src-city/run';
import { startCityServer, type CityServer, type ProvisionedStation } from '../support/cityProvision';
import { couchRequest, waitFor } from '../support/couchHttp';
import { refreshSummaries } from '../../../src-city/commands/summaries';
import { PERSONAL_FIELDS } from '../../../src-city/design/rollupContent';
import { docTypeOf } from '../../../src-renderer/domain/ids';
import { holdsPersonalData } from '../../../src-renderer/records/registry';
import { withCheckChar } from '../../support/testLedger';
import { docxPictures, pixelsOfColour } from '../../support/docxPictures';
import { SUMMARY_CHART_SCALE, SUMMARY_CHART_SIZE } from '../../../src-renderer/domain/cityReport/summaryChart';
import { THIS_YEAR_COLOR } from '../../../src-renderer/domain/cityReport/yearBarsChart';
import { activityDoc, asPushed, ledgerDoc, type LedgerDoc } from '../support/stationDocs';

const A = 'JN-LX-001' as const;
const B = 'JN-ZQ-001' as const;

let couch: CityServer;

/** Four people by ID number; the first is registered at both stations. */
const PEOPLE = ['37010219800101001', '37010219850202002', '37010219900303003', '37010219950404004'].map(withCheckChar);
const person = (n: number, joinDate: string) => ({ joinDate, idNumber: PEOPLE[n] ?? '' });

/**
 * The fixture, and what the 2024 report must say about it:
 * A: activities 2024-03-05 aid 2 h / 12 served, 2024-03-20 health 1.5 h / 5, 2024-11-11 tutoring 1 h / 3,
 *    2023-12-01 aid 3 h / 7 (another year), 2024-07-01 aid 4 h / 10 (deleted);
 *    volunteers: person 0 joined 2023-05-01, person 1 2024-02-01, person 2 2025-01-10 (after the year),
 *    person 3 2024-04-01 (deleted).
 *    a team founded 2023-04-01, one founded 2025-02-01 (after the year), one without a date; a project
 *    started 2024-05-01 and one 2023-01-01; a certificate of 2024, one of 2024 revoked, one of 2023.
 * B: activity 2024-03-09 aid 2.5 h / 20; person 0 again, joined 2024-06-01; person 1's record marked not 在册.
 */
const fixture = {
  [A]: {
    live: [
      activityDoc(A, '2024-03-05', 'aid', 2, 12),
      activityDoc(A, '2024-03-20', 'health', 1.5, 5),
      activityDoc(A, '2024-11-11', 'tutoring', 1, 3),
      activityDoc(A, '2023-12-01', 'aid', 3, 7),
      ledgerDoc('volunteer', A, person(0, '2023-05-01')),
      ledgerDoc('volunteer', A, person(1, '2024-02-01')),
      ledgerDoc('volunteer', A, person(2, '2025-01-10')),
      ledgerDoc('team', A, { foundedDate: '2023-04-01' }),
      ledgerDoc('team', A, { foundedDate: '2025-02-01' }),
      ledgerDoc('team', A, { foundedDate: '' }),
      ledgerDoc('project', A, { startDate: '2024-05-01' }),
      ledgerDoc('project', A, { startDate: '2023-01-01' }),
      ledgerDoc('certificate', A, { year: 2024, sequence: 1 }),
      ledgerDoc('certificate', A, { year: 2024, sequence: 2, revokedAt: '2024-12-01', revokedReason: '时长有误' }),
      ledgerDoc('certificate', A, { year: 2023, sequence: 1, issuedDate: '2023-12-31' }),
    ],
    deleted: [activityDoc(A, '2024-07-01', 'aid', 4, 10), ledgerDoc('volunteer', A, person(3, '2024-04-01'))],
  },
  [B]: {
    live: [
      activityDoc(B, '2024-03-09', 'aid', 2.5, 20),
      ledgerDoc('volunteer', B, person(0, '2024-06-01')),
      ledgerDoc('volunteer', B, { ...person(1, '2020-01-01'), active: false }),
      ledgerDoc('station', B, { demonstration: true }),
    ],
    deleted: [] as LedgerDoc[],
  },
};

async function push(station: ProvisionedStation, live: LedgerDoc[], deleted: LedgerDoc[]): Promise<void> {
  const db = `/${station.setup.database}`;
  const opts = (body: unknown) => ({ auth: station.auth, body });
  await couchRequest(couch.server.url, 'POST', `${db}/_bulk_docs`, opts({ docs: [...live, ...deleted].map((d) => asPushed(d)) }));
  for (const doc of deleted) {
    const current = (await couchRequest(couch.server.url, 'GET', `${db}/${doc.id}`, { auth: station.auth })).body as { _rev: string };
    // As the app deletes: a record with personal data as a bare tombstone (the server refuses one with a body).
    const tombstone = holdsPersonalData(docTypeOf(doc.id)) ? { _id: doc.id, _deleted: true } : asPushed(doc, true);
    await couchRequest(couch.server.url, 'POST', `${db}/_bulk_docs`, opts({ docs: [{ ...tombstone, _rev: current._rev }] }));
  }
}

beforeAll(async () => {
  couch = await startCityServer([A, B]);
  for (const code of [A, B] as const) await push(couch.station(code), fixture[code].live, fixture[code].deleted);
});

afterAll(async () => {
  await couch?.stop();
});

interface AllDocsRow {
  key: string;
  id?: string;
  error?: string;
  value?: { deleted?: boolean };
}

describe('the city roll-up', () => {
  it('receives the stations’ activities, teams and projects by replication, deletions included, and no volunteers, certificates, profiles or design documents', async () => {
    const isRollupRecord = (d: LedgerDoc) => /^(activity|team|project):/.test(d.id);
    const live = [...fixture[A].live, ...fixture[B].live].filter(isRollupRecord).map((d) => d.id);
    const deleted = fixture[A].deleted.filter(isRollupRecord).map((d) => d.id);
    const keys = [...live, ...deleted];
    await waitFor('the roll-up to hold the fixture', async () => {
      const answer = await couchRequest(couch.server.url, 'POST', '/city-rollup/_all_docs', { auth: couch.server.admin, body: { keys } });
      const rows = (answer.body as { rows: AllDocsRow[] }).rows;
      const arrived = rows.every((r) => r.error === undefined);
      const deletedArrived = rows.filter((r) => deleted.includes(r.key)).every((r) => r.value?.deleted === true);
      return arrived && deletedArrived ? true : undefined;
    });
    const all = await couchRequest(couch.server.url, 'GET', '/city-rollup/_all_docs', { auth: couch.server.admin });
    const ids = (all.body as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
    expect(ids.filter((id) => id.startsWith('_design/'))).toEqual(['_design/rollup']);
    expect(ids.sort()).toEqual([...live, '_design/rollup'].sort());
  });

  describe('report for 2024', () => {
    let report: YearReport;
    beforeAll(async () => {
      await refreshSummaries(couch.city.client);
      report = await collectYearReport(couch.city.client, 2024);
    });

    it('holds volunteers only as counts and keyed hashes: no ID number, phone or birth date anywhere in the roll-up', async () => {
      const all = await couchRequest(couch.server.url, 'GET', '/city-rollup/_all_docs?include_docs=true', { auth: couch.server.admin });
      const docs = (all.body as { rows: Array<{ id: string; doc: Record<string, unknown> }> }).rows.map((r) => r.doc);
      expect(docs.map((d) => d._id).filter((id) => String(id).startsWith('summary:')).sort()).toEqual([`summary:${A}`, `summary:${B}`]);
      const text = JSON.stringify(docs);
      for (const idNumber of PEOPLE) expect(text).not.toContain(idNumber);
      for (const doc of docs) for (const field of PERSONAL_FIELDS) expect(Object.keys(doc), String(doc._id)).not.toContain(field);
      expect(docs.some((d) => String(d._id).startsWith('volunteer:'))).toBe(false);
    });

    it('adds up sessions, hours, people served and volunteers per station', () => {
      expect(report.stations).toEqual([
        expect.objectContaining({ code: A, sessions: 3, hours: 4.5, served: 20, volunteersRegistered: 2, volunteersNew: 1, volunteersActive: 2, teams: 2, projectsStarted: 1, certificates: 1, demonstration: false }),
        expect.objectContaining({ code: B, sessions: 1, hours: 2.5, served: 20, volunteersRegistered: 2, volunteersNew: 1, volunteersActive: 1, teams: 0, projectsStarted: 0, certificates: 0, demonstration: true }),
      ]);
      expect(report.stations[0]?.name).toBe(`${A} 新时代文明实践站`);
      // Person 0 is registered, and 在册, at both stations: counted once among the city's people and its active people.
      expect(report.total).toEqual({
        sessions: 4,
        hours: 7,
        served: 40,
        volunteersRegistered: 4,
        volunteersNew: 2,
        volunteersActive: 3,
        teams: 2,
        projectsStarted: 1,
        certificates: 1,
        honours: 0,
        requests: { received: 0, done: 0, rated: 0, satisfied: 0, overdue: 0 },
        duty: { posts: 0, shifts: 0, hours: 0 },
        people: 2,
        peopleActive: 2,
        stations: 2,
        demonstrationStations: 1,
      });
    });

    it('adds up by service field and month', () => {
      expect(report.byFieldMonth).toEqual([
        { field: 'aid', month: '03', sessions: 2, hours: 4.5, served: 32 },
        { field: 'health', month: '03', sessions: 1, hours: 1.5, served: 5 },
        { field: 'tutoring', month: '11', sessions: 1, hours: 1, served: 3 },
      ]);
    });

    it('prints the figures with Chinese and English headings', () => {
      const text = formatYearReport(report);
      expect(text).toContain('2024 年度汇总 / Figures for 2024');
      expect(text).toMatch(/爱心帮扶 aid\s+03\s+2\s+4\.5\s+32/);
      expect(text).toMatch(/合计 Total\s+4\s+7\s+40\s+4\s+2\s+3\s+2\s+1\s+1/);
      expect(text).toContain('其中示范站 1 个');
      expect(text).toContain('Distinct volunteers across the city: 2');
    });

    it('is what `npm run city -- report --year 2024 --json` prints', async () => {
      const lines: string[] = [];
      const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), env: { CITY_ADMIN_PASSWORD: couch.server.admin.password }, cwd: process.cwd() };
      const code = await runCli(['report', '--url', couch.server.url, '--admin', couch.server.admin.username, '--year', '2024', '--json'], io);
      expect(code).toBe(0);
      expect(JSON.parse(lines.join('\n'))).toEqual(report);
    });
  });

  it('drafts the yearly summary with `npm run city -- summary`: its figures are the report’s, and the workbook holds the rows behind them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'city-summary-'));
    try {
      const lines: string[] = [];
      const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), env: { CITY_ADMIN_PASSWORD: couch.server.admin.password }, cwd: dir };
      const code = await runCli(['summary', '--url', couch.server.url, '--admin', couch.server.admin.username, '--year', '2024', '--city', '济南市', '--out', '总结草稿.xlsx'], io);
      expect(code, lines.join('\n')).toBe(0);
      const report = await collectYearReport(couch.city.client, 2024);
      const text = lines.join('\n');
      expect(text).toContain(`实践站${report.total.stations}个，其中示范站${report.total.demonstrationStations}个`);
      expect(text).toContain(`全年开展志愿服务活动${report.total.sessions}场次`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(dir, '总结草稿.xlsx'));
      expect(book.getWorksheet('基本情况')?.getCell('A1').value).toBe('济南市2024年度新时代文明实践志愿服务工作总结');
      const stationRows: unknown[] = [];
      book.getWorksheet('按站点')?.eachRow((row, n) => {
        if (n > 1) stationRows.push(row.getCell(1).value);
      });
      expect(stationRows).toEqual(report.stations.map((s) => s.code));

      // The same draft as the Word document the city edits: title, 一、基本情况 with the report's figures, the tables.
      expect(await runCli(['summary', '--url', couch.server.url, '--admin', couch.server.admin.username, '--year', '2024', '--city', '济南市', '--out', '总结草稿.docx'], io)).toBe(0);
      const word = await JSZip.loadAsync(await readFile(path.join(dir, '总结草稿.docx')));
      const xml = (await word.file('word/document.xml')?.async('string')) ?? '';
      const words = xml.replace(/<[^>]+>/g, '');
      expect(words).toContain('济南市2024年度新时代文明实践志愿服务工作总结');
      expect(words).toContain('一、基本情况');
      expect(words).toContain(`全年开展志愿服务活动${report.total.sessions}场次`);
      expect(words).toContain('按区县');
      // The month chart as a picture, drawn from the same report: one PNG, at the chart's size, with this year's bars.
      const { pictures, media } = await docxPictures(await readFile(path.join(dir, '总结草稿.docx')));
      expect(pictures.map((p) => ({ file: p.file, pixels: p.pixels, title: p.title }))).toEqual([
        {
          file: media[0],
          pixels: { width: SUMMARY_CHART_SIZE.width * SUMMARY_CHART_SCALE, height: SUMMARY_CHART_SIZE.height * SUMMARY_CHART_SCALE },
          title: '2024年各月开展志愿服务活动场次',
        },
      ]);
      expect(media).toHaveLength(1);
      expect(pixelsOfColour(pictures[0]?.png ?? new Uint8Array(), THIS_YEAR_COLOR)).toBeGreaterThan(100);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports another year from the same records', async () => {
    const report2023 = await collectYearReport(couch.city.client, 2023);
    expect(report2023.total).toMatchObject({ sessions: 1, hours: 3, served: 7, volunteersRegistered: 2, volunteersNew: 1, people: 2, teams: 2, projectsStarted: 1, certificates: 1 });
  });
});
