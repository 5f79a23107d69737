import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_HIGH_WATER_KEY, openWriteClock, type WriteClock } from '../../../src-renderer/data/clock/writeClock';
import { compareVersions, type Version } from '../../../src-renderer/data/conflicts/winner';
import { openLocalDb, type LocalDb } from '../../../src-renderer/data/local/localDb';
import type { Ledger } from '../../../src-renderer/data/session';
import { LAST_STAMP_MS, nextStamp } from '../../../src-renderer/domain/clock/hybridClock';
import { DAY_MS, YEAR_MS } from '../../support/shiftedWriteTimes';
import { openTestLedger, TEST_STATION, volunteerInput } from '../../support/testLedger';

const TODAY = Date.UTC(2025, 5, 1, 9, 0, 0);
let made = 0;
const opened: { close(): unknown }[] = [];

afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.close();
});

function localDb(): LocalDb {
  made += 1;
  const db = openLocalDb(`clock-local-${process.pid}-${made}`);
  opened.push(db);
  return db;
}

const noSeed = () => Promise.resolve(null);

describe('the hybrid clock rule', () => {
  it('stamps after everything seen, and with the wall clock when that is later', () => {
    // Stamps seen reach up to the last one, to cover the end of the range.
    const step = fc.oneof(
      fc.record({ wall: fc.oneof(fc.integer({ min: 0, max: LAST_STAMP_MS }), fc.constant(Number.NaN)) }),
      fc.record({ seen: fc.integer({ min: 0, max: LAST_STAMP_MS }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 50 }), (steps) => {
        let highest = -1;
        for (const s of steps) {
          if ('seen' in s) {
            highest = Math.max(highest, s.seen);
            continue;
          }
          const stamp = nextStamp(s.wall, highest);
          // At the last representable millisecond stamps stay there (the PC id breaks the ties).
          if (highest < LAST_STAMP_MS) expect(stamp).toBeGreaterThan(highest);
          else expect(stamp).toBe(LAST_STAMP_MS);
          if (s.wall > highest) expect(stamp).toBe(s.wall);
          highest = stamp;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the write clock of a PC', () => {
  it('after a restart under a clock set back a day, then a year, stamps after what it wrote before, and says how far behind it is', async () => {
    const local = localDb();
    let wall = TODAY;
    const first = await openWriteClock(local, () => new Date(wall), noSeed);
    const before = first.now().getTime();
    expect(before).toBe(TODAY);
    expect(first.behindMs()).toBe(0);
    await first.flush();

    for (const back of [DAY_MS, YEAR_MS]) {
      wall = TODAY - back;
      const restarted = await openWriteClock(local, () => new Date(wall), noSeed);
      expect(restarted.behindMs()).toBeGreaterThanOrEqual(back);
      expect(restarted.now().getTime()).toBeGreaterThan(before);
      await restarted.flush();
    }

    // Put right again: the wall clock is used as it is.
    wall = TODAY + 60_000;
    const right = await openWriteClock(local, () => new Date(wall), noSeed);
    expect(right.now().getTime()).toBe(wall);
    expect(right.behindMs()).toBe(0);
  });

  it('stamps after a version it received, even one from a clock far ahead', async () => {
    const local = localDb();
    const clock = await openWriteClock(local, () => new Date(TODAY - YEAR_MS), noSeed);
    clock.observe(new Date(TODAY).toISOString());
    expect(clock.now().getTime()).toBe(TODAY + 1);
    clock.observe('not a time');
    clock.observe(undefined);
    expect(clock.now().getTime()).toBe(TODAY + 2);
    await clock.flush();
    expect((await local.settings.get(CLOCK_HIGH_WATER_KEY))?.value).toBe(TODAY + 2);
  });

  it('starts from the records already stored when nothing was saved yet, and never saves a lower mark over a higher one', async () => {
    const local = localDb();
    const seeded = await openWriteClock(local, () => new Date(TODAY - YEAR_MS), () => Promise.resolve(TODAY));
    expect(seeded.now().getTime()).toBe(TODAY + 1);
    await seeded.flush();
    // Another window saved a later mark meanwhile: it stays.
    await local.settings.put({ key: CLOCK_HIGH_WATER_KEY, value: TODAY + DAY_MS });
    seeded.now();
    await seeded.flush();
    expect((await local.settings.get(CLOCK_HIGH_WATER_KEY))?.value).toBe(TODAY + DAY_MS);
  });

  it('makes every edit win over the versions its PC had seen, whatever the PCs clocks, restarts included', async () => {
    type Op = { pc: 0 | 1; kind: 'edit' } | { pc: 0 | 1; kind: 'send' } | { pc: 0 | 1; kind: 'restart'; offset: number } | { kind: 'wait'; ms: number };
    const pc = fc.constantFrom<0 | 1>(0, 1);
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ pc, kind: fc.constant('edit' as const) }),
      fc.record({ pc, kind: fc.constant('send' as const) }),
      fc.record({ pc, kind: fc.constant('restart' as const), offset: fc.integer({ min: -YEAR_MS, max: YEAR_MS }) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 10_000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), fc.integer({ min: -YEAR_MS, max: 0 }), async (ops, startOffset) => {
        let realTime = TODAY;
        const pcs = await Promise.all(
          [0, 1].map(async (i) => {
            const local = localDb();
            const state = { offset: i === 0 ? 0 : startOffset, local, clock: null as WriteClock | null, known: [] as Version[] };
            state.clock = await openWriteClock(local, () => new Date(realTime + state.offset), noSeed);
            return state;
          }),
        );
        for (const [n, step] of ops.entries()) {
          if (step.kind === 'wait') {
            realTime += step.ms;
            continue;
          }
          const self = pcs[step.pc];
          const other = pcs[1 - step.pc];
          if (!self?.clock || !other?.clock) throw new Error('both PCs are open');
          if (step.kind === 'restart') {
            await self.clock.flush();
            self.offset = step.offset;
            self.clock = await openWriteClock(self.local, () => new Date(realTime + self.offset), noSeed);
          } else if (step.kind === 'send') {
            for (const v of self.known) other.clock.observe(v.updatedAt);
            other.known.push(...self.known);
          } else {
            const edit: Version = { id: 'volunteer:1', _deleted: false, updatedAt: self.clock.now().toISOString(), updatedBy: `pc-${step.pc}`, n };
            for (const seen of self.known) expect(compareVersions(edit, seen)).toBeGreaterThan(0);
            self.known.push(edit);
          }
        }
        await Promise.all(pcs.map((p) => p.clock?.flush() ?? Promise.resolve()));
      }),
      { numRuns: 40 },
    );
  });
});

describe('a ledger stamps its writes with the write clock', () => {
  async function ledgerWith(now: () => Date, name?: string): Promise<Ledger> {
    const ledger = await openTestLedger({ now, ...(name ? { name } : {}) });
    opened.push(ledger);
    return ledger;
  }

  it('an edit on a PC a year behind, made after a record came from the server, is the later version', async () => {
    const ledger = await ledgerWith(() => new Date(TODAY - YEAR_MS));
    await ledger.setUpStation(TEST_STATION);
    const created = await ledger.volunteers.create(volunteerInput());
    // The server's version, written by a PC with a right clock, arrives as replication writes it.
    const received = { ...created, notes: '服务器上的版本', updatedAt: new Date(TODAY).toISOString(), updatedBy: 'pc-other' };
    await ledger.db.volunteers.upsert(received);

    const edited = await ledger.volunteers.update(created.id, { ...received, notes: '一年前的时钟下修改' });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(TODAY);
    expect(compareVersions({ ...edited, _deleted: false }, { ...received, _deleted: false })).toBeGreaterThan(0);
  });

  it('the first run after an upgrade starts from the records it holds', async () => {
    const name = `clock-upgrade-${process.pid}`;
    const right = await ledgerWith(() => new Date(TODAY), name);
    await right.setUpStation(TEST_STATION);
    const created = await right.volunteers.create(volunteerInput());
    // As an app from before the write clock left it: records, and no saved mark.
    await right.clock.flush();
    await right.local.settings.delete(CLOCK_HIGH_WATER_KEY);
    await right.close();
    opened.pop();

    const behind = await ledgerWith(() => new Date(TODAY - YEAR_MS), name);
    const edited = await behind.volunteers.update(created.id, { ...created, notes: '升级后修改' });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
  });
});
