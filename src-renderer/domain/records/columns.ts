/**
 * The columns of each ledger sheet: the field a column fills, the header spellings Chinese office sheets
 * use for it, and how the export lays it out. The displayed header is `importExport.columns.<kind>.<field>`;
 * its Chinese (and English) text is also among the aliases, so an exported sheet imports without mapping.
 */
export const RECORD_KINDS = ['volunteers', 'teams', 'projects', 'activities'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type ColumnFormat = 'text' | 'date' | 'number';

export interface ColumnSpec {
  field: string;
  aliases: readonly string[];
  /** A new record cannot be imported without it. */
  required: boolean;
  /** Columns only the export writes (序号, counts); recognised on import and left alone. */
  importable: boolean;
  width: number;
  format: ColumnFormat;
  /** Formatted as Excel text ("@") so numbers typed later keep every digit: ID numbers, phones. */
  keepText: boolean;
}

/** 序号 (row numbers) appear in almost every Chinese sheet: recognised and ignored. */
export const ROW_NUMBER_FIELD = 'rowNo';

function col(
  field: string,
  aliases: readonly string[],
  width: number,
  options: Partial<Pick<ColumnSpec, 'required' | 'importable' | 'format' | 'keepText'>> = {},
): ColumnSpec {
  return {
    field,
    aliases,
    width,
    required: options.required ?? false,
    importable: options.importable ?? true,
    format: options.format ?? 'text',
    keepText: options.keepText ?? false,
  };
}

const rowNo = col(ROW_NUMBER_FIELD, ['序号', '编号序号', 'no', 'no.', '#'], 6, { importable: false, format: 'number' });

export const VOLUNTEER_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('name', ['姓名', '名字', '志愿者姓名', '真实姓名', 'name'], 10, { required: true }),
  col('gender', ['性别', 'gender', 'sex'], 6),
  col('idType', ['证件类型', '证件种类', 'id type', 'idtype'], 12),
  col('idNumber', ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '证件号', '身份证件号码', 'id number', 'idnumber'], 22, { required: true, keepText: true }),
  col('birthDate', ['出生日期', '出生年月', '生日', 'date of birth', 'birthdate'], 12, { format: 'date' }),
  col('phone', ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', '电话号码', 'phone'], 15, { keepText: true }),
  col('politicalStatus', ['政治面貌', 'political status', 'politicalstatus'], 12, { required: true }),
  col('teamIds', ['所属队伍', '队伍', '所属志愿服务队', '志愿服务队', '服务队', '所在队伍', 'teams'], 20),
  col('skills', ['技能特长', '特长', '技能', '专长', 'skills'], 20),
  col('joinDate', ['注册时间', '加入时间', '入队时间', '注册日期', '加入日期', '入队日期', 'join date', 'joindate'], 12, { required: true, format: 'date' }),
  col('volunteerNo', ['志愿者编号', '志愿者证号', '志愿者证编号', 'volunteer no.', 'volunteerno'], 16, { keepText: true }),
  col('active', ['状态', '在册状态', '是否在册', 'status'], 8),
  col('notes', ['备注', '说明', 'notes'], 24),
];

export const TEAM_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('name', ['队伍名称', '服务队名称', '志愿服务队名称', '队名', '名称', 'team name', 'name'], 24, { required: true }),
  col('field', ['服务领域', '领域', '服务类别', 'service field', 'field'], 12, { required: true }),
  col('leaderId', ['队长', '负责人', '领队', 'leader'], 12),
  col('foundedDate', ['成立日期', '成立时间', '组建时间', 'founded', 'foundeddate'], 12, { format: 'date' }),
  col('memberCount', ['队员人数', '人数', 'members'], 8, { importable: false, format: 'number' }),
  col('description', ['队伍简介', '简介', '说明', '备注', 'description'], 40),
];

export const PROJECT_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('name', ['项目名称', '名称', 'project name', 'name'], 28, { required: true }),
  col('field', ['服务领域', '领域', '服务类别', 'service field', 'field'], 12, { required: true }),
  col('ownerTeamId', ['牵头队伍', '所属队伍', '实施队伍', '负责队伍', 'owner team', 'team'], 20),
  col('startDate', ['开始日期', '开始时间', '启动日期', '启动时间', 'start date', 'startdate'], 12, { required: true, format: 'date' }),
  col('endDate', ['结束日期', '结束时间', 'end date', 'enddate'], 12, { format: 'date' }),
  col('status', ['项目状态', '状态', 'status'], 10, { required: true }),
  col('brand', ['品牌', '项目品牌', 'brand'], 16),
  col('awards', ['获奖情况', '荣誉', '获奖', '荣誉奖项', 'awards'], 24),
  col('description', ['项目简介', '简介', '备注', 'description'], 40),
];

export const ACTIVITY_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('title', ['活动名称', '活动标题', '名称', '标题', 'title'], 28, { required: true }),
  col('date', ['活动日期', '日期', '服务日期', 'date'], 12, { required: true, format: 'date' }),
  col('startTime', ['开始时间', '起始时间', 'start', 'start time'], 9, { required: true }),
  col('endTime', ['结束时间', '截止时间', 'end', 'end time'], 9, { required: true }),
  col('place', ['活动地点', '地点', '服务地点', 'place'], 20, { required: true }),
  col('field', ['服务领域', '领域', '活动类别', '活动类型', 'service field', 'field'], 12, { required: true }),
  col('projectId', ['所属项目', '实践项目', '项目', '项目名称', 'project'], 20),
  col('teamId', ['志愿服务队', '服务队', '所属队伍', '组织队伍', '队伍', 'team'], 20),
  col('theme', ['活动主题', '主题', 'theme'], 16),
  col('participants', ['参与志愿者及服务时长', '参与志愿者', '参加人员', '参与人员', '志愿者', '志愿者及时长', 'participants'], 40),
  col('participantCount', ['参与人数', '志愿者人数', 'participant count'], 8, { importable: false, format: 'number' }),
  col('totalHours', ['服务总时长', '总时长', 'total hours'], 10, { importable: false, format: 'number' }),
  col('servedCount', ['服务人数', '受益人数', '服务对象人数', '服务群众人数', 'people served', 'served'], 8, { format: 'number' }),
  col('servedGroups', ['服务对象', '受益群体', 'served groups'], 20),
  col('summary', ['活动简介', '活动内容', '简介', '内容', '备注', 'summary'], 40),
];

export const COLUMNS_BY_KIND: Readonly<Record<RecordKind, readonly ColumnSpec[]>> = {
  volunteers: VOLUNTEER_COLUMNS,
  teams: TEAM_COLUMNS,
  projects: PROJECT_COLUMNS,
  activities: ACTIVITY_COLUMNS,
};

export function columnHeaderKey(kind: RecordKind | 'hours', field: string): string {
  return `importExport.columns.${kind}.${field}`;
}

export function importableColumns(kind: RecordKind): ColumnSpec[] {
  return COLUMNS_BY_KIND[kind].filter((c) => c.importable);
}

export function columnFor(kind: RecordKind, field: string): ColumnSpec | undefined {
  return COLUMNS_BY_KIND[kind].find((c) => c.field === field);
}
