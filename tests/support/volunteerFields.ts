/**
 * A volunteer's stored fields as every app version so far writes them (no `id` or `_id`): the one valid body
 * that sync, merge and migration tests start from, overriding only what each test is about.
 */
export function volunteerFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stationId: 'JN-LX-001',
    createdAt: '2024-03-05T08:00:00.000Z',
    updatedAt: '2024-03-05T08:00:00.000Z',
    updatedBy: 'pc-a',
    name: '张三',
    namePinyin: 'zhangsan',
    nameInitials: 'zs',
    gender: 'male',
    idType: 'resident_id',
    idNumber: '370102198001010015',
    birthDate: '1980-01-01',
    phone: '',
    politicalStatus: 'masses',
    skills: [],
    teamIds: [],
    joinDate: '2023-03-05',
    volunteerNo: '',
    notes: '',
    active: true,
    ...overrides,
  };
}
