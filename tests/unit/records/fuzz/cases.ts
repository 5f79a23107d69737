import type { CellValue } from 'exceljs';
import { COLUMNS_BY_KIND, type RecordKind } from '../../../../src-renderer/domain/records/columns';
import type { SheetCell } from '../../../../src-renderer/domain/records/sheet';
import { zhT } from '../support';
import { junkText, type Random } from './random';

/** People, teams and a project the seeded ledger holds, so generated rows can refer to them. */
export const SEED = {
  people: ['张三', '李四', '王五'],
  teams: ['红马甲志愿服务队', '健康服务队'],
  project: '银龄关爱行动',
};

const NAMES = ['赵六', '钱七', '孙八', '周九', '吴十', '郑一', '欧阳娜娜', 'Anna Smith', '李　四'];
const DATE_SPELLINGS = (r: Random): CellValue => {
  const y = r.int(2018, 2024);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return r.pick<CellValue>([
    `${y}-${m}-${d}`,
    `${y}.${m}.${d}`,
    `${y}年${m}月${d}日`,
    `${y}/${m}/${d}`,
    new Date(Date.UTC(y, m - 1, d)),
    Math.floor(Date.UTC(y, m - 1, d) / 86_400_000) + 25569,
  ]);
};

/** A plausible value for a field, as a keeper would type it. */
function goodValue(r: Random, kind: RecordKind, field: string, nextId: () => string, row: number): CellValue {
  const id = () => nextId();
  switch (`${kind}.${field}`) {
    case 'volunteers.name':
      return r.pick(NAMES);
    case 'volunteers.gender':
      return r.pick(['', '男', '女']);
    case 'volunteers.idType':
      return r.pick(['', '居民身份证', '身份证']);
    case 'volunteers.idNumber':
      return id();
    case 'volunteers.birthDate':
      return '';
    case 'volunteers.phone':
      return r.pick<CellValue>(['13912345678', 13812345678, '0531-88886666', '', '138 1234 5678']);
    case 'volunteers.politicalStatus':
      return r.pick(['群众', '中共党员', '党员', '共青团员', '团员']);
    case 'volunteers.teamIds':
    case 'projects.ownerTeamId':
    case 'activities.teamId':
      return r.pick(['', ...SEED.teams, SEED.teams.join('、')]);
    case 'volunteers.skills':
      return r.pick(['', '义诊', '理发、书法']);
    case 'volunteers.joinDate':
    case 'teams.foundedDate':
    case 'projects.startDate':
    case 'activities.date':
      return DATE_SPELLINGS(r);
    case 'volunteers.active':
      return r.pick(['', '在册', '已停用']);
    case 'teams.name':
      return `服务队${row}-${r.int(0, 1e6)}`;
    case 'projects.name':
      return `项目${row}-${r.int(0, 1e6)}`;
    case 'teams.field':
    case 'projects.field':
    case 'activities.field':
      return r.pick(['理论宣讲', '卫生健康', '爱心帮扶', 'health']);
    case 'teams.leaderId':
      return r.pick(['', ...SEED.people]);
    case 'projects.status':
      return r.pick(['进行中', '已结束', '计划中']);
    case 'projects.endDate':
      return '';
    case 'activities.title':
      return `活动${row}-${r.int(0, 1e6)}`;
    case 'activities.startTime':
      return r.pick<CellValue>(['09:00', '9:00', 0.375, '上午9点']);
    case 'activities.endTime':
      return r.pick<CellValue>(['11:30', '12:00', 0.5]);
    case 'activities.place':
      return '社区服务中心';
    case 'activities.projectId':
      return r.pick(['', SEED.project]);
    case 'activities.participants':
      return r.pick(['', '张三(2)', '张三(1);王五(1.5)', '王五', '李四(2)', '张三(0.5)、王五（1小时）']);
    case 'activities.servedCount':
      return r.pick<CellValue>([0, 12, '30人', '']);
    case 'activities.servedGroups':
      return r.pick(['', '老年人', '儿童、社区居民']);
    default:
      return r.chance(0.5) ? '' : `说明${r.int(0, 99)}`;
  }
}

