import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../../src-renderer/domain/records/writeXlsx';
import { buildTemplate } from '../../../../src-renderer/domain/records/template';
import type { HonourDoc } from '../../../../src-renderer/records/honour/shape';
import { messageExists, previewFile, zhT } from '../support';
import { checkRows, writesOf, LI_A, META, problemsOf, PROJECT, snapshotWith, TEAM, ZHANG } from './fixtures';
import ExcelJS from 'exceljs';

const HEADER = ['序号', '荣誉类别', '级别', '年度', '批次', '获奖对象', '授予单位', '授予日期'];

describe('importing honours', () => {
  it('reads a filled-in template: kind, level, year and whom it honours', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await writeXlsx(buildTemplate('honours', zhT))).buffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const values: Record<string, string> = { 荣誉类别: '优秀志愿者', 级别: '市级', 年度: '2024', 获奖对象: '张三', 授予日期: '2024-12-05' };
    ws.getRow(2).values = headers.map((h) => values[h] ?? null);
    const p = await previewFile('honours', new Uint8Array(await wb.xlsx.writeBuffer()), snapshotWith());
    expect(p.issues).toEqual([]);
    expect(writesOf(p, 'honours').map((w) => w.fields)).toEqual([
      { kind: 'excellentVolunteer', level: 'city', year: 2024, batch: '', title: '', awardedBy: '', awardedDate: '2024-12-05', linkKind: 'volunteer', linkId: ZHANG.id, linkName: '', notes: '' },
    ]);
  });

  it('takes the spellings a register uses, says how it read them, and links by the kind’s usual target', async () => {
    const p = await checkRows('honours', [
      HEADER,
      [1, '优秀志愿服务组织', '国家级', '2023年度', '第三批', '红马甲志愿服务队', '', ''],
      [2, '优秀志愿服务项目', '省', 2022, '', '银龄关爱行动', '', ''],
      [3, '文明家庭', '县（区）级', '２０２４', '', '张明家庭', '', ''],
      [4, '身边好人', '市', '2024', '', '13800000002', '', ''],
    ]);
    expect(p.errorRows).toBe(0);
    expect(writesOf(p, 'honours').map((w) => [w.fields.kind, w.fields.level, w.fields.year, w.fields.linkKind, w.fields.linkId, w.fields.linkName])).toEqual([
      ['excellentOrganisation', 'national', 2023, 'team', TEAM.id, ''],
      ['excellentProject', 'provincial', 2022, 'project', PROJECT.id, ''],
      ['civilisedFamily', 'county', 2024, 'family', '', '张明家庭'],
      ['goodPerson', 'city', 2024, 'volunteer', LI_A.id, ''],
    ]);
    expect(p.issues.filter((i) => i.severity === 'note').map((i) => [i.row, i.column, i.params?.value])).toEqual([
      [2, '级别', '国家级'],
      [3, '级别', '省'],
      [4, '级别', '县（区）级'],
      [5, '荣誉类别', '身边好人'],
      [5, '级别', '市'],
    ]);
  });

  it('names every bad cell of a row in Chinese and writes none of it', async () => {
    const p = await checkRows('honours', [
      HEADER,
      [1, '优秀队员', '乡镇级', '24', '', '李四', '', '2023-05-01'],
      [2, '优秀志愿者', '市级', '2024', '', '王五', '', '2023-05-01'],
      [3, '优秀志愿服务组织', '市级', '2024', '', '蓝天救援队', '', ''],
    ]);
    expect(p.plan.writes).toEqual([]);
    expect(problemsOf(p)).toEqual([
      [2, '荣誉类别', 'importExport.issue.unknownOption', 'error'],
      [2, '级别', 'importExport.issue.unknownOption', 'error'],
      [2, '年度', 'importExport.issue.notAYear', 'error'],
      [3, '获奖对象', 'importExport.issue.personUnknown', 'error'],
      [3, '授予日期', 'validation.honours.dateYear', 'error'],
      [4, '获奖对象', 'importExport.issue.unknownTeam', 'error'],
    ]);
    for (const issue of p.issues) expect(messageExists(issue.key), issue.key).toBe(true);
  });

  it('asks for ID digits or the phone when two volunteers share the name', async () => {
    const p = await checkRows('honours', [HEADER, [1, '道德模范', '市级', '2024', '', '李四', '', ''], [2, '道德模范', '市级', '2024', '', `李四[${LI_A.idNumber.slice(-4)}]`, '', '']]);
    expect(problemsOf(p)).toEqual([[2, '获奖对象', 'importExport.issue.personAmbiguous', 'error']]);
    expect(writesOf(p, 'honours').map((w) => w.fields.linkId)).toHaveLength(1);
  });

  it('recognises an honour already on record and a row repeated in the file', async () => {
    const existing: HonourDoc = {
      id: 'honour:1', kind: 'excellentVolunteer', level: 'city', year: 2024, batch: '', title: '', awardedBy: '', awardedDate: '', linkKind: 'volunteer',
      linkId: ZHANG.id, linkName: '', notes: '', ...META,
    };
    const rows = [HEADER, [1, '优秀志愿者', '市级', '2024', '', '张三', '市文明办', ''], [2, '优秀志愿者', '市级', '2024', '', '13912345678', '', '']];
    const skipped = await checkRows('honours', rows, snapshotWith({ honours: [existing] }));
    expect(skipped).toMatchObject({ skippedDuplicates: 1, inserts: 0 });
    expect(problemsOf(skipped)).toEqual([[3, '获奖对象', 'importExport.issue.duplicateInFile', 'error']]);
    const updated = await checkRows('honours', rows.slice(0, 2), snapshotWith({ honours: [existing] }), 'update');
    expect(updated.plan.writes).toMatchObject([{ op: 'update', id: existing.id, fields: { awardedBy: '市文明办' } }]);
  });
});
