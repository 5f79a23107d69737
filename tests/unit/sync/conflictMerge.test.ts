import { describe, expect, it } from 'vitest';
import { differingFields, mergeVersions, validateMerged } from '../../../src-renderer/data/conflicts/merge';
import { withCheckChar } from '../../support/testLedger';
import { volunteerFields } from '../../support/volunteerFields';

const current = {
  id: 'volunteer:1',
  ...volunteerFields({
    updatedAt: '2024-03-06T08:00:00.000Z',
    updatedBy: 'pc-b',
    idNumber: withCheckChar('37010219800101001'),
    phone: '13912345678',
    skills: ['义诊'],
    notes: '二号机',
  }),
};
const other = { ...current, updatedAt: '2024-03-05T09:00:00.000Z', updatedBy: 'pc-a', name: '张叁', namePinyin: 'zhangsan', notes: '一号机', phone: '13812345678' };

describe('merging two versions field by field', () => {
  it('offers only the fields the keeper wrote that differ, never metadata or derived fields', () => {
    expect(differingFields(current, other).sort()).toEqual(['name', 'notes', 'phone']);
  });

  it('takes the other version where the keeper chose it and the current one elsewhere', () => {
    const merged = mergeVersions(current, other, { notes: 'other', phone: 'current' });
    expect(merged).toMatchObject({ notes: '一号机', phone: '13912345678', name: '张三' });
  });

  it('recomputes derived fields from the chosen ones and applies the form rules', () => {
    const merged = mergeVersions(current, { ...other, name: '李四' }, { name: 'other' });
    const checked = validateMerged('volunteers', merged);
    expect(checked.ok && checked.value).toMatchObject({ name: '李四', namePinyin: 'lisi', nameInitials: 'ls' });
  });

  it('refuses a combination that breaks a rule, with the usual field issue', () => {
    const merged = mergeVersions(current, { ...other, gender: 'female' }, { gender: 'other' });
    const checked = validateMerged('volunteers', merged);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.issues.map((i) => i.key)).toContain('validation.idNumber.genderMismatch');
  });

  it('recomputes an activity’s totals when the participants come from the other version', () => {
    const base = {
      title: '义诊',
      date: '2024-03-05',
      startTime: '09:00',
      endTime: '11:00',
      place: '社区',
      field: 'health',
      projectId: '',
      teamId: '',
      theme: '',
      participants: [{ volunteerId: 'volunteer:1', hours: 2 }],
      servedCount: 0,
      servedGroups: [],
      summary: '',
      totalHours: 2,
      participantCount: 1,
    };
    const theirs = { ...base, participants: [...base.participants, { volunteerId: 'volunteer:2', hours: 1.5 }], totalHours: 3.5, participantCount: 2 };
    const checked = validateMerged('activities', mergeVersions(base, theirs, { participants: 'other' }));
    expect(checked.ok && checked.value).toMatchObject({ totalHours: 3.5, participantCount: 2 });
  });
});
