import { describe, expect, it } from 'vitest';
import type { ActivityDoc } from '../../../src-renderer/domain/entities/activity';
import { parseVolunteerInput, type VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import type { TeamDoc } from '../../../src-renderer/domain/entities/team';
import type { ProjectDoc } from '../../../src-renderer/domain/entities/project';
import { checkImport, previewHeadline } from '../../../src-renderer/domain/records/dryRun';
import type { SheetCell, SheetGrid } from '../../../src-renderer/domain/records/sheet';
import type { LedgerSnapshot } from '../../../src-renderer/domain/records/snapshot';
import { EMPTY_SNAPSHOT, genderOf, idNumber, noPause, previewFile, workbookBytes } from './support';

const META = { stationId: 'S1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'pc' };

function volunteer(id: string, name: string, idNo: string, extra: Record<string, unknown> = {}): VolunteerDoc {
  const parsed = parseVolunteerInput({ name, gender: genderOf(idNo), idNumber: idNo, politicalStatus: 'masses', joinDate: '2023-01-01', ...extra });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { ...parsed.value, id, ...META };
}

const ZHANG = volunteer('volunteer:zhang', '张三', idNumber('37010219800101001'), { phone: '13912345678', notes: '老队员' });
const LI_A = volunteer('volunteer:li-a', '李四', idNumber('37010219900202002'));
const LI_B = volunteer('volunteer:li-b', '李四', idNumber('37010219950505005'));
const TEAM: TeamDoc = { id: 'team:red', name: '红马甲志愿服务队', namePinyin: '', field: 'aid', leaderId: '', foundedDate: '', description: '', ...META };
const PROJECT: ProjectDoc = {
  id: 'project:care', name: '银龄关爱行动', namePinyin: '', field: 'aid', ownerTeamId: '', startDate: '2023-01-01', endDate: '', status: 'running',
  brand: '', awards: '', description: '', ...META,
};
const LONG_DAY: ActivityDoc = {
  id: 'activity:duty', title: '值守', date: '2024-03-05', startTime: '00:00', endTime: '23:00', place: '路口', field: 'safety', projectId: '', teamId: '',
  theme: '', participants: [{ volunteerId: ZHANG.id, hours: 20 }], servedCount: 0, servedGroups: [], summary: '', totalHours: 20, participantCount: 1, ...META,
};
const SNAPSHOT: LedgerSnapshot = { station: null, volunteers: [ZHANG, LI_A, LI_B], teams: [TEAM], projects: [PROJECT], activities: [LONG_DAY] };

const V_HEADER = ['姓名', '性别', '身份证号', '手机', '政治面貌', '所属队伍', '注册时间', '备注'];
const A_HEADER = ['活动名称', '活动日期', '开始时间', '结束时间', '活动地点', '服务领域', '所属项目', '志愿服务队', '参与志愿者及服务时长'];

describe('volunteer dry run', () => {
  it('offers to skip or update records whose ID number is registered; an update keeps what blank cells leave out', async () => {
    const rows = [V_HEADER, ['张三', '男', ZHANG.idNumber, '', '中共党员', '红马甲志愿服务队', '2023-01-01', '']];
    const bytes = await workbookBytes([{ name: 'S', rows }]);
    const skipped = await previewFile('volunteers', bytes, SNAPSHOT, 'skip');
    expect(skipped).toMatchObject({ skippedDuplicates: 1, inserts: 0, updates: 0 });
    expect(previewHeadline(skipped)).toBe('nothingToWrite');
    const updated = await previewFile('volunteers', bytes, SNAPSHOT, 'update');
    expect(updated.plan.writes).toMatchObject([
      { op: 'update', id: ZHANG.id, fields: { politicalStatus: 'cpc_member', teamIds: [TEAM.id], phone: '13912345678', notes: '老队员' } },
    ]);
  });

  it('refuses the second of two rows with the same ID number and names the first', async () => {
    const id = idNumber('37010219700707007');
    const rows = [V_HEADER, ['王五', '男', id, '', '群众', '', '2023-01-01', ''], ['王伍', '男', ` ${id} `, '', '群众', '', '2023-01-01', '']];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT);
    expect(p.plan.writes.map((w) => w.row)).toEqual([2]);
    expect(p.issues).toMatchObject([{ row: 3, column: '身份证号', key: 'importExport.issue.duplicateInFile', params: { row: 2 } }]);
    expect(p).toMatchObject({ duplicatesInFile: 1, errorRows: 1 });
  });

  it('applies the form rules: checksum, gender against the ID, unknown team — each by row and column; a bad phone is only left out', async () => {
    const good = idNumber('37010219700707007');
    const badChecksum = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
    const rows = [
      V_HEADER,
      ['甲', '男', badChecksum, '', '群众', '', '2023-01-01', ''],
      ['乙', '女', good, '12345', '群众', '不存在的队', '2023-01-01', ''],
    ];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT);
    expect(p.issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [2, '身份证号', 'validation.idNumber.checksum'],
      [3, '手机', 'importExport.warn.phoneDropped'],
      [3, '所属队伍', 'importExport.issue.unknownTeam'],
      [3, '性别', 'validation.idNumber.genderMismatch'],
    ]);
    expect(p.plan.writes).toHaveLength(0);
  });

  it('lists every problem of a row at once, not only the first layer', async () => {
    const rows = [V_HEADER, ['王五', '', 370102197007070000, '123', '外星人', '', '明天', '']];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT);
    // No "gender required": it follows from the ID number once that is typed again.
    expect(p.issues.map((i) => [i.column, i.key])).toEqual([
      ['身份证号', 'importExport.issue.idNumberAsNumber'],
      ['手机', 'importExport.warn.phoneDropped'],
      ['政治面貌', 'importExport.issue.unknownOption'],
      ['注册时间', 'importExport.issue.notADate'],
    ]);
  });

  it('reports a missing required column by its field and leaves the column blank', async () => {
    const rows = [['姓名', '身份证号', '注册时间'], ['王五', idNumber('37010219700707007'), '2023-01-01']];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT);
    expect(p.missingRequired).toEqual(['politicalStatus']);
    expect(p.issues).toMatchObject([{ row: 2, field: 'politicalStatus', column: '', key: 'validation.required' }]);
  });

  it('skips a 合计 row and headers repeated on every printed page', async () => {
    const rows = [V_HEADER, ['王五', '男', idNumber('37010219700707007'), '', '群众', '', '2023-01-01', ''], V_HEADER, ['合计', '', '', '', '', '', '', '1人']];
    const p = await previewFile('volunteers', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT);
    expect(p.totalRows).toBe(1);
    expect(p.issues).toMatchObject([{ row: 4, key: 'importExport.issue.totalRowSkipped', severity: 'note' }]);
    expect(p.plan.writes).toHaveLength(1);
  });
});

