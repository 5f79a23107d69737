import { describe, expect, it } from 'vitest';
import { buildPcHealth, PC_HEALTH_REFRESH_MS, pcHealthName, pcHealthSchema, shouldReport, type PcHealth } from '../../../src-renderer/domain/pcHealth';
import { createHealthReporter, type RunFacts } from '../../../src-renderer/sync/pcHealthReporter';

/** A PC whose clock is 3 hours behind the server's: what it reports must still be the server's time. */
const SERVER_NOW = Date.parse('2026-06-01T08:00:00.000Z');
const OFFSET = 3 * 60 * 60 * 1000;
const PC_NOW = SERVER_NOW - OFFSET;

const OK: RunFacts = { errorKey: '', clockOffsetMs: OFFSET, pending: 0, refused: 0, unreadable: 0 };

function input(overrides: Partial<Parameters<typeof buildPcHealth>[0]> = {}): Parameters<typeof buildPcHealth>[0] {
  return {
    stationId: 'JN-LX-001',
    deviceId: 'pc-1',
    appVersion: '0.1.0',
    localNowMs: PC_NOW,
    clockOffsetMs: OFFSET,
    lastSuccessServerMs: SERVER_NOW,
    previous: null,
    lastErrorKey: '',
    pending: 0,
    refused: 0,
    unreadable: 0,
    ...overrides,
  };
}

/** The two calls the reporter makes, on one `_local` document held in memory. */
function fakeServer(initial: Record<string, unknown> | null = null) {
  const docs = new Map<string, Record<string, unknown>>();
  if (initial) docs.set(pcHealthName('pc-1'), initial);
  let failing = false;
  const writes: Array<{ name: string; body: Record<string, unknown>; rev: string | undefined }> = [];
  return {
    docs,
    writes,
    fail(on: boolean) {
      failing = on;
    },
    api: {
      readLocal(name: string) {
        if (failing) return Promise.reject(new Error('network down'));
        return Promise.resolve(docs.get(name) ?? null);
      },
      writeLocal(name: string, body: Record<string, unknown>, rev: string | undefined) {
        if (failing) return Promise.reject(new Error('network down'));
        writes.push({ name, body, rev });
        const next = `0-${writes.length}`;
        docs.set(name, { ...body, _id: `_local/${name}`, _rev: next });
        return Promise.resolve({ ok: true, rev: next });
      },
    },
  };
}

describe('a PC health record', () => {
  it('gives the server’s time, not the PC’s, and carries counts and a message key only', () => {
    const health = buildPcHealth(input({ lastErrorKey: 'sync.errors.network', pending: 3, refused: 1 }));
    expect(pcHealthSchema.parse(health)).toEqual(health);
    expect(health.reportedAt).toBe('2026-06-01T08:00:00.000Z');
    expect(health.lastSuccessAt).toBe('2026-06-01T08:00:00.000Z');
    expect(health).toMatchObject({ pending: 3, refused: 1, lastErrorKey: 'sync.errors.network', clockOffsetMs: OFFSET });
  });

  it('keeps the last success an earlier session reported while this session has none', () => {
    const previous = buildPcHealth(input({ lastSuccessServerMs: Date.parse('2026-05-01T00:00:00.000Z') }));
    expect(buildPcHealth(input({ lastSuccessServerMs: null, previous, lastErrorKey: 'sync.errors.timeout' })).lastSuccessAt).toBe('2026-05-01T00:00:00.000Z');
    expect(buildPcHealth(input({ lastSuccessServerMs: null, previous: null })).lastSuccessAt).toBeNull();
  });

  it('is rewritten at once when an error, refusals or the version change, otherwise only when the refresh is due', () => {
    const last = buildPcHealth(input());
    const later = (overrides: Partial<Parameters<typeof buildPcHealth>[0]>) => buildPcHealth(input({ localNowMs: PC_NOW + 60_000, ...overrides }));
    expect(shouldReport(null, last, 0)).toBe(true);
    expect(shouldReport(last, later({}), 60_000)).toBe(false);
    expect(shouldReport(last, later({ pending: 4 }), 60_000)).toBe(true);
    expect(shouldReport(last, later({ lastErrorKey: 'sync.errors.server' }), 60_000)).toBe(true);
    expect(shouldReport(last, later({ refused: 1 }), 60_000)).toBe(true);
    expect(shouldReport(last, later({ appVersion: '0.2.0' }), 60_000)).toBe(true);
    expect(shouldReport(last, later({}), PC_HEALTH_REFRESH_MS)).toBe(true);
    // The PC's clock was set back: an interval cannot be negative, so write rather than go quiet.
    expect(shouldReport(last, later({}), -1)).toBe(true);
  });
});

describe('the health reporter', () => {
  it('writes after the first run, skips an unchanged one, and writes again when the refresh is due', async () => {
    const server = fakeServer();
    let now = PC_NOW;
    const reporter = createHealthReporter({ api: server.api, appVersion: '0.1.0', stationId: () => 'JN-LX-001', deviceId: 'pc-1', localNow: () => now });
    await reporter.afterRun(OK);
    now += 60_000;
    await reporter.afterRun(OK);
    expect(server.writes).toHaveLength(1);
    now += PC_HEALTH_REFRESH_MS;
    await reporter.afterRun(OK);
    expect(server.writes).toHaveLength(2);
    expect(server.writes[1]).toMatchObject({ name: 'pc-health-pc-1', rev: '0-1' });
    expect(pcHealthSchema.parse(server.docs.get('pc-health-pc-1')).lastSuccessAt).toBe(new Date(SERVER_NOW + 60_000 + PC_HEALTH_REFRESH_MS).toISOString());
  });

  it('keeps the stored last success through failing runs, and writes the failure at once', async () => {
    const earlier = buildPcHealth(input({ lastSuccessServerMs: Date.parse('2026-05-20T10:00:00.000Z') }));
    const server = fakeServer({ ...earlier, _id: '_local/pc-health-pc-1', _rev: '0-7' });
    const reporter = createHealthReporter({ api: server.api, appVersion: '0.1.0', stationId: () => 'JN-LX-001', deviceId: 'pc-1', localNow: () => PC_NOW });
    await reporter.afterRun({ ...OK, errorKey: 'sync.errors.timeout' });
    expect(server.writes).toEqual([expect.objectContaining({ rev: '0-7' })]);
    const written: PcHealth = pcHealthSchema.parse(server.docs.get('pc-health-pc-1'));
    expect(written).toMatchObject({ lastSuccessAt: '2026-05-20T10:00:00.000Z', lastErrorKey: 'sync.errors.timeout' });
  });

  it('never throws when the server cannot be reached, and writes on the next run that can', async () => {
    const server = fakeServer();
    const reporter = createHealthReporter({ api: server.api, appVersion: '0.1.0', stationId: () => 'JN-LX-001', deviceId: 'pc-1', localNow: () => PC_NOW });
    server.fail(true);
    await expect(reporter.afterRun({ ...OK, errorKey: 'sync.errors.network' })).resolves.toBeUndefined();
    server.fail(false);
    await reporter.afterRun(OK);
    expect(server.writes).toHaveLength(1);
    expect(pcHealthSchema.parse(server.docs.get('pc-health-pc-1')).lastErrorKey).toBe('');
  });
});
