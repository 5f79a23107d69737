import { afterEach, describe, it } from 'vitest';
import { openLedger, type Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import { DAY_MS, shiftedWallClock, withShiftedWriteTimes, YEAR_MS } from '../../support/shiftedWriteTimes';
import { activityDocs, expectReportsMatchActivities, storedDoc } from './reportDigestsFixture';

let opened: Ledger | null = null;

afterEach(async () => {
  await opened?.close();
  opened = null;
});

/** One run of the app on a PC whose clock is `shiftMs` off (see shiftedWriteTimes). */
async function startApp(name: string, shiftMs: number): Promise<Ledger> {
  await opened?.close();
  const storage = withShiftedWriteTimes(await createLedgerStorage(), shiftMs);
  opened = await openLedger({ storage, name, localName: `${name}-local`, now: shiftedWallClock(shiftMs) });
  return opened;
}

describe('report digests do not depend on a correct clock', () => {
  it('follow activities written after restarts under a clock set back a day, then a year, then put right', async () => {
    const name = `clock-digests-${process.pid}`;
    let ledger = await startApp(name, 0);
    const docs = activityDocs(40, [2023, 2024, 2025], 11);
    await ledger.db.activities.bulkInsert(docs);
    await expectReportsMatchActivities(ledger);

    const [first, second] = docs;
    if (!first || !second) throw new Error('docs expected');
    ledger = await startApp(name, -DAY_MS);
    await ledger.db.activities.bulkInsert(activityDocs(10, [2024], 12));
    await ledger.activities.update(first.id, { ...(await storedDoc(ledger, first.id)), servedCount: 321 });
    await expectReportsMatchActivities(ledger);

    ledger = await startApp(name, -YEAR_MS);
    await ledger.activities.update(second.id, { ...(await storedDoc(ledger, second.id)), date: '2025-01-15' });
    await ledger.db.activities.bulkInsert(activityDocs(10, [2023, 2025], 13));
    await expectReportsMatchActivities(ledger);

    ledger = await startApp(name, 0);
    await ledger.activities.remove(first.id);
    await expectReportsMatchActivities(ledger);
  });
});
