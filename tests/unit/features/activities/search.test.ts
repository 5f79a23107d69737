import { describe, expect, it } from 'vitest';
import { findCandidates, firstIsClear, type PickableVolunteer } from '../../../../src-renderer/features/activities/participantSearch';
import { optionMatches, searchableOption } from '../../../../src-renderer/features/activities/selectSearch';
import { pinyinKeys } from '../../../../src-renderer/domain/pinyin';

function person(id: string, name: string, active = true, phone = ''): PickableVolunteer {
  const keys = pinyinKeys(name);
  return { id, name, namePinyin: keys.full, nameInitials: keys.initials, phone, idNumber: '', active };
}

const PEOPLE = [person('v:1', '张三丰'), person('v:2', '张三'), person('v:3', '李四'), person('v:4', '赵晟', false), person('v:5', '周爽', true, '13912345678')];

describe('participant search', () => {
  it('finds people by pinyin initials, the exact hit first', () => {
    const found = findCandidates(PEOPLE, 'zs', new Set());
    expect(found.map((c) => c.volunteer.name)).toEqual(['张三', '周爽', '张三丰']);
  });

  it('leaves out volunteers who are no longer active', () => {
    expect(findCandidates(PEOPLE, 'zhaosheng', new Set())).toEqual([]);
  });

  it('marks people already on the activity instead of hiding them', () => {
    const found = findCandidates(PEOPLE, '张三', new Set(['v:2']));
    expect(found.map((c) => [c.volunteer.id, c.added])).toEqual([
      ['v:2', true],
      ['v:1', false],
    ]);
  });

  it('finds by phone digits and by full-width letters from a Chinese input method', () => {
    expect(findCandidates(PEOPLE, '5678', new Set()).map((c) => c.volunteer.id)).toEqual(['v:5']);
    expect(findCandidates(PEOPLE, 'ｌｓ', new Set()).map((c) => c.volunteer.id)).toEqual(['v:3']);
  });

  it('offers every active volunteer before anything is typed', () => {
    expect(findCandidates(PEOPLE, '', new Set())).toHaveLength(4);
  });

  it('lets Enter take the first only when it is clearly the one meant', () => {
    const clear = (query: string, added: string[] = []) => firstIsClear(findCandidates(PEOPLE, query, new Set(added)), query);
    // zs is 张三 and 周爽 alike: the keeper chooses, Enter does not.
    expect(clear('zs')).toBe(false);
    // 张三 is an exact hit, 张三丰 only starts with it; and with 周爽 already added, 张三 is the one zs can still mean.
    expect(clear('张三')).toBe(true);
    expect(clear('zs', ['v:5'])).toBe(true);
    // One person has these phone digits, one these initials.
    expect(clear('5678')).toBe(true);
    expect(clear('ls')).toBe(true);
    // Nothing typed, or a start several names share: nothing is taken for the keeper.
    expect(clear('')).toBe(false);
    expect(clear('zha')).toBe(false);
  });
});

describe('team, project and field selects', () => {
  it('match the name, its pinyin or its initials', () => {
    const option = searchableOption('health', '卫生健康');
    expect(optionMatches('健康', option)).toBe(true);
    expect(optionMatches('jiankang', option)).toBe(true);
    expect(optionMatches('wsjk', option)).toBe(true);
    expect(optionMatches('fl', option)).toBe(false);
    expect(optionMatches('  ', option)).toBe(true);
  });
});
