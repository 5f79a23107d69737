import { describe, expect, it } from 'vitest';
import { parseVolunteerInput, type VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import { EMPTY_SNAPSHOT, genderOf, idNumber, previewFile, workbookBytes } from './support';

const META = { stationId: 'S1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'pc' };
const ID = idNumber('37010219800101001');
const parsed = parseVolunteerInput({ name: '张三', gender: genderOf(ID), idNumber: ID, politicalStatus: 'masses', joinDate: '2023-01-01' });
if (!parsed.ok) throw new Error('expected a volunteer');
const ZHANG: VolunteerDoc = { ...parsed.value, id: 'volunteer:zhang', ...META };

const HEADER = ['活动名称', '活动日期', '开始时间', '结束时间', '活动地点', '服务领域', '参与志愿者及服务时长'];

describe('importing activities beside duty shifts', () => {
  it('counts the credited shift hours of the day toward the 24-hour limit, and only that day’s', async () => {
    const rows = [HEADER, ['夜间巡逻', '2024-03-05', '12:00', '23:30', '社区', '平安建设', '张三(5)'], ['夜间巡逻', '2024-03-06', '12:00', '23:30', '社区', '平安建设', '张三(5)']];
    const snapshot = { ...EMPTY_SNAPSHOT, volunteers: [ZHANG], shifts: [{ date: '2024-03-05', credits: [{ volunteerId: ZHANG.id, hours: 20 }] }] };
    const p = await previewFile('activities', await workbookBytes([{ name: 'S', rows }]), snapshot);
    expect(p.issues).toMatchObject([{ row: 2, key: 'validation.hours.dailyOverflow', params: { name: '张三', total: 25 } }]);
    expect(p.plan.writes.map((w) => w.row)).toEqual([3]);
  });
});
