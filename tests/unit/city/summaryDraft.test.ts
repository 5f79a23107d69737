import { describe, expect, it } from 'vitest';
import type { StationFigures, YearReport } from '../../../src-city/commands/report';
import { emptyStationFigures, totalOf } from '../../../src-renderer/domain/cityReport/yearReport';
import { change, draftSummary } from '../../../src-renderer/domain/cityReport/summaryDraft';
import { summaryWorkbook } from '../../../src-renderer/domain/cityReport/summaryWorkbook';
import { catalog } from '../../../src-renderer/i18n/zh-CN/catalog';

function station(code: string, county: string, center: string, institute: string, figures: Partial<StationFigures> = {}): StationFigures {
  return { ...emptyStationFigures({ code, name: `${code}站`, county, center, institute }), ...figures };
}

function report(year: number, stations: StationFigures[], byFieldMonth: YearReport['byFieldMonth'], people: number): YearReport {
  return { year, asOf: `${year + 1}-01-15`, stations, byFieldMonth, honoursByKind: [], total: totalOf(stations, { people, peopleActive: people }) };
}

const THIS_YEAR = report(
  2024,
  [
    station('A', '历下区', '历下中心', '姚家所', { sessions: 10, hours: 30, served: 200, volunteersRegistered: 40, volunteersNew: 5, teams: 2, projectsStarted: 1, certificates: 3, demonstration: true }),
    station('B', '历下区', '历下中心', '姚家所', { sessions: 5, hours: 12.5, served: 50, volunteersRegistered: 10, volunteersNew: 2, teams: 1 }),
    station('C', '市中区', '市中中心', '大观园所', { sessions: 1, hours: 2, served: 9, volunteersRegistered: 3 }),
  ],
  [
    { field: 'aid', month: '03', sessions: 9, hours: 20, served: 150 },
    { field: 'health', month: '05', sessions: 6, hours: 22.5, served: 100 },
    { field: 'tutoring', month: '11', sessions: 1, hours: 2, served: 9 },
  ],
  48,
);
const LAST_YEAR = report(2023, [station('A', '历下区', '历下中心', '姚家所', { sessions: 8, hours: 30, served: 250 })], [{ field: 'aid', month: '06', sessions: 8, hours: 30, served: 250 }], 30);

describe('the yearly summary draft', () => {
  const draft = draftSummary(THIS_YEAR, LAST_YEAR, '济南市');

  it('fills 一、基本情况 with the year’s figures, each compared with last year', () => {
    expect(draft.title).toBe('济南市2024年度新时代文明实践志愿服务工作总结');
    expect(draft.basics[0]).toBe('2024年，济南市共建成新时代文明实践中心2个、实践所2个、实践站3个，其中示范站1个。');
    expect(draft.basics[1]).toBe('全年开展志愿服务活动16场次，同比增长100%；服务时长44.5小时，同比增长48.3%；服务群众259人次，同比增长3.6%。');
    expect(draft.basics[2]).toContain('注册志愿者48人');
    expect(draft.basics[2]).toContain('志愿服务队伍3支，当年新启动志愿服务项目1个，开具志愿服务证明3份');
    const names = catalog.fields;
    expect(draft.basics[3]).toBe(`从服务领域看，${names.aid}9场次、${names.health}6场次、${names.tutoring}1场次位居前列。`);
  });

  it('has the tables behind it: by county with last year, and by field', () => {
    expect(draft.byCounty).toEqual([
      expect.objectContaining({ county: '历下区', centers: 1, institutes: 1, stations: 2, demonstrationStations: 1, sessions: 15, hours: 42.5, served: 250, lastYear: { sessions: 8, hours: 30, served: 250 } }),
      expect.objectContaining({ county: '市中区', stations: 1, sessions: 1, lastYear: { sessions: 0, hours: 0, served: 0 } }),
    ]);
    expect(draft.byField.map((f) => [f.field, f.sessions, f.lastYear.sessions])).toEqual([
      ['aid', 9, 8],
      ['health', 6, 0],
      ['tutoring', 1, 0],
    ]);
  });

  it('says 下降 or 持平 when the figure fell or held, and nothing when last year had none', () => {
    expect(change(90, 100)).toBe('，同比下降10%');
    expect(change(100, 100)).toBe('，与上年持平');
    expect(change(5, 0)).toBe('');
    expect(draftSummary(THIS_YEAR, report(2023, [], [], 0), '').basics[1]).toBe('全年开展志愿服务活动16场次；服务时长44.5小时；服务群众259人次。');
  });

  it('goes into a workbook whose first sheet holds the draft and whose station sheet adds up to it', async () => {
    const book = summaryWorkbook(draft, THIS_YEAR);
    expect(book.worksheets.map((w) => w.name)).toEqual(['基本情况', '按区县', '按服务领域', '按领域和月份', '按站点']);
    const read = new (await import('exceljs')).default.Workbook();
    await read.xlsx.load(await book.xlsx.writeBuffer());
    expect(read.getWorksheet('基本情况')?.getCell('A3').value).toBe(draft.basics[0]);
    const stations = read.getWorksheet('按站点');
    let sessions = 0;
    stations?.eachRow((row, n) => {
      if (n > 1) sessions += Number(row.getCell(7).value);
    });
    expect(sessions).toBe(THIS_YEAR.total.sessions);
  });

  it('adds 群众点单 and duty where stations kept them: a sentence, a table by county and the station sheet’s columns', () => {
    const [a, b, c] = THIS_YEAR.stations;
    if (!a || !b || !c) throw new Error('three stations expected');
    const withService = report(
      2024,
      [
        { ...a, requests: { received: 10, done: 8, rated: 4, satisfied: 3, overdue: 1 }, duty: { posts: 1, shifts: 30, hours: 120 } },
        { ...b, requests: { received: 2, done: 1, rated: 0, satisfied: 0, overdue: 0 }, duty: { posts: 2, shifts: 3, hours: 10.5 } },
        c,
      ],
      THIS_YEAR.byFieldMonth,
      48,
    );
    const drafted = draftSummary(withService, LAST_YEAR, '济南市');
    expect(drafted.basics).toContain('全年受理群众点单12件，办结9件，满意率75%，逾期未办结1件；值守岗位3个，值守33班次、130.5小时。');
    expect(draft.basics.some((p) => p.includes('群众点单') || p.includes('值守'))).toBe(false);
    const book = summaryWorkbook(drafted, withService);
    expect(book.worksheets.map((w) => w.name)).toContain('群众点单与值守');
    const byCounty = book.getWorksheet('群众点单与值守');
    expect(byCounty?.getRow(2).values).toEqual([undefined, '历下区', 12, 9, '75%', 1, 3, 33, 130.5]);
    expect(byCounty?.getRow(3).values).toEqual([undefined, '市中区', 0, 0, '—', 0, 0, 0, 0]);
    const stations = book.getWorksheet('按站点');
    const header = (stations?.getRow(1).values ?? []) as unknown[];
    const shiftsColumn = header.indexOf('值守班次');
    let shifts = 0;
    stations?.eachRow((row, n) => {
      if (n > 1) shifts += Number(row.getCell(shiftsColumn).value);
    });
    expect(shifts).toBe(withService.total.duty.shifts);
  });
});
