import type { ActivityDocV0 } from '../../src-renderer/data/activities/schema.v0';

/**
 * An activity as the app wrote it at schema version 0 (participants, no stored totals, no version stamp),
 * without its id: what migration and mixed-version sync tests start from. 2 h + 1.5 h: totals 3.5 h, 2 people.
 */
export function activityV0Fields(overrides: Partial<ActivityDocV0> = {}): Omit<ActivityDocV0, 'id'> {
  return {
    stationId: 'JN-LX-001',
    createdAt: '2023-03-05T01:00:00.000Z',
    updatedAt: '2023-03-05T01:00:00.000Z',
    updatedBy: 'pc-old',
    title: '学雷锋志愿服务',
    date: '2023-03-05',
    startTime: '09:00',
    endTime: '11:00',
    place: '广场',
    field: 'customs',
    projectId: '',
    teamId: '',
    theme: '',
    participants: [
      { volunteerId: 'volunteer:a', hours: 2 },
      { volunteerId: 'volunteer:b', hours: 1.5 },
    ],
    servedCount: 30,
    servedGroups: [],
    summary: '',
    ...overrides,
  };
}
