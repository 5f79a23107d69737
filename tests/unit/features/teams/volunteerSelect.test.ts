import { describe, expect, it } from 'vitest';
import { matchesVolunteerQuery } from '../../../../src-renderer/domain/pinyin';
import { volunteerHint, volunteerOptions } from '../../../../src-renderer/ui/VolunteerSelect';

const people = [
  { id: 'v1', name: '张三', namePinyin: 'zhangsan', nameInitials: 'zs', phone: '13912345678', idNumber: '37010219800101001X', active: true },
  { id: 'v2', name: '张三', namePinyin: 'zhangsan', nameInitials: 'zs', phone: '', idNumber: '370102199002020027', active: true },
  { id: 'v3', name: '李四', namePinyin: 'lisi', nameInitials: 'ls', phone: '13800001111', idNumber: '370102198501010011', active: false },
];

describe('volunteer picker options', () => {
  it('tells namesakes apart by the masked phone, or the ID number’s tail without a phone', () => {
    const labels = volunteerOptions(people, []).map((o) => o.label);
    expect(labels).toEqual(['张三 139****5678', '张三 ****0027']);
    expect(labels.join(' ')).not.toContain('13912345678');
  });

  it('offers only active volunteers, but keeps an inactive one already chosen', () => {
    expect(volunteerOptions(people, []).map((o) => o.value)).toEqual(['v1', 'v2']);
    const withOld = volunteerOptions(people, ['v3']);
    expect(withOld.map((o) => o.value)).toEqual(['v1', 'v2', 'v3']);
    expect(withOld.find((o) => o.value === 'v3')?.inactive).toBe(true);
  });

  it('finds 张三 by typing zs, and one 张三 by the phone digits', () => {
    const options = volunteerOptions(people, []);
    expect(options.filter((o) => matchesVolunteerQuery(o.volunteer, 'zs')).map((o) => o.value)).toEqual(['v1', 'v2']);
    expect(options.filter((o) => matchesVolunteerQuery(o.volunteer, '5678')).map((o) => o.value)).toEqual(['v1']);
  });

  it('shows no hint when there is nothing to show', () => {
    expect(volunteerHint({ phone: ' ', idNumber: '' })).toBe('');
  });
});
