import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { WorkbookSpec } from '../../../../src-renderer/domain/records/workbookSpec';
import { buildWorkbook, writeXlsx } from '../../../../src-renderer/domain/records/writeXlsx';

const ROWS = 300;
const SPEC: WorkbookSpec = {
  sheets: [
    {
      name: '志愿者',
      titleLines: ['幸福里社区新时代文明实践站 志愿者名册', '导出时间：2024-05-01 10:00'],
      columns: [
        { header: '序号', width: 6, format: 'number' },
        { header: '姓名', width: 10, format: 'text' },
        { header: '身份证号', width: 22, format: 'text', keepText: true },
        { header: '注册时间', width: 12, format: 'date' },
      ],
      rows: Array.from({ length: ROWS }, (_, i) => [i + 1, `志愿者${i}`, `370***********${String(i).padStart(4, '0')}`, i % 7 === 0 ? null : { date: '2023-03-05' }]),
    },
  ],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('writeXlsx', () => {
  it('gives every data row its column format, not only the first: dates as dates, ID numbers as text', async () => {
    const ws = await load(await writeXlsx(SPEC));
    expect(ws.getCell('A1').value).toBe('幸福里社区新时代文明实践站 志愿者名册');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('C3').font.bold).toBe(true);
    for (const r of [5, 100, ROWS + 3]) {
      const row = ws.getRow(r);
      expect(row.getCell(1).value).toBe(r - 3);
      expect(row.getCell(3).numFmt).toBe('@');
      expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2023, 2, 5)));
      expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd');
      expect(row.getCell(1).font).toBeUndefined();
    }
    expect(ws.getRow(4).getCell(4).value).toBeNull();
    expect(ws.getColumn(3).numFmt).toBe('@');
    expect(ws.getColumn(3).width).toBe(22);
  });

  it('writes a compressed file', async () => {
    const compressed = await writeXlsx(SPEC);
    const stored = await buildWorkbook(SPEC).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    expect(compressed.byteLength).toBeLessThan(stored.byteLength / 3);
    expect((await load(compressed)).getCell('B4').value).toBe('志愿者0');
  });
});
