import { describe, expect, it } from 'vitest';
import type { ShiftDoc } from '../../../../src-renderer/records/shift/shape';
import { messageExists } from '../support';
import { checkRows, writesOf, LI_A, LI_B, META, POST, problemsOf, snapshotWith, ZHANG } from './fixtures';

const SHIFT_HEADER = ['值守岗位', '值守日期', '时段', '需要人数', '报名志愿者'];

describe('importing a duty schedule', () => {
  it('reads one shift per row: post, date, 时段, needed and who signed up (names, ID digits, phones)', async () => {
    const p = await checkRows('shifts', [
      SHIFT_HEADER,
      ['人民路口文明交通岗', '2024-03-05', '7:00-9:00', 4, `张三、李四[${LI_B.idNumber.slice(-4)}] 13800000002`],
      ['人民路口文明交通岗', '2024/3/5', '下午4点至6点半', '', '张三'],
      ['人民路口文明交通岗', '2024年3月6日', '07:00～09:00', '3人', ''],
    ]);
    expect(p.errorRows).toBe(0);
    expect(writesOf(p, 'shifts').map((w) => [w.fields.postId, w.fields.date, w.fields.startTime, w.fields.endTime, w.fields.needed, w.fields.signUps, w.fields.credits])).toEqual([
      [POST.id, '2024-03-05', '07:00', '09:00', 4, [ZHANG.id, LI_B.id, LI_A.id], []],
      [POST.id, '2024-03-05', '16:00', '18:30', 1, [ZHANG.id], []],
      [POST.id, '2024-03-06', '07:00', '09:00', 3, [], []],
    ]);
    expect(problemsOf(p)).toEqual([[3, '需要人数', 'importExport.note.neededFromSignUps', 'note']]);
  });

  it('takes separate start and end columns, and names every bad cell', async () => {
    const p = await checkRows('shifts', [
      ['岗位', '日期', '开始时间', '结束时间', '时段', '人数', '值班人员'],
      ['人民路口文明交通岗', '2024-03-05', '08:00', '10:00', '', 2, '张三'],
      ['解放路口', '2024-03-05', '10:00', '08:00', '', 0, '李四、王五'],
      ['人民路口文明交通岗', '2024-03-07', '08:00', '', '08:00-09:00', 2, ''],
      ['人民路口文明交通岗', '2024-03-08', '', '', '八点到十点', 2, ''],
    ]);
    expect(p.plan.writes.map((w) => w.row)).toEqual([2, 4]);
    expect(problemsOf(p)).toEqual([
      [3, '岗位', 'importExport.issue.unknownPost', 'error'],
      [3, '值班人员', 'importExport.issue.personAmbiguous', 'error'],
      [3, '值班人员', 'importExport.issue.personUnknown', 'error'],
      [3, '结束时间', 'validation.time.endBeforeStart', 'error'],
      [3, '人数', 'serviceRules.duty.problem.needed', 'error'],
      [5, '时段', 'importExport.issue.notAPeriod', 'error'],
    ]);
    for (const issue of p.issues) expect(messageExists(issue.key), issue.key).toBe(true);
  });

  it('keeps the times and credits of a shift someone has signed in on', async () => {
    const signed: ShiftDoc = {
      id: 'shift:1', postId: POST.id, date: '2024-03-05', startTime: '07:00', endTime: '09:00', needed: 2, signUps: [ZHANG.id],
      attendance: [{ volunteerId: ZHANG.id, signIn: '07:00', signOut: '09:00' }],
      credits: [{ volunteerId: ZHANG.id, shiftHours: 2, hours: 1.5, from: '07:00', to: '09:00', review: ['cutByDailyLimit'] }],
      totalHours: 1.5, needsReview: true, reviewConfirmed: false, ...META,
    };
    const snapshot = snapshotWith({ shifts: [signed] });
    const later = await checkRows('shifts', [SHIFT_HEADER, ['人民路口文明交通岗', '2024-03-05', '07:00-10:00', 2, '张三']], snapshot, 'update');
    expect(problemsOf(later)).toEqual([[2, '时段', 'importExport.issue.shiftSignedIn', 'error']]);
    const more = await checkRows('shifts', [SHIFT_HEADER, ['人民路口文明交通岗', '2024-03-05', '07:00-09:00', 3, '张三、13800000002']], snapshot, 'update');
    expect(more.plan.writes).toMatchObject([
      { row: 2, op: 'update', id: signed.id, fields: { needed: 3, signUps: [ZHANG.id, LI_A.id], credits: signed.credits, totalHours: 1.5, attendance: signed.attendance } },
    ]);
  });
});

describe('importing duty posts', () => {
  it('reads posts by name with their state in the words a roster uses', async () => {
    const p = await checkRows('dutyPosts', [
      ['岗位名称', '地点', '服务领域', '状态'],
      ['人民路口文明交通岗', '人民路口', '平安', '撤岗'],
      ['景区游客服务岗', '景区东门', '', ''],
      ['疫情卡口', '', '卫生', '暂停'],
    ]);
    expect(p).toMatchObject({ skippedDuplicates: 1, inserts: 1, errorRows: 1 });
    expect(writesOf(p, 'dutyPosts').map((w) => w.fields)).toEqual([{ name: '景区游客服务岗', place: '景区东门', field: '', notes: '', active: true }]);
    expect(problemsOf(p)).toEqual([
      [4, '服务领域', 'importExport.issue.unknownOption', 'error'],
      [4, '状态', 'importExport.issue.unknownOption', 'error'],
    ]);
  });
});
