import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import { parseVolunteerInput } from '../../../src-renderer/domain/entities/volunteer';
import type { StationDoc } from '../../../src-renderer/domain/entities/station';
import { RECORD_KINDS } from '../../../src-renderer/domain/records/columns';
import { buildExport, exportCount, exportFileName } from '../../../src-renderer/domain/records/exportSheets';
import { buildTemplate } from '../../../src-renderer/domain/records/template';
import { writeCsv } from '../../../src-renderer/domain/records/writeCsv';
import { writeXlsx } from '../../../src-renderer/domain/records/writeXlsx';
import type { LedgerSnapshot } from '../../../src-renderer/domain/records/snapshot';
import { EMPTY_SNAPSHOT, genderOf, idNumber, previewFile, zhT } from './support';

const META = { stationId: 'S1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'pc' };
const ID = idNumber('37010219800101001');
function volunteer(): VolunteerDoc {
  const parsed = parseVolunteerInput({ name: '张三', gender: genderOf(ID), idNumber: ID, phone: '13912345678', politicalStatus: 'masses', joinDate: '2023-03-05', notes: '=HYPERLINK("x")' });
  if (!parsed.ok) throw new Error('fixture');
  return { ...parsed.value, id: 'volunteer:1', ...META };
}
const STATION = { name: '幸福里社区新时代文明实践站' } as StationDoc;
const SNAPSHOT: LedgerSnapshot = { ...EMPTY_SNAPSHOT, station: STATION, volunteers: [volunteer()] };
const OPTIONS = { kind: 'volunteers' as const, fullIdNumbers: false, exportedAt: '2024-05-01 10:00' };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const copy = new Uint8Array(bytes);
  await wb.xlsx.load(copy.buffer);
  return wb;
}

describe('export', () => {
  it('writes a title row, Chinese headers, column widths and dates as dates; ID numbers masked by default', async () => {
    const wb = await load(await writeXlsx(buildExport(SNAPSHOT, OPTIONS, zhT)));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.name).toBe('志愿者');
    expect(ws.getCell('A1').value).toBe('幸福里社区新时代文明实践站 志愿者名册');
    expect(ws.getCell('A2').text).toContain('2024-05-01 10:00');
    expect(ws.getRow(3).values).toContain('身份证号');
    expect(ws.getColumn(5).width).toBe(22);
    const row = ws.getRow(4);
    expect(row.getCell(5).value).toBe('370***********0015');
    expect(row.getCell(11).value).toEqual(new Date(Date.UTC(2023, 2, 5)));
    expect(row.getCell(11).numFmt).toBe('yyyy-mm-dd');
  });

  it('writes full ID numbers only when asked', async () => {
    const wb = await load(await writeXlsx(buildExport(SNAPSHOT, { ...OPTIONS, fullIdNumbers: true }, zhT)));
    expect(wb.worksheets[0]?.getRow(4).getCell(5).value).toBe(ID);
  });

  it('writes CSV with a UTF-8 byte-order mark, ID numbers protected from Excel and formulas defused', () => {
    const csv = writeCsv(buildExport(SNAPSHOT, { ...OPTIONS, fullIdNumbers: true }, zhT).sheets[0] ?? { name: '', titleLines: [], columns: [], rows: [] });
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(csv.slice(3));
    expect(text.split('\r\n')[0]).toBe('序号,姓名,性别,证件类型,身份证号,出生日期,手机号,政治面貌,所属队伍,技能特长,注册时间,志愿者编号,状态,备注');
    expect(text).toContain(`="${ID}"`);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('reads its own CSV back to the same volunteer', async () => {
    const csv = writeCsv(buildExport(SNAPSHOT, { ...OPTIONS, fullIdNumbers: true }, zhT).sheets[0] ?? { name: '', titleLines: [], columns: [], rows: [] });
    const p = await previewFile('volunteers', csv, EMPTY_SNAPSHOT);
    expect(p.issues).toEqual([]);
    const { id: _id, ...fields } = volunteer();
    expect(p.plan.writes[0]?.fields).toEqual(Object.fromEntries(Object.keys(p.plan.writes[0]?.fields ?? {}).map((k) => [k, (fields as Record<string, unknown>)[k]])));
  });

  it('adds the participants sheet to an activity export only when asked', () => {
    const snapshot: LedgerSnapshot = {
      ...SNAPSHOT,
      activities: [
        {
          id: 'activity:1', title: '义诊', date: '2024-03-05', startTime: '09:00', endTime: '11:00', place: '社区', field: 'health', projectId: '', teamId: '',
          theme: '', participants: [{ volunteerId: 'volunteer:1', hours: 2 }], servedCount: 0, servedGroups: [], summary: '', totalHours: 2, participantCount: 1, ...META,
        },
      ],
    };
    const plain = buildExport(snapshot, { ...OPTIONS, kind: 'activities' }, zhT);
    expect(plain.sheets.map((s) => s.name)).toEqual(['志愿服务活动']);
    expect(plain.sheets[0]?.rows[0]).toContain('张三(2)');
    const detailed = buildExport(snapshot, { ...OPTIONS, kind: 'activities', participantDetail: true }, zhT);
    expect(detailed.sheets.map((s) => s.name)).toEqual(['志愿服务活动', '参与明细']);
    expect(detailed.sheets[1]?.rows).toEqual([[1, { date: '2024-03-05' }, '义诊', '张三', '370***********0015', 2]]);
  });

  it('counts what an export will hold and names the file after the station', () => {
    expect(exportCount(SNAPSHOT, 'volunteers', undefined)).toBe(1);
    expect(exportFileName('幸福里/社区', '志愿者', '2024-05-01', 'xlsx')).toBe('幸福里 社区-志愿者-20240501.xlsx');
  });
});

describe('templates', () => {
  it.each(RECORD_KINDS)('the %s template has recognised headers, text ID columns and an instructions sheet', async (kind) => {
    const wb = await load(await writeXlsx(buildTemplate(kind, zhT)));
    expect(wb.worksheets.map((w) => w.name)).toEqual([zhT(`importExport.kinds.${kind}`), '填写说明']);
    const p = await previewFile(kind, await writeXlsx(buildTemplate(kind, zhT)), EMPTY_SNAPSHOT);
    expect(p.missingRequired).toEqual([]);
    expect(p.totalRows).toBe(0);
  });

  it('imports a filled-in volunteer template', async () => {
    const wb = await load(await writeXlsx(buildTemplate('volunteers', zhT)));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const values: Record<string, string> = { 姓名: '王五', 身份证号: ID, 政治面貌: '共青团员', 注册时间: '2024-03-05', 技能特长: '书法、摄影' };
    ws.getRow(2).values = headers.map((h) => values[String(h)] ?? null);
    expect(ws.getColumn(headers.indexOf('身份证号') + 1).numFmt).toBe('@');
    const p = await previewFile('volunteers', new Uint8Array(await wb.xlsx.writeBuffer()), EMPTY_SNAPSHOT);
    // The template's blank 出生日期 is filled from the ID number, and the keeper is told so.
    expect(p.issues.map((i) => [i.severity, i.key, i.params])).toEqual([['note', 'importExport.note.birthDateFromId', { iso: '1980-01-01' }]]);
    expect(p.plan.writes[0]?.fields).toMatchObject({ name: '王五', gender: 'male', politicalStatus: 'cyl_member', skills: ['书法', '摄影'] });
  });
});
