import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../src-renderer/domain/records/readSpreadsheet';
import { chooseSheet } from '../../../src-renderer/domain/records/headerRecognition';
import type { CellValue } from 'exceljs';
import { EMPTY_SNAPSHOT, idNumber, previewFile, volunteerWrites, workbookBytes } from './support';

const HEADER = ['姓名', '性别', '身份证号码', '联系电话', '政治面貌', '入队时间'];
const ID_A = idNumber('37010219800101001'); // male
const ID_B = idNumber('37010219900202002'); // female

/** GBK codes of the few characters the CSV test uses (Node can decode GBK but not encode it). */
const GBK: Record<string, number[]> = {
  姓: [0xd0, 0xd5], 名: [0xc3, 0xfb], 张: [0xd5, 0xc5], 三: [0xc8, 0xfd], 男: [0xc4, 0xd0], 群: [0xc8, 0xba], 众: [0xd6, 0xda],
  性: [0xd0, 0xd4], 别: [0xb1, 0xf0], 身: [0xc9, 0xed], 份: [0xb7, 0xdd], 证: [0xd6, 0xa4], 号: [0xba, 0xc5], 政: [0xd5, 0xfe],
  治: [0xd6, 0xce], 面: [0xc3, 0xe6], 貌: [0xc3, 0xb2], 注: [0xd7, 0xa2], 册: [0xb2, 0xe1], 时: [0xca, 0xb1], 间: [0xbc, 0xe4],
};
function encodeGbk(text: string): Uint8Array {
  return new Uint8Array([...text].flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]));
}

