import { describe, expect, it } from 'vitest';
import type { VolunteerDoc } from '../../../../src-renderer/domain/entities/volunteer';
import { toVolunteerRows } from '../../../../src-renderer/features/volunteers/volunteerRows';

const base: VolunteerDoc = {
  id: 'volunteer:1',
  stationId: 'JN-LX-001',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  updatedBy: 'pc',
  name: '张三',
  namePinyin: 'zhangsan',
  nameInitials: 'zs',
  gender: 'male',
  idType: 'resident_id',
  idNumber: '37010219800101001X',
  birthDate: '1980-01-01',
  phone: '13912345678',
  politicalStatus: 'masses',
  skills: [],
  teamIds: ['team:a', 'team:gone'],
  joinDate: '2023-03-05',
  volunteerNo: '',
  notes: '',
  active: true,
};

describe('toVolunteerRows', () => {
  it('masks the ID number and phone, and works out age and team names', () => {
    const [row] = toVolunteerRows([base], new Map([['team:a', '红马甲服务队']]), '2024-03-05');
    expect(row?.maskedIdNumber).toBe('370***********001X');
    expect(row?.maskedPhone).toBe('139****5678');
    expect(row?.maskedIdNumber).not.toContain('19800101');
    expect(row?.age).toBe(44);
    expect(row?.teamNames).toEqual(['红马甲服务队']);
  });

  it('leaves an unknown phone and birth date blank', () => {
    const [row] = toVolunteerRows([{ ...base, phone: '', birthDate: '' }], new Map(), '2024-03-05');
    expect(row?.maskedPhone).toBe('');
    expect(row?.age).toBeNull();
    expect(row?.teamNames).toEqual([]);
  });
});
