import { afterEach, describe, expect, it, vi } from 'vitest';
import { keeperAttention } from '../../../src-renderer/features/sync/attention';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { volunteerInput } from '../../support/testLedger';
import { CREDENTIALS, openServicePc, STATION_DB, type ServicePc } from './support/servicePc';

/** What the sync service puts in front of the keeper beyond the phase: unreadable records, a clock set back. */

const BOUND = { timeout: 15_000, interval: 20 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

let pc: ServicePc | null = null;
afterEach(async () => {
  await pc?.close();
  pc = null;
});

async function connectedPc(options: { now?: () => Date } = {}) {
  const p = await openServicePc({}, options);
  pc = p;
  const volunteer = await p.ledger.volunteers.create(volunteerInput());
  await p.sync.connect(CREDENTIALS);
  await vi.waitFor(() => expect(p.sync.getStatus()).toMatchObject({ phase: 'upToDate', running: false, pending: 0 }), BOUND);
  return { p, volunteer, onServer: p.server.current(STATION_DB, volunteer.id) ?? {} };
}

describe('records on the server this app cannot read', () => {
  it('are listed with why, kept out of the collection, counted for the keeper, and leave the list once a readable version comes', async () => {
    const { p, volunteer, onServer } = await connectedPc();
    // A newer major app splits the name; and someone's tool wrote a record without the fields it needs.
    p.server.write(STATION_DB, { ...onServer, _id: volunteer.id, [WIRE_VERSION_FIELD]: 9, [WIRE_MAJOR_FIELD]: 2, name: '张', givenName: '三' });
    p.server.write(STATION_DB, { _id: 'volunteer:0mbroken', stationId: onServer.stationId, [WIRE_VERSION_FIELD]: onServer[WIRE_VERSION_FIELD], name: 42 });
    expect((await p.sync.syncNow())?.errorKey).toBe('');

    const status = p.sync.getStatus();
    expect([...status.unreadable].sort((a, b) => a.docId.localeCompare(b.docId))).toEqual([
      { collection: 'volunteers', docId: 'volunteer:0mbroken', reason: 'invalid' },
      { collection: 'volunteers', docId: volunteer.id, reason: 'newerMajor' },
    ]);
    expect(keeperAttention(status, 0)).toMatchObject({ unreadable: 2, total: 2 });
    expect((await p.ledger.volunteers.get(volunteer.id))?.name).toBe(volunteer.name);
    expect(await p.ledger.volunteers.get('volunteer:0mbroken')).toBeNull();
    const droppedWithThem = status.dropped;

    // Another PC of this version writes the record again in a form this app reads.
    p.server.write(STATION_DB, { ...onServer, _id: volunteer.id, phone: '13600000000', updatedAt: '2099-01-01T00:00:00.000Z' });
    expect((await p.sync.syncNow())?.errorKey).toBe('');
    expect(p.sync.getStatus().unreadable).toEqual([{ collection: 'volunteers', docId: 'volunteer:0mbroken', reason: 'invalid' }]);
    expect(p.sync.getStatus().dropped).toBe(droppedWithThem - 1);
    expect((await p.ledger.volunteers.get(volunteer.id))?.phone).toBe('13600000000');
  });
});

describe('a PC clock behind the latest stamp it holds', () => {
  it('is in the status (and the keeper’s to-do) after the next write, and leaves it once the clock is right again', async () => {
    // The PC's clock ticks a millisecond each time it is read, so writes do not share one time.
    let wall = Date.parse('2025-06-01T08:00:00.000Z');
    const { p, volunteer } = await connectedPc({ now: () => new Date((wall += 1)) });
    expect(p.sync.getStatus().clockBehindMs).toBe(0);

    // The CMOS battery dies: the clock starts a day back; the keeper goes on working.
    wall -= DAY_MS;
    await p.ledger.volunteers.update(volunteer.id, { ...volunteerInput(), notes: '时钟被调回后补的备注' });
    await vi.waitFor(() => expect(p.sync.getStatus().clockBehindMs).toBeGreaterThan(DAY_MS - 60_000), BOUND);
    expect(p.sync.getStatus().clockBehindMs).toBeLessThan(DAY_MS + 60_000);
    expect(keeperAttention(p.sync.getStatus(), 0)).toMatchObject({ stampsAheadMinutes: 24 * 60, total: 1 });

    wall += 2 * DAY_MS;
    await p.ledger.volunteers.update(volunteer.id, { ...volunteerInput(), notes: '时钟调准后' });
    await vi.waitFor(() => expect(p.sync.getStatus().clockBehindMs).toBe(0), BOUND);
    expect(keeperAttention(p.sync.getStatus(), 0)).toBeNull();
  });
});