describe('messy office sheets', () => {
  it('finds the header under a merged title row and imports the rows below it', async () => {
    const bytes = await workbookBytes([
      {
        name: '名册',
        rows: [['幸福里社区志愿者花名册'], ['填报单位：幸福里社区'], HEADER, ['张三', '男', ID_A, '13912345678', '党员', '2023-03-05']],
        build: (ws) => ws.mergeCells('A1:F1'),
      },
    ]);
    const p = await previewFile('volunteers', bytes, EMPTY_SNAPSHOT);
    expect(p.issues.map((i) => [i.severity, i.column, i.params])).toEqual([['note', '政治面貌', { value: '党员', label: '中共党员' }]]);
    expect(p.plan.writes).toHaveLength(1);
    expect(p.plan.writes[0]?.fields).toMatchObject({ name: '张三', politicalStatus: 'cpc_member', joinDate: '2023-03-05' });
  });

  it('refuses an ID number Excel stored as a number, and says why, without guessing the digits', async () => {
    const bytes = await workbookBytes([
      { name: 'S', rows: [HEADER, ['张三', '男', Number(ID_A.slice(0, 17)) * 10, '13912345678', '群众', '2023-03-05'], ['李四', '女', '3.70102E+17', '', '群众', '2023-03-05']] },
    ]);
    const p = await previewFile('volunteers', bytes, EMPTY_SNAPSHOT);
    expect(p.plan.writes).toHaveLength(0);
    expect(p.issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [2, '身份证号码', 'importExport.issue.idNumberAsNumber'],
      [3, '身份证号码', 'importExport.issue.idNumberAsNumber'],
    ]);
  });

  it('explains an 18-digit ID that ends in 000 after Excel rounded it', async () => {
    const damaged = `${ID_A.slice(0, 15)}000`;
    const bytes = await workbookBytes([{ name: 'S', rows: [HEADER, ['张三', '男', damaged, '', '群众', '2023-03-05']] }]);
    const p = await previewFile('volunteers', bytes, EMPTY_SNAPSHOT);
    expect(p.issues.map((i) => i.key)).toContain('importExport.issue.idNumberDigitsLost');
  });

  it('reads dates as serial numbers, 2023.3.5, 2023年3月5日, 2023/3/5 and date cells', async () => {
    const rows = [
      HEADER,
      ['甲', '', ID_A, '', '群众', 44990],
      ['乙', '', ID_B, '', '群众', '2023.3.5'],
      ['丙', '', idNumber('37010219850303003'), '', '群众', '2023年3月5日'],
      ['丁', '', idNumber('37010219850303004'), '', '群众', '2023/3/5'],
      ['戊', '', idNumber('37010219850303005'), '', '群众', new Date(Date.UTC(2023, 2, 5))],
    ];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), EMPTY_SNAPSHOT);
    expect(p.issues).toEqual([]);
    expect(volunteerWrites(p).map((w) => w.fields.joinDate)).toEqual(Array(5).fill('2023-03-05'));
  });

  it('derives gender from the ID number when the column is blank, and normalises full-width digits and spaces', async () => {
    const fullWidthId = ID_B.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const rows = [HEADER, ['李\u3000四', '', `\u3000${fullWidthId} `, '１３９ １２３４ ５６７８', '群众', '２０２３-０３-０５']];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), EMPTY_SNAPSHOT);
    expect(p.issues).toEqual([]);
    expect(p.plan.writes[0]?.fields).toMatchObject({ name: '李四', gender: 'female', idNumber: ID_B, phone: '13912345678' });
  });

  it('uses the cached result of a formula and explains a formula without one', async () => {
    const rows: CellValue[][] = [
      HEADER,
      ['张三', '男', ID_A, '', { formula: 'CONCAT("群","众")', result: '群众' }, '2023-03-05'],
      ['李四', '女', ID_B, '', { formula: 'A1', result: undefined }, '2023-03-05'],
      ['王五', '男', idNumber('37010219850303005'), '', '群众', { formula: '1/0', result: { error: '#DIV/0!' } }],
    ];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), EMPTY_SNAPSHOT);
    expect(p.plan.writes.map((w) => w.row)).toEqual([2]);
    expect(p.issues.map((i) => [i.row, i.key])).toEqual([
      [3, 'importExport.issue.formulaNoResult'],
      [4, 'importExport.issue.errorCell'],
    ]);
  });

  it('skips empty rows but keeps Excel row numbers in the problems list', async () => {
    const rows = [HEADER, ['张三', '男', ID_A, '', '群众', '2023-03-05'], [], [null, '  ', ''], ['李四', '女', ID_B, '', '外星人', '2023-03-05']];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), EMPTY_SNAPSHOT);
    expect(p.totalRows).toBe(2);
    expect(p.issues).toMatchObject([{ row: 5, column: '政治面貌', key: 'importExport.issue.unknownOption', label: '李四' }]);
  });

  it('picks the sheet that has the recognised headers, whatever its position', async () => {
    const bytes = await workbookBytes([
      { name: '说明', rows: [['本表由社区填报'], ['请勿修改格式']] },
      { name: '志愿者', rows: [HEADER, ['张三', '男', ID_A, '', '群众', '2023-03-05']] },
    ]);
    const read = await readSpreadsheet(bytes, 'x.xlsx');
    if (!read.ok) throw new Error(read.problem);
    expect(chooseSheet('volunteers', read.sheets).index).toBe(1);
  });

  it.each([
    ['random bytes', new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 255, 0]), 'notSpreadsheet'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'notSpreadsheet'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'legacyExcel'],
    ['an HTML table named .xls', new TextEncoder().encode('<html><body><table><tr><td>姓名</td></tr></table></body></html>'), 'htmlTable'],
    ['an empty file', new Uint8Array(), 'empty'],
    ['a Word document', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml')]), 'notSpreadsheet'],
  ])('gives a clear reason for %s', async (_, bytes, problem) => {
    expect(await readSpreadsheet(bytes, 'file.xlsx')).toEqual({ ok: false, problem });
  });

  it('calls a truncated .xlsx damaged', async () => {
    const bytes = await workbookBytes([{ name: 'S', rows: [HEADER] }]);
    expect(await readSpreadsheet(bytes.slice(0, Math.floor(bytes.length / 2)), 'x.xlsx')).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('reads CSV saved by Chinese Excel in GBK, UTF-8 with a BOM, and UTF-16 tab-separated text', async () => {
    const text = `姓名,性别,身份证号,政治面貌,注册时间\r\n张三,男,${ID_A},群众,2023/3/5\r\n`;
    const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const gbk = encodeGbk(text);
    expect(new TextDecoder('gb18030').decode(gbk)).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text.replace(/,/g, '\t'), (c) => c.charCodeAt(0)).buffer)]);
    for (const bytes of [utf8Bom, gbk, utf16]) {
      const p = await previewFile('volunteers', bytes, EMPTY_SNAPSHOT);
      expect(p.issues).toEqual([]);
      expect(p.plan.writes[0]?.fields).toMatchObject({ name: '张三', joinDate: '2023-03-05' });
    }
  });
});
