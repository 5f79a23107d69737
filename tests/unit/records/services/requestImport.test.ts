import { describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../../../src-renderer/records/request/shape';
import { messageExists } from '../support';
import { ACTIVITY, checkRows, LI_A, META, problemsOf, snapshotWith, TEAM, writesOf, ZHANG } from './fixtures';

const HEADER = ['点单日期', '点单群众', '村组', '联系电话', '需求内容', '服务领域', '紧急程度', '期望完成日期', '办理状态', '承接队伍', '承接志愿者', '关联活动', '群众评价', '评价意见', '拒绝或取消原因'];
type Cells = Partial<Record<(typeof HEADER)[number], string>>;
const row = (cells: Cells) => HEADER.map((h) => cells[h] ?? '');
const BASE: Cells = { 点单日期: '2024-03-01', 点单群众: '王大爷', 需求内容: '电灯坏了', 服务领域: '爱心帮扶' };

describe('importing residents’ requests', () => {
  it('logs a request 待派单 when the row says nothing of its progress', async () => {
    const p = await checkRows('requests', [HEADER, row({ ...BASE, 联系电话: '139 1234 5678', 紧急程度: '急', 期望完成日期: '2024年3月' })]);
    expect(writesOf(p, 'requests').map((w) => w.fields)).toEqual([
      {
        residentName: '王大爷', villageGroup: '', phone: '13912345678', need: '电灯坏了', field: 'aid', urgency: 'urgent', receivedDate: '2024-03-01',
        wantedDate: '2024-03-31', state: 'pending', teamId: '', volunteerIds: [], activityId: '', doneDate: '', rating: 0, ratingRemark: '', endReason: '',
      },
    ]);
    expect(problemsOf(p)).toEqual([
      [2, '紧急程度', 'importExport.note.readAs', 'note'],
      [2, '期望完成日期', 'importExport.note.monthEnd', 'note'],
    ]);
  });

  it('takes a request to its state by the request machine: dispatched, accepted, done with its activity, rated', async () => {
    const p = await checkRows('requests', [
      HEADER,
      row({ ...BASE, 办理状态: '已评价', 承接队伍: '红马甲志愿服务队', 承接志愿者: `张三、李四(${LI_A.phone})`, 关联活动: '2024-03-05 上门维修电器', 群众评价: '满意', 评价意见: '很及时' }),
      row({ ...BASE, 需求内容: '代买药品', 办理状态: '办理中', 承接志愿者: '13912345678' }),
      row({ ...BASE, 需求内容: '打扫卫生', 关联活动: '上门维修电器', 承接队伍: '红马甲志愿服务队' }),
      row({ ...BASE, 需求内容: '修水管', 办理状态: '已取消', 承接队伍: '红马甲志愿服务队', 拒绝或取消原因: '已自行修好' }),
    ]);
    expect(p.errorRows).toBe(0);
    expect(writesOf(p, 'requests').map((w) => [w.fields.state, w.fields.teamId, w.fields.volunteerIds, w.fields.activityId, w.fields.doneDate, w.fields.rating, w.fields.endReason])).toEqual([
      ['rated', TEAM.id, [ZHANG.id, LI_A.id], ACTIVITY.id, '2024-03-05', 4, ''],
      ['accepted', '', [ZHANG.id], '', '', 0, ''],
      ['done', TEAM.id, [], ACTIVITY.id, '2024-03-05', 0, ''],
      ['cancelled', TEAM.id, [], '', '', 0, '已自行修好'],
    ]);
    expect(problemsOf(p)).toEqual([
      [2, '群众评价', 'importExport.note.ratingAs', 'note'],
      [3, '办理状态', 'importExport.note.readAs', 'note'],
      [4, '办理状态', 'importExport.note.stateInferred', 'note'],
    ]);
  });

  it('refuses a state the row cannot reach, on the column it concerns, and names every bad cell', async () => {
    const p = await checkRows('requests', [
      HEADER,
      row({ ...BASE, 办理状态: '已办结' }),
      row({ ...BASE, 需求内容: 'b', 办理状态: '已拒绝' }),
      row({ ...BASE, 需求内容: 'c', 办理状态: '已评价', 承接队伍: '红马甲志愿服务队', 关联活动: '上门维修电器', 群众评价: '六星' }),
      row({ ...BASE, 需求内容: 'd', 点单日期: '2024-03-09', 办理状态: '已办结', 承接队伍: '红马甲志愿服务队', 关联活动: '上门维修电器' }),
      row({ ...BASE, 需求内容: 'e', 拒绝或取消原因: '不在服务范围' }),
      row({ 点单日期: '3月1日', 点单群众: '', 需求内容: 'f', 服务领域: '修电器', 承接志愿者: '李四、赵六' }),
    ]);
    expect(p.plan.writes).toEqual([]);
    expect(problemsOf(p)).toEqual([
      [2, '承接队伍', 'serviceRules.requests.refusal.noAssignee', 'error'],
      [3, '拒绝或取消原因', 'serviceRules.requests.refusal.reasonRequired', 'error'],
      [4, '群众评价', 'importExport.issue.notARating', 'error'],
      [5, '关联活动', 'serviceRules.requests.refusal.doneBeforeReceived', 'error'],
      [6, '办理状态', 'importExport.issue.requestStateNeeded', 'error'],
      [7, '点单日期', 'importExport.issue.notADate', 'error'],
      [7, '服务领域', 'importExport.issue.unknownOption', 'error'],
      [7, '办理状态', 'importExport.note.stateInferred', 'note'],
      [7, '承接志愿者', 'importExport.issue.personAmbiguous', 'error'],
      [7, '承接志愿者', 'importExport.issue.personUnknown', 'error'],
      [7, '点单群众', 'validation.required', 'error'],
    ]);
    for (const issue of p.issues) expect(messageExists(issue.key), issue.key).toBe(true);
  });

  it('leaves out a masked phone and what the state does not use, saying so', async () => {
    const p = await checkRows('requests', [HEADER, row({ ...BASE, 联系电话: '139****5678', 办理状态: '待派单', 承接队伍: '红马甲志愿服务队', 群众评价: '5' })]);
    expect(problemsOf(p)).toEqual([
      [2, '联系电话', 'importExport.warn.maskedPhoneDropped', 'warning'],
      [2, '承接队伍', 'importExport.warn.notForState', 'warning'],
      [2, '群众评价', 'importExport.warn.notForState', 'warning'],
    ]);
    expect(p.plan.writes[0]?.fields).toMatchObject({ phone: '', state: 'pending', teamId: '', rating: 0 });
  });

  it('updates a request on record in its details only, keeping where it stands', async () => {
    const existing: RequestDoc = {
      residentName: '王大爷', villageGroup: '', phone: '', need: '电灯坏了', field: 'aid', urgency: 'normal', receivedDate: '2024-03-01', wantedDate: '',
      state: 'dispatched', teamId: TEAM.id, volunteerIds: [], activityId: '', doneDate: '', rating: 0, ratingRemark: '', endReason: '', history: [], id: 'request:1', ...META,
    };
    const p = await checkRows('requests', [HEADER, row({ ...BASE, 村组: '三组', 办理状态: '待派单' })], snapshotWith({ requests: [existing] }), 'update');
    expect(p.plan.writes).toMatchObject([{ op: 'update', id: existing.id, fields: { villageGroup: '三组', state: 'dispatched', teamId: TEAM.id } }]);
    expect(problemsOf(p)).toEqual([[2, '办理状态', 'importExport.warn.requestStateKept', 'warning']]);
  });
});
