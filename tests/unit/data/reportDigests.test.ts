import { firstValueFrom, take, toArray, type Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../../src-renderer/data/activities/reportDigests';
import type { Ledger } from '../../../src-renderer/data/session';
import { SERVED_GROUPS, SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import { monthRange, yearRange, type DateRange } from '../../../src-renderer/domain/dates';
import { digestActivities, type PeriodDigest } from '../../../src-renderer/domain/reports/digest';
import type { ReportPeriod } from '../../../src-renderer/domain/reports/period';
import { stationReportFromDigests } from '../../../src-renderer/domain/reports/stationReport';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';
import { activityDocs, expectReportsMatchActivities, reportFromActivities, reportFromDigests, storedDoc } from './reportDigestsFixture';

describe('cacheKeyOf', () => {
  it('stores calendar years and months, and nothing else', () => {
    expect(cacheKeyOf(yearRange(2024))).toEqual({ year: '2024', key: '2024' });
    expect(cacheKeyOf(monthRange('2024-02'))).toEqual({ year: '2024', key: '2024-02' });
    expect(cacheKeyOf({ from: '2024-02-01', to: '2024-02-28' })).toBeNull();
    expect(cacheKeyOf({ from: '2024-01-01', to: '2025-12-31' })).toBeNull();
    expect(cacheKeyOf({ from: '0999-01-01', to: '0999-12-31' })).toBeNull();
  });
});

describe('report digests kept beside the activities', () => {
  const open: Ledger[] = [];
  async function ledgerNamed(name?: string): Promise<Ledger> {
    const ledger = await openTestLedger(name ? { name } : {});
    open.push(ledger);
    return ledger;
  }
  afterEach(async () => {
    await Promise.all(open.splice(0).map((l) => l.close()));
  });

  it('give the same report as the activities, for years, months and the year before', async () => {
    const ledger = await ledgerNamed();
    await ledger.db.activities.bulkInsert(activityDocs(120, [2023, 2024, 2025], 1));
    await expectReportsMatchActivities(ledger);
  });

  it('follow edits, moves to another year, deletes and restores made through the repository', async () => {
    const ledger = await ledgerNamed();
    await ledger.setUpStation(TEST_STATION);
    const docs = activityDocs(60, [2023, 2024], 2);
    await ledger.db.activities.bulkInsert(docs);
    await expectReportsMatchActivities(ledger);

    const [first, second, third] = docs;
    if (!first || !second || !third) throw new Error('docs expected');
    await ledger.activities.update(first.id, { ...first, participants: [{ volunteerId: 'volunteer:99', hours: 7.5 }], servedCount: 500 });
    await ledger.activities.update(second.id, { ...second, date: second.date.startsWith('2023') ? '2024-12-31' : '2023-01-01' });
    const removed = await ledger.activities.remove(third.id);
    await expectReportsMatchActivities(ledger);

    await ledger.activities.restore(removed);
    await ledger.activities.create({ ...third, date: '2025-01-15', participants: [] });
    await expectReportsMatchActivities(ledger);
  });

  it('follow writes that do not go through the repository, as replication makes them, in batches sharing one write time', async () => {
    const ledger = await ledgerNamed();
    await ledger.db.activities.bulkInsert(activityDocs(40, [2024], 3));
    await expectReportsMatchActivities(ledger);

    const moved = await storedDoc(ledger, (await ledger.activities.query(yearRange(2024)))[0]?.id ?? '');
    await ledger.db.activities.bulkUpsert([{ ...moved, date: '2025-01-02', updatedBy: 'other-pc' }, ...activityDocs(30, [2024, 2025], 4)]);
    await expectReportsMatchActivities(ledger);
  });

  it('catch up with writes made while no report was read, after the database is opened again', async () => {
    const name = `report-digests-reopen-${process.pid}`;
    const first = await ledgerNamed(name);
    const docs = activityDocs(50, [2023, 2024, 2025], 5);
    await first.db.activities.bulkInsert(docs);
    await expectReportsMatchActivities(first);
    await first.close();

    // Writes from another session that never asked for a report (an import, a sync run, another window).
    const second = await ledgerNamed(name);
    const [edited, deleted] = docs;
    if (!edited || !deleted) throw new Error('docs expected');
    await second.db.activities.upsert({ ...(await storedDoc(second, edited.id)), date: '2023-06-06', servedCount: 999 });
    await (await second.db.activities.findOne(deleted.id).exec())?.remove();
    await second.db.activities.bulkInsert(activityDocs(10, [2024], 6));
    await second.close();

    const third = await ledgerNamed(name);
    await expectReportsMatchActivities(third);
  });

  it('are made again for a new database of the same name', async () => {
    const name = `report-digests-renewed-${process.pid}`;
    const first = await ledgerNamed(name);
    await first.db.activities.bulkInsert(activityDocs(30, [2024], 7));
    await expectReportsMatchActivities(first);
    await first.db.remove();

    const renewed = await ledgerNamed(name);
    await renewed.db.activities.bulkInsert(activityDocs(5, [2025], 8));
    await expectReportsMatchActivities(renewed);
    expect((await reportFromDigests(renewed, { kind: 'year', year: 2024 })).totals.sessions).toBe(0);
  });

  it('digest any other date range from its activities', async () => {
    const ledger = await ledgerNamed();
    await ledger.db.activities.bulkInsert(activityDocs(40, [2024], 9));
    const range: DateRange = { from: '2024-02-10', to: '2024-05-20' };
    const [digest] = await ledger.activities.reportDigests([range]);
    const activities = await ledger.activities.query(range);
    const period: ReportPeriod = { kind: 'year', year: 2024 };
    const options = { period, projects: [], fieldOrder: SERVICE_FIELDS, groupOrder: SERVED_GROUPS };
    expect(stationReportFromDigests({ ...options, current: digest ?? digestActivities([]), lastYear: digestActivities([]) })).toEqual(
      stationReportFromDigests({ ...options, current: digestActivities(activities), lastYear: digestActivities([]) }),
    );
  });

  it('tell a watching screen about changes to its period, and stay quiet about other periods', async () => {
    const ledger = await ledgerNamed();
    const docs = activityDocs(20, [2024], 10);
    await ledger.db.activities.bulkInsert(docs);
    const watched: Observable<PeriodDigest[]> = ledger.activities.reportDigests$([yearRange(2024)]);
    const emissions = firstValueFrom(watched.pipe(take(2), toArray()));
    await ledger.activities.reportDigests([yearRange(2024)]);

    await ledger.db.activities.bulkInsert(activityDocs(3, [2019], 11));
    await ledger.db.activities.bulkInsert(activityDocs(1, [2024], 12));
    const [before, after] = await emissions;
    expect(before?.[0]?.days.length).toBeLessThanOrEqual(after?.[0]?.days.length ?? 0);
    const period: ReportPeriod = { kind: 'year', year: 2024 };
    expect((await reportFromActivities(ledger, period)).totals.sessions).toBe(docs.length + 1);
    const latest = stationReportFromDigests({ period, current: after?.[0] ?? digestActivities([]), lastYear: digestActivities([]), projects: [], fieldOrder: SERVICE_FIELDS, groupOrder: SERVED_GROUPS });
    expect(latest.totals.sessions).toBe(docs.length + 1);
  });
});