/** What goes wrong in real sheets, one cell at a time. */
function badValue(r: Random, xmlSafe: boolean): CellValue {
  return r.pick<() => CellValue>([
    () => junkText(r, 20, xmlSafe),
    () => 'x'.repeat(r.int(1000, 40_000)),
    () => r.int(-1e9, 1e9),
    () => r.next() * 1e20,
    () => 370102198001010000,
    () => '3.70102E+17',
    () => r.chance(0.5),
    () => new Date(Date.UTC(r.int(1, 9999), r.int(0, 11), r.int(1, 28))),
    () => ({ formula: 'A1/0', result: { error: r.pick(['#DIV/0!', '#N/A', '#REF!', '#VALUE!'] as const) } }),
    () => ({ formula: 'SUM(A1:A2)', result: undefined }),
    () => ({ formula: 'B2', result: junkText(r, 5, true) }),
    () => ({ richText: [{ text: junkText(r, 4, xmlSafe) }, { text: '张三' }] }),
    () => ({ text: '链接', hyperlink: 'https://example.invalid/' }),
    () => null,
    () => '   ',
    () => '合计',
  ])();
}

export interface GeneratedSheet {
  kind: RecordKind;
  rows: CellValue[][];
}

/**
 * A sheet of one kind: headers as offices write them (shuffled, missing, duplicated, renamed, under title
 * rows), then rows of mostly plausible values with a share of broken cells.
 */
export function generateSheet(r: Random, nextId: () => string, xmlSafe: boolean): GeneratedSheet {
  const kind = r.pick<RecordKind>(['volunteers', 'volunteers', 'teams', 'projects', 'activities', 'activities']);
  let fields = COLUMNS_BY_KIND[kind].filter((c) => c.importable).map((c) => c.field);
  if (r.chance(0.5)) fields = r.shuffle(fields);
  if (r.chance(0.2)) fields = fields.filter(() => r.chance(0.8));
  const headers: CellValue[] = fields.map((f) => {
    const column = COLUMNS_BY_KIND[kind].find((c) => c.field === f);
    return r.chance(0.3) && column ? r.pick(column.aliases) : zhT(`importExport.columns.${kind}.${f}`);
  });
  if (r.chance(0.15) && headers.length > 0) headers.push(r.pick(headers));
  if (r.chance(0.15)) headers.splice(r.int(0, headers.length), 0, junkText(r, 6, true));
  if (r.chance(0.05)) headers.length = 0;

  const rows: CellValue[][] = [];
  if (r.chance(0.3)) rows.push([`${junkText(r, 8, true)}志愿者名册`]);
  if (r.chance(0.1)) rows.push([]);
  rows.push(headers);
  const badShare = r.pick([0, 0.02, 0.1, 0.5]);
  const count = r.int(0, 8);
  for (let i = 0; i < count; i += 1) {
    if (r.chance(0.05)) {
      rows.push([]);
      continue;
    }
    const values = fields.map((f) => (r.chance(badShare) ? badValue(r, xmlSafe) : goodValue(r, kind, f, nextId, i)));
    if (r.chance(0.05)) values.push(badValue(r, xmlSafe));
    rows.push(values);
  }
  return { kind, rows };
}

/** The same sheet as the import sees it after reading, for cases that skip the file format. */
export function toGridCell(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? { kind: 'date', iso: value.toISOString().slice(0, 19) } : { kind: 'error', code: '#VALUE!' };
  }
  if ('error' in value) return { kind: 'error', code: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { kind: 'error', code: 'noResult' };
    if (typeof result === 'object' && !(result instanceof Date)) return { kind: 'error', code: result.error };
    return toGridCell(result);
  }
  if ('richText' in value) return { kind: 'text', text: value.richText.map((t) => t.text).join('') };
  return { kind: 'text', text: value.text };
}

/** A CSV file as keepers and other systems write them: any delimiter, quotes, encodings and junk. */
export function generateCsv(r: Random, sheet: GeneratedSheet): Uint8Array {
  const delimiter = r.pick([',', ',', '\t', ';']);
  const lineEnd = r.pick(['\r\n', '\n', '\r']);
  const quote = (v: CellValue): string => {
    const cell = toGridCell(v);
    const text = cell === null ? '' : cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.value) : cell.kind === 'date' ? cell.iso.slice(0, 10) : '';
    if (r.chance(0.03)) return `"${text}`; // an unclosed quote
    return /[",\r\n\t;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  let text = sheet.rows.map((row) => row.map(quote).join(delimiter)).join(lineEnd);
  if (r.chance(0.1)) text = text.slice(0, r.int(0, text.length));
  const body = new TextEncoder().encode(text);
  if (r.chance(0.3)) return new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
  if (r.chance(0.05)) {
    const flipped = new Uint8Array(body);
    for (let i = 0; i < 5 && flipped.length > 0; i += 1) flipped[r.int(0, flipped.length - 1)] = r.int(0, 255);
    return flipped;
  }
  return body;
}
