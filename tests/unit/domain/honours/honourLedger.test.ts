import { describe, expect, it } from 'vitest';
import { buildHonourLedger, type LedgerHonour } from '../../../../src-renderer/domain/honours/honourLedger';

function honour(id: string, parts: Partial<LedgerHonour> = {}): LedgerHonour {
  return { id, year: 2024, kind: 'excellentVolunteer', level: 'county', batch: '', awardedDate: '', ...parts };
}

describe('buildHonourLedger', () => {
  it('lists one year’s honours, highest level first, then by kind, award date and batch, numbered', () => {
    const ledger = buildHonourLedger(
      [
        honour('county-family', { kind: 'civilisedFamily' }),
        honour('last-year', { year: 2023, level: 'national' }),
        honour('city-late', { level: 'city', awardedDate: '2024-12-01' }),
        honour('national', { level: 'national', kind: 'goodPerson' }),
        honour('city-early', { level: 'city', awardedDate: '2024-03-05' }),
        honour('county-volunteer'),
        honour('next-year', { year: 2025 }),
        honour('provincial-batch2', { level: 'provincial', batch: '第二批' }),
        honour('provincial-batch1', { level: 'provincial', batch: '第一批' }),
      ],
      2024,
    );
    expect(ledger.rows.map((r) => [r.index, r.honour.id])).toEqual([
      [1, 'national'],
      [2, 'provincial-batch1'],
      [3, 'provincial-batch2'],
      [4, 'city-early'],
      [5, 'city-late'],
      [6, 'county-volunteer'],
      [7, 'county-family'],
    ]);
    expect(ledger.byLevel).toEqual({ national: 1, provincial: 2, city: 2, county: 2 });
    expect(ledger.total).toBe(7);
  });

  it('is empty, every level at 0, for a year without honours', () => {
    expect(buildHonourLedger([honour('a', { year: 2023 })], 2024)).toEqual({ rows: [], byLevel: { national: 0, provincial: 0, city: 0, county: 0 }, total: 0 });
  });
});