describe('activity dry run', () => {
  const row = (participants: string, extra: Partial<Record<number, string>> = {}) => {
    const base = ['义诊', '2024-03-06', '09:00', '11:30', '社区', '卫生健康', '银龄关爱行动', '红马甲志愿服务队', participants];
    for (const [i, v] of Object.entries(extra)) base[Number(i)] = v ?? '';
    return base;
  };

  it('matches participants by name, by name and ID digits, and by ID number; a bare name gets the span', async () => {
    const cell = `张三(2);李四[${LI_B.idNumber.slice(-4)}]（1.5小时）、${LI_A.idNumber}`;
    const p = await previewFile('activities', await workbookBytes([{ name: 'S', rows: [A_HEADER, row(cell)] }]), SNAPSHOT);
    expect(p.issues).toEqual([]);
    expect(p.plan.writes[0]?.fields).toMatchObject({
      projectId: PROJECT.id,
      teamId: TEAM.id,
      field: 'health',
      participants: [
        { volunteerId: ZHANG.id, hours: 2 },
        { volunteerId: LI_B.id, hours: 1.5 },
        { volunteerId: LI_A.id, hours: 2.5 },
      ],
      totalHours: 6,
      participantCount: 3,
    });
  });

  it('makes unknown and ambiguous people, bad hours and unknown projects errors for that row only', async () => {
    const rows = [A_HEADER, row('王麻子(2)'), row('李四(2)', { 1: '2024-03-07' }), row('张三(0.3)', { 1: '2024-03-08' }), row('张三(2)', { 6: '没有的项目', 1: '2024-03-09' }), row('张三(2)', { 1: '2024-03-10' })];
    const p = await previewFile('activities', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT);
    expect(p.issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [2, '参与志愿者及服务时长', 'importExport.issue.participantUnknown'],
      [3, '参与志愿者及服务时长', 'importExport.issue.participantAmbiguous'],
      [4, '参与志愿者及服务时长', 'importExport.issue.participantHours'],
      [5, '所属项目', 'importExport.issue.unknownProject'],
    ]);
    expect(p.plan.writes.map((w) => w.row)).toEqual([6]);
  });

  it('keeps anyone under 24 hours a day, counting the ledger and earlier rows of the file', async () => {
    const rows = [
      A_HEADER,
      row('张三(3)', { 1: '2024-03-05', 0: '上午场' }),
      row('张三(2)', { 1: '2024-03-05', 0: '下午场', 2: '14:00', 3: '16:00' }),
    ];
    const p = await previewFile('activities', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT);
    expect(p.plan.writes.map((w) => w.row)).toEqual([2]);
    expect(p.issues).toMatchObject([{ row: 3, key: 'validation.hours.dailyOverflow', params: { name: '张三', total: 25 } }]);
  });

  it('recognises an activity already in the ledger by date, start time and title', async () => {
    const rows = [A_HEADER, ['值守', '2024-03-05', '00:00', '23:00', '路口', '平安建设', '', '', '张三(21)']];
    const p = await previewFile('activities', await workbookBytes([{ name: 'S', rows }]), SNAPSHOT, 'update');
    // Updating replaces the activity's own 20 hours, so 21 fits in the day.
    expect(p.plan.writes).toMatchObject([{ op: 'update', id: LONG_DAY.id, fields: { totalHours: 21 } }]);
  });
});

