import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { rasteriseSvg } from '../../../src-city/chartPicture';
import type { YearReport } from '../../../src-city/commands/report';
import { emptyStationFigures, totalOf } from '../../../src-renderer/domain/cityReport/yearReport';
import { monthBarsOption } from '../../../src-renderer/domain/cityReport/monthChart';
import { SUMMARY_CHART_SCALE, SUMMARY_CHART_SIZE, summaryChartOption, summaryChartSvg } from '../../../src-renderer/domain/cityReport/summaryChart';
import { summaryDocument } from '../../../src-renderer/domain/cityReport/summaryDocument';
import { draftSummary } from '../../../src-renderer/domain/cityReport/summaryDraft';
import { LAST_YEAR_COLOR, THIS_YEAR_COLOR } from '../../../src-renderer/domain/cityReport/yearBarsChart';
import { docxPictures, isPng, pixelsOfColour } from '../../support/docxPictures';

function report(year: number, sessions: number, byFieldMonth: YearReport['byFieldMonth']): YearReport {
  const station = { ...emptyStationFigures({ code: 'A', name: 'A站', county: '历下区', center: '历下中心', institute: '姚家所' }), sessions };
  return { year, asOf: `${year + 1}-01-15`, stations: [station], byFieldMonth, honoursByKind: [], total: totalOf([station], { people: 0, peopleActive: 0 }) };
}

const THIS_YEAR = report(2024, 16, [
  { field: 'aid', month: '03', sessions: 9, hours: 20, served: 150 },
  { field: 'health', month: '03', sessions: 2, hours: 4, served: 10 },
  { field: 'health', month: '05', sessions: 4, hours: 22.5, served: 100 },
  { field: 'tutoring', month: '11', sessions: 1, hours: 2, served: 9 },
  // A month key no calendar has counts in no month (and so in no bar).
  { field: 'aid', month: '13', sessions: 50, hours: 1, served: 1 },
]);
const LAST_YEAR = report(2023, 8, [{ field: 'aid', month: '06', sessions: 8, hours: 30, served: 250 }]);
const DRAFT = draftSummary(THIS_YEAR, LAST_YEAR, '济南市');
const PIXELS = { width: SUMMARY_CHART_SIZE.width * SUMMARY_CHART_SCALE, height: SUMMARY_CHART_SIZE.height * SUMMARY_CHART_SCALE };

describe('the yearly summary’s month chart', () => {
  it('counts sessions by month over every field, with last year’s month beside each', () => {
    expect(DRAFT.byMonth.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(DRAFT.byMonth.map((m) => m.sessions)).toEqual([0, 0, 11, 0, 4, 0, 0, 0, 0, 0, 1, 0]);
    expect(DRAFT.byMonth.map((m) => m.lastYear)).toEqual([0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0]);
  });

  it('is the dashboard’s month chart, drawn from the draft’s own figures', () => {
    const dashboard = monthBarsOption(DRAFT.byMonth, { thisYear: '2024 年', lastYear: '2023 年', month: (m) => `${m}月` });
    const document = summaryChartOption(DRAFT);
    const data = (option: { series?: unknown }) => (Array.isArray(option.series) ? option.series.map((s: { data?: unknown }) => s.data) : []);
    expect(data(document)).toEqual(data(dashboard));
    expect(data(document)).toEqual([DRAFT.byMonth.map((m) => m.sessions), DRAFT.byMonth.map((m) => m.lastYear)]);
  });

  it('writes a Chinese title, month labels and each month’s count into the picture’s SVG', () => {
    const svg = summaryChartSvg(DRAFT);
    expect(svg).toMatch(/^<svg [^>]*width="600" height="320"/);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('2024年各月开展志愿服务活动场次');
    expect(texts).toEqual(expect.arrayContaining(['1月', '12月', '2024年', '2023年', '场次', '11', '4', '8']));
    // Only the months with sessions carry a count: no row of zeros along the axis.
    expect(texts.filter((t) => t === '0').length).toBeLessThanOrEqual(1);
  });

  it('goes into the Word document as a PNG the document draws, at the chart’s size, with bars of both years', async () => {
    const docx = await summaryDocument(DRAFT, rasteriseSvg);
    const { pictures, media } = await docxPictures(docx);
    expect(pictures).toHaveLength(1);
    expect(media).toEqual([pictures[0]?.file]);
    const picture = pictures[0];
    if (picture === undefined) throw new Error('no picture');
    expect(picture.file).toMatch(/^word\/media\/.+\.png$/);
    expect(isPng(picture.png)).toBe(true);
    expect(picture.pixels).toEqual(PIXELS);
    expect(picture.shown).toEqual({ width: SUMMARY_CHART_SIZE.width, height: SUMMARY_CHART_SIZE.height });
    expect(picture.title).toBe('2024年各月开展志愿服务活动场次');
    // Three months' bars this year (11, 4, 1 sessions) and one last year: both colours are on the picture.
    expect(pixelsOfColour(picture.png, THIS_YEAR_COLOR)).toBeGreaterThan(1000);
    expect(pixelsOfColour(picture.png, LAST_YEAR_COLOR)).toBeGreaterThan(500);
    // The chart follows 一、基本情况's paragraphs and comes before the part the city writes.
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    const at = xml.indexOf('<w:drawing>');
    expect(at).toBeGreaterThan(xml.indexOf('全年开展志愿服务活动16场次'));
    expect(at).toBeLessThan(xml.indexOf('二、主要做法和成效'));
  });
});
