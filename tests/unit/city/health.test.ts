import { describe, expect, it } from 'vitest';
import { healthState, type HealthReport, type StationHealth } from '../../../src-city/commands/health';
import { lastSuccessOf, silentDaysOf } from '../../../src-renderer/domain/stationHealth';
import { chinaTime, formatHealth } from '../../../src-city/commands/healthFormat';
import { buildPcHealth, type PcHealth } from '../../../src-renderer/domain/pcHealth';

function pc(overrides: Partial<Parameters<typeof buildPcHealth>[0]> = {}): PcHealth {
  return buildPcHealth({
    stationId: 'JN-LX-001',
    deviceId: 'pc-1',
    appVersion: '0.1.0',
    localNowMs: Date.parse('2026-06-01T00:00:00Z'),
    clockOffsetMs: 0,
    lastSuccessServerMs: Date.parse('2026-06-01T00:00:00Z'),
    previous: null,
    lastErrorKey: '',
    pending: 0,
    refused: 0,
    unreadable: 0,
    ...overrides,
  });
}

function station(overrides: Partial<StationHealth>): StationHealth {
  return {
    code: 'JN-LX-001',
    name: '幸福里站',
    county: '历下区',
    state: 'ok',
    lastSuccessAt: '2026-06-01T00:00:00.000Z',
    silentDays: 0,
    pcs: [pc()],
    unreadableReports: 0,
    lastRecordAt: null,
    replication: 'running',
    ...overrides,
  };
}

describe('a station’s health state', () => {
  it('counts silence from the newest success: under 7 days ok, 7 a warning, 30 an alert', () => {
    expect(healthState([pc()], true, 6)).toBe('ok');
    expect(healthState([pc()], true, 7)).toBe('silent7');
    expect(healthState([pc()], true, 29)).toBe('silent7');
    expect(healthState([pc()], true, 30)).toBe('silent30');
  });

  it('counts days from the newest success of any PC, by the time given (the server’s)', () => {
    const older = pc({ deviceId: 'pc-a', lastSuccessServerMs: Date.parse('2026-05-01T00:00:00Z') });
    const newer = pc({ deviceId: 'pc-b', lastSuccessServerMs: Date.parse('2026-05-25T12:00:00Z') });
    expect(lastSuccessOf([older, newer])).toBe('2026-05-25T12:00:00.000Z');
    expect(lastSuccessOf([pc({ lastSuccessServerMs: null })])).toBeNull();
    expect(silentDaysOf('2026-05-25T12:00:00.000Z', Date.parse('2026-06-01T11:59:59Z'))).toBe(6);
    expect(silentDaysOf('2026-05-25T12:00:00.000Z', Date.parse('2026-06-01T12:00:00Z'))).toBe(7);
    // A report stamped after "now" (a server clock set back) is not negative silence.
    expect(silentDaysOf('2026-06-02T00:00:00.000Z', Date.parse('2026-06-01T00:00:00Z'))).toBe(0);
    expect(silentDaysOf(null, 0)).toBeNull();
  });

  it('tells apart never connected, records without reports, and PCs that never succeeded', () => {
    expect(healthState([], false, null)).toBe('never');
    expect(healthState([], true, null)).toBe('noReport');
    expect(healthState([pc({ lastSuccessServerMs: null, lastErrorKey: 'sync.errors.forbidden' })], true, null)).toBe('failing');
  });
});

describe('the health table', () => {
  it('shows times in Beijing time, sums waiting and refused over PCs, and names a clock off by more than 10 minutes', () => {
    const report: HealthReport = {
      at: '2026-06-01T04:00:00.000Z',
      stations: [
        station({
          pcs: [pc({ pending: 2, refused: 1, lastErrorKey: 'sync.errors.network' }), pc({ deviceId: 'pc-2', pending: 3, clockOffsetMs: 3 * 60 * 60 * 1000, appVersion: '0.2.0' })],
        }),
        station({ code: 'JN-LX-002', state: 'never', lastSuccessAt: null, silentDays: null, pcs: [] }),
      ],
    };
    const text = formatHealth(report);
    const row = text.split('\n').find((line) => line.startsWith('JN-LX-001')) ?? '';
    expect(row).toContain('2026-06-01 08:00');
    expect(row).toMatch(/\b5\s+1\s+network\b/);
    expect(row).toContain('0.1.0, 0.2.0');
    expect(row).toContain('慢180分');
    expect(text).toContain('从未连接 1');
    expect(chinaTime(null)).toBe('—');
    expect(chinaTime('2026-12-31T17:30:00.000Z')).toBe('2027-01-01 01:30');
  });
});
