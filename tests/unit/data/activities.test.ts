import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyHoursExceededError, ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';

function activityInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '重阳节敬老义诊',
    date: '2024-10-11',
    startTime: '09:00',
    endTime: '11:30',
    place: '社区服务中心',
    field: 'health',
    participants: [],
    servedCount: 40,
    servedGroups: ['elderly_alone'],
    ...overrides,
  };
}

describe('activity repository', () => {
  let ledger: Ledger;
  let a: string;
  let b: string;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
    a = (await ledger.volunteers.create(volunteerInput())).id;
    b = (await ledger.volunteers.create(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219900202002') }))).id;
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('stores totals derived from the participants', async () => {
    const saved = await ledger.activities.create(activityInput({ participants: [{ volunteerId: a, hours: 2.5 }, { volunteerId: b, hours: 1 }] }));
    expect(saved.totalHours).toBe(3.5);
    expect(saved.participantCount).toBe(2);
    expect(saved.stationId).toBe(TEST_STATION.code);
  });

  it('refuses more than 24 hours for one person on one day across activities, saving nothing', async () => {
    await ledger.activities.create(activityInput({ startTime: '00:00', endTime: '20:00', participants: [{ volunteerId: a, hours: 20 }] }));
    const attempt = ledger.activities.create(
      activityInput({ title: '夜间巡逻', startTime: '20:00', endTime: '23:30', participants: [{ volunteerId: a, hours: 4.5 }, { volunteerId: b, hours: 3 }] }),
    );
    await expect(attempt).rejects.toBeInstanceOf(DailyHoursExceededError);
    await expect(attempt).rejects.toMatchObject({ overflows: [{ volunteerId: a, existing: 20, adding: 4.5, total: 24.5 }] });
    expect(await ledger.activities.count()).toBe(1);
  });

  it('does not count an activity against itself when it is edited', async () => {
    const saved = await ledger.activities.create(activityInput({ participants: [{ volunteerId: a, hours: 20 }] }));
    const edited = await ledger.activities.update(saved.id, activityInput({ participants: [{ volunteerId: a, hours: 22 }] }));
    expect(edited.totalHours).toBe(22);
  });

  it('rejects an end time before the start time and hours off the half-hour grid', async () => {
    await expect(ledger.activities.create(activityInput({ startTime: '10:00', endTime: '09:00' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(ledger.activities.create(activityInput({ participants: [{ volunteerId: a, hours: 1.2 }] }))).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.key === 'validation.hours.invalid'),
    );
  });

  it('filters by month and field, newest first, and finds a volunteer’s activities', async () => {
    await ledger.activities.create(activityInput({ date: '2024-03-05', field: 'customs', title: '学雷锋', participants: [{ volunteerId: a, hours: 2 }] }));
    await ledger.activities.create(activityInput({ date: '2024-03-20', field: 'customs', title: '文明劝导', participants: [{ volunteerId: b, hours: 1 }] }));
    await ledger.activities.create(activityInput({ date: '2024-03-21', field: 'health', title: '义诊' }));
    await ledger.activities.create(activityInput({ date: '2024-04-01', field: 'customs', title: '四月' }));
    const march = await ledger.activities.query({ from: '2024-03-01', to: '2024-03-31', field: 'customs' });
    expect(march.map((x) => x.title)).toEqual(['文明劝导', '学雷锋']);
    expect((await ledger.activities.forVolunteer(a)).map((x) => x.title)).toEqual(['学雷锋']);
    expect((await ledger.activities.latest())?.title).toBe('四月');
  });

  it('deletes softly and restores with undo', async () => {
    const saved = await ledger.activities.create(activityInput());
    const snapshot = await ledger.activities.remove(saved.id);
    expect(await ledger.activities.count()).toBe(0);
    await ledger.activities.restore(snapshot);
    expect((await ledger.activities.get(saved.id))?.title).toBe('重阳节敬老义诊');
  });
});
