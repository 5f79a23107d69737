import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyHoursExceededError, ValidationError } from '../../../../src-renderer/data/errors';
import type { Ledger } from '../../../../src-renderer/data/session';
import { dailyOverflowLines } from '../../../../src-renderer/features/activities/dailyOverflow';
import {
  blankFormValues,
  copyOfActivity,
  formValuesFromActivity,
  toActivityInput,
  type ActivityFormValues,
} from '../../../../src-renderer/features/activities/formValues';
import { addParticipants } from '../../../../src-renderer/features/activities/participants';
import { validation } from '../../../../src-renderer/i18n/zh-CN/validation';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../../support/testLedger';

function filledForm(volunteerIds: string[], overrides: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return {
    ...blankFormValues('2024-03-05'),
    title: '学雷锋义诊',
    startTime: '09:00',
    endTime: '11:30',
    place: '社区广场',
    field: 'health',
    participants: addParticipants([], volunteerIds, 2.5).rows,
    servedCount: 40,
    servedGroups: ['elderly_alone', 'children'],
    ...overrides,
  };
}

describe('activity form and the repository', () => {
  let ledger: Ledger;
  let zhang: string;
  let li: string;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
    zhang = (await ledger.volunteers.create(volunteerInput())).id;
    li = (await ledger.volunteers.create(volunteerInput({ name: '李四', idNumber: withCheckChar('37010219800101003') }))).id;
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('saves what the form holds, with cleared optional selects stored as none', async () => {
    const saved = await ledger.activities.create(toActivityInput(filledForm([zhang, li])));
    expect(saved.projectId).toBe('');
    expect(saved.teamId).toBe('');
    expect(saved.totalHours).toBe(5);
    expect(saved.participants).toEqual([
      { volunteerId: zhang, hours: 2.5 },
      { volunteerId: li, hours: 2.5 },
    ]);
    expect(saved.servedGroups).toEqual(['elderly_alone', 'children']);
  });

  it('copies the last activity with today as its date, and the copy saves as a second activity', async () => {
    await ledger.activities.create(toActivityInput(filledForm([zhang], { theme: '学雷锋月', summary: '为40位老人量血压' })));
    const last = await ledger.activities.latest();
    if (!last) throw new Error('expected a saved activity');
    const copy = copyOfActivity(last, '2024-03-12');
    expect(copy).toEqual({ ...formValuesFromActivity(last), date: '2024-03-12' });
    expect(copy.title).toBe('学雷锋义诊');
    expect(copy.summary).toBe('为40位老人量血压');
    await ledger.activities.create(toActivityInput(copy));
    const all = await ledger.activities.query({ from: '2024-03-01', to: '2024-03-31' });
    expect(all.map((a) => a.date)).toEqual(['2024-03-12', '2024-03-05']);
  });

  it('refuses an empty hours box with the hours message and saves nothing', async () => {
    const values = filledForm([zhang]);
    values.participants = values.participants.map((p) => ({ ...p, hours: null, manual: true }));
    await expect(ledger.activities.create(toActivityInput(values))).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.field === 'participants.0.hours' && i.key === 'validation.hours.invalid'),
    );
    expect(await ledger.activities.count()).toBe(0);
  });

  it('names the volunteer whose day would pass 24 hours', async () => {
    await ledger.activities.create(toActivityInput(filledForm([zhang], { startTime: '00:00', endTime: '22:00', participants: addParticipants([], [zhang], 22).rows })));
    const attempt = ledger.activities.create(toActivityInput(filledForm([zhang, li])));
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DailyHoursExceededError);
    if (!(error instanceof DailyHoursExceededError)) return;
    const t = i18next.createInstance();
    await t.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: { validation } } }, interpolation: { escapeValue: false } });
    const names = new Map([[zhang, '张三']]);
    expect(dailyOverflowLines(error.overflows, (id) => names.get(id), '（已删除的志愿者）', t.t)).toEqual([
      '张三 在 2024-03-05 的服务时长合计 24.5 小时，超过每天24小时的上限，请调整',
    ]);
    expect(dailyOverflowLines(error.overflows, () => undefined, '（已删除的志愿者）', t.t)[0]).toContain('（已删除的志愿者）');
    expect(await ledger.activities.count()).toBe(1);
  });
});
