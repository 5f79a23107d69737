import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '../../../../src-renderer/domain/requests/requestStates';
import { activityValuesFromRequest } from '../../../../src-renderer/features/requests/activityFromRequest';
import { blankFormValues } from '../../../../src-renderer/features/activities/formValues';
import { REQUEST_TABS, requestRows, rowsInTab, tabCounts } from '../../../../src-renderer/features/requests/requestRows';
import type { RequestDoc } from '../../../../src-renderer/records/request/shape';

const TODAY = '2024-03-10';
const names = { team: (id: string) => `队${id}`, volunteer: (id: string) => `人${id}` };

function request(overrides: Partial<RequestDoc> = {}): RequestDoc {
  return {
    id: 'request:1',
    stationId: 'JN-LX-001',
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    updatedBy: 'pc',
    residentName: '王秀英',
    villageGroup: '三组',
    phone: '13905310002',
    need: '修电灯',
    field: 'aid',
    urgency: 'normal',
    state: 'pending',
    receivedDate: '2024-03-01',
    wantedDate: '2024-03-05',
    teamId: '',
    volunteerIds: [],
    activityId: '',
    doneDate: '',
    rating: 0,
    ratingRemark: '',
    endReason: '',
    history: [],
    ...overrides,
  };
}

describe('the request list', () => {
  it('masks the phone, names who has it, and marks an open request past its wanted date as overdue', () => {
    const [row] = requestRows([request({ teamId: 't1', volunteerIds: ['v1', 'v2'] })], TODAY, names);
    expect(row).toMatchObject({ overdue: true, maskedPhone: '139****0002', teamName: '队t1', volunteerNames: ['人v1', '人v2'] });
    expect(row?.maskedPhone).not.toContain('0531');
    const [done] = requestRows([request({ state: 'done' })], TODAY, names);
    expect(done?.overdue).toBe(false);
    const [noDate] = requestRows([request({ wantedDate: '', phone: '' })], TODAY, names);
    expect([noDate?.overdue, noDate?.maskedPhone]).toEqual([false, '']);
  });

  it('each state tab holds exactly its requests, the overdue tab the open ones past their date, and the counts say so', () => {
    const arbitraryRequest = fc.record({
      state: fc.constantFrom(...REQUEST_STATES),
      wantedDate: fc.constantFrom('', '2024-03-09', '2024-03-10', '2024-03-11'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRequest, { maxLength: 30 }), (specs) => {
        const rows = requestRows(specs.map((s, i) => request({ ...s, id: `request:${i}` })), TODAY, names);
        const counts = tabCounts(rows);
        for (const tab of REQUEST_TABS) expect(rowsInTab(rows, tab).length, tab).toBe(counts[tab]);
        for (const state of REQUEST_STATES) expect(rowsInTab(rows, state).every((r) => r.request.state === state)).toBe(true);
        const overdue = rowsInTab(rows, 'overdue');
        expect(overdue.every((r) => ['pending', 'dispatched', 'accepted'].includes(r.request.state) && r.request.wantedDate === '2024-03-09')).toBe(true);
        expect(counts.all).toBe(specs.length);
        expect(REQUEST_STATES.reduce((sum, s) => sum + counts[s], 0)).toBe(specs.length);
      }),
    );
  });
});

describe('an activity made from a request', () => {
  it('takes the need’s first line as its title, the field and the team, and keeps the rest blank', () => {
    const values = activityValuesFromRequest({ need: '上门修电灯\n老人独居，下午在家', field: 'aid', teamId: 'team:1' }, blankFormValues(TODAY));
    expect(values).toMatchObject({ title: '上门修电灯', field: 'aid', teamId: 'team:1', date: TODAY, participants: [] });
    expect(activityValuesFromRequest({ need: '字'.repeat(300), field: 'aid', teamId: '' }, blankFormValues(TODAY))).toMatchObject({ teamId: undefined });
    expect(activityValuesFromRequest({ need: '字'.repeat(300), field: 'aid', teamId: '' }, blankFormValues(TODAY)).title).toHaveLength(100);
  });
});
