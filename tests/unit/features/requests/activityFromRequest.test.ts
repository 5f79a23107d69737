import { describe, expect, it } from 'vitest';
import { blankFormValues } from '../../../../src-renderer/features/activities/formValues';
import { followTimeSpan } from '../../../../src-renderer/features/activities/participants';
import { activityValuesFromRequest } from '../../../../src-renderer/features/requests/activityFromRequest';

const TODAY = '2024-03-10';
const DISPATCHED = { need: '上门修电灯\n老人独居，下午在家', field: 'aid', teamId: '', volunteerIds: ['v:1', 'v:2'], wantedDate: '' };

describe('办结 → 新建活动: the activity form starts from what the request knows', () => {
  it('lists the volunteers it was dispatched to, one person served, and the need as the content', () => {
    const values = activityValuesFromRequest(DISPATCHED, blankFormValues(TODAY));
    expect(values.participants.map((p) => p.volunteerId)).toEqual(['v:1', 'v:2']);
    expect(values.participants.every((p) => p.hours !== null && p.hours > 0 && !p.manual)).toBe(true);
    expect(values.servedCount).toBe(1);
    expect(values.summary).toBe('上门修电灯\n老人独居，下午在家');
    expect(values).toMatchObject({ title: '上门修电灯', field: 'aid', date: TODAY });
  });

  it('gives the dispatched volunteers the activity’s hours once its times are typed', () => {
    const values = activityValuesFromRequest(DISPATCHED, blankFormValues(TODAY));
    expect(followTimeSpan(values.participants, '14:00', '16:30').map((p) => p.hours)).toEqual([2.5, 2.5]);
  });

  it('dates the activity on the wanted day when that has passed, else today', () => {
    expect(activityValuesFromRequest({ ...DISPATCHED, wantedDate: '2024-03-08' }, blankFormValues(TODAY)).date).toBe('2024-03-08');
    expect(activityValuesFromRequest({ ...DISPATCHED, wantedDate: '2024-03-12' }, blankFormValues(TODAY)).date).toBe(TODAY);
  });

  it('lists nobody for a request dispatched to a team only', () => {
    const values = activityValuesFromRequest({ ...DISPATCHED, teamId: 'team:1', volunteerIds: [] }, blankFormValues(TODAY));
    expect(values).toMatchObject({ teamId: 'team:1', participants: [] });
  });
});
