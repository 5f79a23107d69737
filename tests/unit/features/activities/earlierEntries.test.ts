import { describe, expect, it } from 'vitest';
import { earlierEntries, earlierRange, fillFromEarlier, type EarlierActivity } from '../../../../src-renderer/features/activities/earlierEntries';
import { blankFormValues } from '../../../../src-renderer/features/activities/formValues';
import { optionMatches } from '../../../../src-renderer/features/activities/selectSearch';

const activity = (over: Partial<EarlierActivity>): EarlierActivity => ({
  title: '周末义诊',
  date: '2026-11-01',
  startTime: '08:30',
  endTime: '11:30',
  place: '村委会大院',
  field: 'health',
  projectId: '',
  teamId: 'team:1',
  ...over,
});

describe('earlier titles and places', () => {
  const entries = earlierEntries([
    activity({ date: '2026-10-01', place: '文化广场', startTime: '19:00', endTime: '21:00' }),
    activity({ date: '2026-11-08' }),
    activity({ title: '广场舞培训', date: '2026-11-05', place: '文化广场' }),
  ]);

  it('are offered once each, newest first', () => {
    expect(entries.titles.map((o) => o.value)).toEqual(['周末义诊', '广场舞培训']);
    expect(entries.places.map((o) => o.value)).toEqual(['村委会大院', '文化广场']);
  });

  it('remember what the latest activity of each title had', () => {
    expect(entries.latestByTitle.get('周末义诊')).toMatchObject({ date: '2026-11-08', startTime: '08:30', place: '村委会大院' });
  });

  it('are found by text, pinyin or initials', () => {
    const found = (q: string) => entries.titles.filter((o) => optionMatches(q, o)).map((o) => o.value);
    expect(found('zmyz')).toEqual(['周末义诊']);
    expect(found('guangchang')).toEqual(['广场舞培训']);
    expect(found('义诊')).toEqual(['周末义诊']);
  });

  it('reach back a year from today', () => {
    expect(earlierRange('2026-11-20')).toEqual({ from: '2025-11-19', to: '2026-11-20' });
  });
});

describe('a title picked from earlier activities', () => {
  const earlier = activity({ projectId: 'project:gone' });

  it('fills only what the keeper left empty, and never what they typed', () => {
    const typed = { ...blankFormValues('2026-11-20'), title: '周末义诊', place: '卫生室', startTime: '09:00' };
    const { patch, filled } = fillFromEarlier(typed, earlier);
    expect(patch).toEqual({ endTime: '11:30', field: 'health', projectId: 'project:gone', teamId: 'team:1' });
    expect(filled).toEqual(['endTime', 'field', 'projectId', 'teamId']);
  });

  it('leaves out a project or team the station no longer has', () => {
    const { patch } = fillFromEarlier(blankFormValues('2026-11-20'), earlier, (field) => field !== 'projectId');
    expect(patch).not.toHaveProperty('projectId');
    expect(patch).toMatchObject({ startTime: '08:30', endTime: '11:30', place: '村委会大院', field: 'health', teamId: 'team:1' });
  });

  it('fills nothing on a form already complete', () => {
    const full = { ...blankFormValues('2026-11-20'), startTime: '1', endTime: '2', place: 'p', field: 'f', projectId: 'x', teamId: 'y' };
    expect(fillFromEarlier(full, earlier).filled).toEqual([]);
  });
});
