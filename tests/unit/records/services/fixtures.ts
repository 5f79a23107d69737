import type { ActivityDoc } from '../../../../src-renderer/domain/entities/activity';
import type { ProjectDoc } from '../../../../src-renderer/domain/entities/project';
import type { TeamDoc } from '../../../../src-renderer/domain/entities/team';
import { parseVolunteerInput, type VolunteerDoc } from '../../../../src-renderer/domain/entities/volunteer';
import type { RecordKind } from '../../../../src-renderer/domain/records/columns';
import { checkImport } from '../../../../src-renderer/domain/records/dryRun';
import { findHeaderRow } from '../../../../src-renderer/domain/records/headerRecognition';
import type { DuplicatePolicy, FieldsByKind, ImportPreview, PlannedWrite } from '../../../../src-renderer/domain/records/importTypes';
import type { SheetCell, SheetGrid } from '../../../../src-renderer/domain/records/sheet';
import type { LedgerSnapshot, ServiceRecords } from '../../../../src-renderer/domain/records/snapshot';
import type { DutyPostDoc } from '../../../../src-renderer/records/dutyPost/shape';
import { genderOf, idNumber, noPause } from '../support';

export const META = { stationId: 'S1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'pc' };

function volunteer(id: string, name: string, idNo: string, phone = ''): VolunteerDoc {
  const parsed = parseVolunteerInput({ name, gender: genderOf(idNo), idNumber: idNo, phone, politicalStatus: 'masses', joinDate: '2023-01-01' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { ...parsed.value, id, ...META };
}

export const ZHANG = volunteer('volunteer:zhang', '张三', idNumber('37010219800101001'), '13912345678');
/** Two 李四: a bare name is ambiguous, ID digits or the phone tell them apart. */
export const LI_A = volunteer('volunteer:li-a', '李四', idNumber('37010219900202002'), '13800000002');
export const LI_B = volunteer('volunteer:li-b', '李四', idNumber('37010219950505005'));
export const TEAM: TeamDoc = { id: 'team:red', name: '红马甲志愿服务队', namePinyin: '', field: 'aid', leaderId: '', foundedDate: '', description: '', ...META };
export const PROJECT: ProjectDoc = {
  id: 'project:care', name: '银龄关爱行动', namePinyin: '', field: 'aid', ownerTeamId: '', startDate: '2023-01-01', endDate: '', status: 'running',
  brand: '', awards: '', description: '', ...META,
};
export const ACTIVITY: ActivityDoc = {
  id: 'activity:repair', title: '上门维修电器', date: '2024-03-05', startTime: '09:00', endTime: '11:00', place: '三组', field: 'aid', projectId: '', teamId: TEAM.id,
  theme: '', participants: [{ volunteerId: ZHANG.id, hours: 2 }], servedCount: 1, servedGroups: [], summary: '', totalHours: 2, participantCount: 1, ...META,
};
export const POST: DutyPostDoc = { id: 'dutyPost:crossing', name: '人民路口文明交通岗', place: '人民路口', field: 'safety', notes: '', active: true, ...META };

export function snapshotWith(service: Partial<ServiceRecords> = {}): LedgerSnapshot {
  return {
    station: null,
    volunteers: [ZHANG, LI_A, LI_B],
    teams: [TEAM],
    projects: [PROJECT],
    activities: [ACTIVITY],
    service: { honours: [], requests: [], dutyPosts: [POST], shifts: [], ...service },
  };
}

const cellOf = (value: string | number | null): SheetCell =>
  value === null ? null : typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value };

/** A sheet as the reader hands it over (text and number cells), checked with the headers it recognises. */
export async function checkRows(
  kind: RecordKind,
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
  snapshot: LedgerSnapshot = snapshotWith(),
  policy: DuplicatePolicy = 'skip',
): Promise<ImportPreview> {
  const sheet: SheetGrid = { name: 'S', hidden: false, date1904: false, rows: rows.map((r, i) => ({ number: i + 1, cells: r.map(cellOf) })) };
  const guess = findHeaderRow(kind, sheet);
  return checkImport(kind, { sheet, headerRowIndex: guess.rowIndex, mapping: guess.mapping }, snapshot, { duplicatePolicy: policy, pause: noPause });
}

/** The problems of a preview as [row, column header, key, severity]: what the keeper reads, cell by cell. */
export function problemsOf(p: ImportPreview): Array<[number, string, string, string]> {
  return p.issues.map((i) => [i.row, i.column, i.key, i.severity]);
}

/** The planned writes of a preview of one kind, typed as that kind's fields. */
export function writesOf<K extends RecordKind>(p: ImportPreview, kind: K): PlannedWrite<FieldsByKind[K]>[] {
  if (p.plan.kind !== kind) throw new Error(`expected a ${kind} plan, got ${p.plan.kind}`);
  return p.plan.writes as PlannedWrite<FieldsByKind[K]>[];
}
