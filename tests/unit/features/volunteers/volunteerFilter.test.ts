import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../../../src-renderer/domain/pinyin';
import {
  DEFAULT_VOLUNTEER_FILTER,
  filterFromSearchParams,
  filterVolunteers,
  NO_TEAM,
  searchParamsFromFilter,
  type FilterableVolunteer,
  type VolunteerFilter,
} from '../../../../src-renderer/features/volunteers/volunteerFilter';

function person(name: string, overrides: Partial<FilterableVolunteer> = {}): FilterableVolunteer {
  const keys = pinyinKeys(name);
  return {
    name,
    namePinyin: keys.full,
    nameInitials: keys.initials,
    phone: '13912345678',
    idNumber: '370102198001010017',
    teamIds: [],
    active: true,
    politicalStatus: 'masses',
    ...overrides,
  };
}

const people = [
  person('张三', { teamIds: ['team:a'], politicalStatus: 'cpc_member', phone: '13800001111', idNumber: '37010219800101001X' }),
  person('李四', { teamIds: ['team:a', 'team:b'], active: false }),
  person('王五', { phone: '0531-88886666', idNumber: '370102199002020021' }),
  person('赵六', { teamIds: ['team:b'], politicalStatus: 'cyl_member' }),
];

const names = (filter: Partial<VolunteerFilter>) =>
  filterVolunteers(people, { ...DEFAULT_VOLUNTEER_FILTER, ...filter }).map((v) => v.name);

describe('filterVolunteers', () => {
  it('shows active volunteers by default, in the order given', () => {
    expect(names({})).toEqual(['张三', '王五', '赵六']);
  });

  it('shows only inactive ones, or everyone', () => {
    expect(names({ status: 'inactive' })).toEqual(['李四']);
    expect(names({ status: 'all' })).toEqual(['张三', '李四', '王五', '赵六']);
  });

  it('finds 张三 by pinyin initials, full pinyin and Chinese', () => {
    expect(names({ query: 'zs' })).toEqual(['张三']);
    expect(names({ query: 'zhangsan' })).toEqual(['张三']);
    expect(names({ query: '张' })).toEqual(['张三']);
  });

  it('finds by part of the phone number and by the last characters of the ID number', () => {
    expect(names({ query: '0001111' })).toEqual(['张三']);
    expect(names({ query: '8888' })).toEqual(['王五']);
    expect(names({ query: '001x' })).toEqual(['张三']);
    expect(names({ query: '0021' })).toEqual(['王五']);
  });

  it('searches inactive volunteers only when the status filter lets them in', () => {
    expect(names({ query: 'ls' })).toEqual([]);
    expect(names({ query: 'ls', status: 'all' })).toEqual(['李四']);
  });

  it('filters by team, including volunteers in no team', () => {
    expect(names({ teamId: 'team:b', status: 'all' })).toEqual(['李四', '赵六']);
    expect(names({ teamId: NO_TEAM })).toEqual(['王五']);
  });

  it('filters by political status and combines every filter', () => {
    expect(names({ politicalStatus: 'cyl_member' })).toEqual(['赵六']);
    expect(names({ politicalStatus: 'cpc_member', teamId: 'team:a', query: 'zs' })).toEqual(['张三']);
    expect(names({ politicalStatus: 'cpc_member', teamId: 'team:b' })).toEqual([]);
  });
});

describe('filter in the address', () => {
  it('round-trips every filter and leaves defaults out of the address', () => {
    const filter: VolunteerFilter = { query: '张', teamId: 'team:a', status: 'all', politicalStatus: 'cpc_member' };
    expect(filterFromSearchParams(searchParamsFromFilter(filter))).toEqual(filter);
    expect(searchParamsFromFilter(DEFAULT_VOLUNTEER_FILTER).toString()).toBe('');
  });

  it('falls back to the default for values it does not know', () => {
    const filter = filterFromSearchParams(new URLSearchParams('status=gone&political=royalty'));
    expect(filter).toEqual(DEFAULT_VOLUNTEER_FILTER);
  });
});