describe('checking a long sheet', () => {
  const grid = (rows: number): SheetGrid => ({
    name: 'S',
    hidden: false,
    date1904: false,
    rows: [
      { number: 1, cells: V_HEADER.map((text): SheetCell => ({ kind: 'text', text })) },
      ...Array.from({ length: rows }, (_, i) => ({ number: i + 2, cells: [{ kind: 'text' as const, text: `人${i}` }] })),
    ],
  });
  const mapping = Object.fromEntries(['name', 'gender', 'idNumber', 'phone', 'politicalStatus', 'teamIds', 'joinDate', 'notes'].map((f, i) => [String(i), f]));

  it('reports progress and gives the event loop a turn between batches', async () => {
    const progress: number[] = [];
    let pauses = 0;
    await checkImport('volunteers', { sheet: grid(1000), headerRowIndex: 0, mapping }, EMPTY_SNAPSHOT, {
      duplicatePolicy: 'skip',
      batchSize: 250,
      onProgress: (done) => progress.push(done),
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    expect(progress).toEqual([250, 500, 750, 1000]);
    expect(pauses).toBe(3);
  });

  it('can be cancelled, writing nothing', async () => {
    const controller = new AbortController();
    const run = checkImport('volunteers', { sheet: grid(1000), headerRowIndex: 0, mapping }, EMPTY_SNAPSHOT, {
      duplicatePolicy: 'skip',
      signal: controller.signal,
      pause: noPause,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow();
  });

  it('says when nothing is mapped', async () => {
    const p = await checkImport('volunteers', { sheet: grid(3), headerRowIndex: 0, mapping: {} }, EMPTY_SNAPSHOT, { duplicatePolicy: 'skip', pause: noPause });
    expect(previewHeadline(p)).toBe('nothingMapped');
  });
});
