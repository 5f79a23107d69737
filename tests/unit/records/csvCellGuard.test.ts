import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVolunteerInput, type VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import { isFormulaLike, neutraliseCsvCell } from '../../../src-renderer/domain/records/csvCellGuard';
import { buildExport } from '../../../src-renderer/domain/records/exportSheets';
import type { LedgerSnapshot } from '../../../src-renderer/domain/records/snapshot';
import { writeCsv } from '../../../src-renderer/domain/records/writeCsv';
import { EMPTY_SNAPSHOT, genderOf, idNumber, zhT } from './support';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

/** One CSV line's cells as a spreadsheet reads them (quotes removed). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(?:,|$)/g;
  for (const m of line.matchAll(pattern)) {
    if (m.index === line.length) break;
    const raw = m[1] ?? '';
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
  }
  return cells;
}

function csvOfOneCell(cell: string): string {
  const bytes = writeCsv({ name: 'x', titleLines: [], columns: [{ header: '备注', width: 10, format: 'text' }], rows: [[cell]] });
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}

describe('neutraliseCsvCell', () => {
  it('defuses the payloads the old guard let through: a minus and a digit, a leading tab or carriage return', () => {
    expect(neutraliseCsvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutraliseCsvCell('\t=1+1')).toBe("'\t=1+1");
    expect(neutraliseCsvCell('\r=HYPERLINK("x")')).toBe('\'\r=HYPERLINK("x")');
    expect(neutraliseCsvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseCsvCell('+86 139')).toBe("'+86 139");
    expect(neutraliseCsvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutraliseCsvCell('-')).toBe("'-");
  });

  it('leaves plain numbers and ordinary text alone', () => {
    for (const cell of ['-12', '+3.5', '-0.25', '-1e3', '.5', '12', '张三', '', ' =1', '备注：=1']) expect(neutraliseCsvCell(cell), cell).toBe(cell);
  });

  it('every cell starting with = + - @ tab or CR is prefixed unless it is a plain number', () => {
    const payload = fc.tuple(fc.constantFrom(...TRIGGERS), fc.string({ maxLength: 40 })).map(([first, rest]) => first + rest);
    fc.assert(
      fc.property(payload, (cell) => {
        const plainNumber = Number.isFinite(Number(cell)) && /^[+-]?[\d.]/.test(cell) && !/\s/.test(cell) && !/[xob]/i.test(cell);
        if (plainNumber) return;
        expect(isFormulaLike(cell)).toBe(true);
        expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('a written CSV cell never starts like a formula, and its text is kept after the apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (cell) => {
        fc.pre(!/^(?:\d{12,}|0\d+)$/.test(cell));
        // After the header line, before the final line end: the one cell (quoted whole if it holds a line break).
        const written = csvOfOneCell(cell).slice('备注\r\n'.length, -'\r\n'.length);
        const [read = ''] = csvCells(written);
        if (isFormulaLike(cell)) expect(read).toBe(`'${cell}`);
        else expect(read).toBe(cell);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('volunteer export', () => {
  const ID = idNumber('37010219800101001');
  const META = { stationId: 'S1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'pc' };
  function volunteer(): VolunteerDoc {
    const parsed = parseVolunteerInput({ name: '张三', gender: genderOf(ID), idNumber: ID, phone: '13912345678', politicalStatus: 'masses', joinDate: '2023-03-05' });
    if (!parsed.ok) throw new Error('fixture');
    return { ...parsed.value, id: 'volunteer:1', ...META };
  }
  const SNAPSHOT: LedgerSnapshot = { ...EMPTY_SNAPSHOT, volunteers: [volunteer()] };

  it('masks phone numbers by default, like ID numbers, and gives both in full only when asked', () => {
    const text = (fullIdNumbers: boolean) =>
      new TextDecoder().decode(writeCsv(buildExport(SNAPSHOT, { kind: 'volunteers', fullIdNumbers, exportedAt: '2024-05-01 10:00' }, zhT).sheets[0] ?? { name: '', titleLines: [], columns: [], rows: [] }));
    const masked = text(false);
    expect(masked).toContain('139****5678');
    expect(masked).not.toContain('13912345678');
    expect(masked).not.toContain(ID);
    const full = text(true);
    expect(full).toContain('13912345678');
    expect(full).toContain(ID);
  });
});
