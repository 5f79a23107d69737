import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPcHealth, type PcHealth } from '../../../../src-renderer/domain/pcHealth';
import { HEALTH_FORMAT, healthId, type StationHealthDoc } from '../../../../src-renderer/domain/stationHealth';
import { clockIsOff, HEALTH_ORDER, healthCounts, healthRows, standsOut } from '../../../../src-renderer/features/city/healthRows';

const NOW = Date.parse('2025-06-30T08:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

function pc(code: string, device: string, daysAgo: number | null, extra: Partial<PcHealth> = {}): PcHealth {
  const at = daysAgo === null ? NOW : NOW - daysAgo * DAY;
  const health = buildPcHealth({ stationId: code, deviceId: device, appVersion: '1.2.0', localNowMs: at, clockOffsetMs: 0, lastSuccessServerMs: daysAgo === null ? null : at, previous: null, lastErrorKey: '', pending: 0, refused: 0, unreadable: 0 });
  return { ...health, ...extra };
}

function doc(code: string, pcs: PcHealth[], hasRecords = true): StationHealthDoc {
  return { _id: healthId(code), format: HEALTH_FORMAT, stationId: code, pcs, unreadableReports: 0, hasRecords, replication: 'running' };
}

const entry = (code: string) => ({ code, name: `${code}站`, county: '历下区', center: '', institute: '' });

describe('the dashboard’s sync health', () => {
  it('names each state by the server’s clock and lists the worst first', () => {
    const stations = ['OK', 'WEEK', 'MONTH', 'NEVER', 'FAILING', 'OLD'].map(entry);
    const rows = healthRows(
      stations,
      [doc('OK', [pc('OK', 'a', 1)]), doc('WEEK', [pc('WEEK', 'a', 8)]), doc('MONTH', [pc('MONTH', 'a', 40), pc('MONTH', 'b', 31)]), doc('FAILING', [pc('FAILING', 'a', null)]), doc('OLD', [])],
      NOW,
    );
    expect(rows.map((r) => [r.code, r.state])).toEqual([
      ['NEVER', 'never'],
      ['MONTH', 'silent30'],
      ['FAILING', 'failing'],
      ['WEEK', 'silent7'],
      ['OLD', 'noReport'],
      ['OK', 'ok'],
    ]);
    expect(rows.find((r) => r.code === 'MONTH')).toMatchObject({ silentDays: 31, pcs: 2 });
    expect(rows.filter((r) => standsOut(r.state)).map((r) => r.code)).toEqual(['NEVER', 'MONTH', 'FAILING', 'WEEK']);
    expect(healthCounts(rows)).toEqual({ never: 1, silent30: 1, failing: 1, silent7: 1, noReport: 1, ok: 1 });
  });

  it('adds up waiting and refused records over the PCs, keeps the furthest clock and the newest report’s error', () => {
    const [row] = healthRows(
      [entry('A')],
      [doc('A', [pc('A', 'a', 0, { pending: 3, refused: 1, clockOffsetMs: -900_000, lastErrorKey: 'sync.errors.network', reportedAt: new Date(NOW - DAY).toISOString() }), pc('A', 'b', 0, { pending: 2, clockOffsetMs: 60_000, appVersion: '1.3.0' })])],
      NOW,
    );
    expect(row).toMatchObject({ pending: 5, refused: 1, clockOffsetMs: -900_000, lastErrorKey: '', versions: ['1.2.0', '1.3.0'] });
    expect(clockIsOff(row?.clockOffsetMs ?? null)).toBe(true);
    expect(clockIsOff(60_000)).toBe(false);
  });

  it('whatever the reports, every station is listed once and in the order of its state', () => {
    const report = fc.record({ code: fc.constantFrom('A', 'B', 'C', 'D'), device: fc.constantFrom('p1', 'p2'), daysAgo: fc.option(fc.nat(90), { nil: null }) });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 10 }), (reports) => {
        const docs = ['A', 'B', 'C'].map((code) => doc(code, reports.filter((r) => r.code === code).map((r) => pc(r.code, r.device, r.daysAgo))));
        const rows = healthRows(['A', 'B', 'C', 'D'].map(entry), docs, NOW);
        expect(rows.map((r) => r.code).sort()).toEqual(['A', 'B', 'C', 'D']);
        const order = rows.map((r) => HEALTH_ORDER.indexOf(r.state));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(rows.find((r) => r.code === 'D')?.state).toBe('never');
      }),
    );
  });
});
