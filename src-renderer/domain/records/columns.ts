/**
 * The columns of each ledger sheet: the field a column fills, the header spellings Chinese office sheets
 * use for it, and how the export lays it out. The displayed header is `importExport.columns.<kind>.<field>`;
 * its Chinese (and English) text is also among the aliases, so an exported sheet imports without mapping.
 */
export const RECORD_KINDS = ['volunteers', 'teams', 'projects', 'activities', 'honours', 'requests', 'dutyPosts', 'shifts'] as const;
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
  /** Columns only the import reads (a shift's 时段, which the export writes as its two times). */
  exported: boolean;
}

/** 序号 (row numbers) appear in almost every Chinese sheet: recognised and ignored. */
export const ROW_NUMBER_FIELD = 'rowNo';

function col(
  field: string,
  aliases: readonly string[],
  width: number,
  options: Partial<Pick<ColumnSpec, 'required' | 'importable' | 'format' | 'keepText' | 'exported'>> = {},
): ColumnSpec {
  return {
    field,
    aliases,
    width,
    required: options.required ?? false,
    importable: options.importable ?? true,
    format: options.format ?? 'text',
    keepText: options.keepText ?? false,
    exported: options.exported ?? true,
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

/** 表彰荣誉: whom it honours is one cell (a person as in an activity, a team, project, family or community by name). */
export const HONOUR_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('kind', ['荣誉类别', '表彰类别', '荣誉类型', '表彰类型', '类别', 'kind'], 16, { required: true }),
  col('title', ['荣誉名称', '表彰名称', '荣誉称号', '称号', 'title'], 28),
  col('level', ['级别', '表彰级别', '荣誉级别', '层级', 'level'], 8, { required: true }),
  col('year', ['年度', '年份', '表彰年度', '获奖年度', 'year'], 8, { required: true }),
  col('batch', ['批次', '表彰批次', 'batch'], 10),
  col('linkKind', ['对象类型', '获奖对象类型', '表彰对象类型', 'honoured kind'], 12),
  col('link', ['获奖对象', '表彰对象', '获奖者', '获奖人', '获奖单位', '对象', 'honoured'], 20, { required: true }),
  col('awardedBy', ['授予单位', '表彰单位', '颁发单位', '发文单位', 'awarded by'], 20),
  col('awardedDate', ['授予日期', '表彰日期', '获奖日期', '颁发日期', '获评时间', 'awarded date'], 12, { format: 'date' }),
  col('notes', ['备注', '说明', 'notes'], 24),
];

/** 群众点单: the resident, the need, and how far it went (派单、接单、办结 with its activity, 评单). */
export const REQUEST_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('receivedDate', ['点单日期', '登记日期', '收到日期', '受理日期', '点单时间', 'received'], 12, { required: true, format: 'date' }),
  col('residentName', ['点单群众', '群众姓名', '点单人', '居民姓名', '求助人', '姓名', 'resident'], 10, { required: true }),
  col('villageGroup', ['村组', '所在村组', '所在小组', '组别', '所在村', '楼栋', 'village group'], 12),
  col('phone', ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', 'phone'], 15, { keepText: true }),
  col('need', ['需求内容', '点单内容', '服务需求', '求助内容', '诉求', '需求', 'need'], 32, { required: true }),
  col('field', ['服务领域', '领域', '服务类别', '需求类别', 'service field', 'field'], 12, { required: true }),
  col('urgency', ['紧急程度', '是否紧急', '缓急', 'urgency'], 8),
  col('wantedDate', ['期望完成日期', '期望日期', '希望完成时间', '要求完成时间', '完成时限', '期限', 'wanted by'], 12, { format: 'date' }),
  col('state', ['办理状态', '处理状态', '状态', '进度', 'state'], 10),
  col('teamId', ['承接队伍', '接单队伍', '派单队伍', '志愿服务队', '服务队', 'team'], 20),
  col('volunteerIds', ['承接志愿者', '接单志愿者', '派单志愿者', '志愿者', 'volunteers'], 20),
  col('activityId', ['关联活动', '服务活动', '办结活动', 'activity'], 28),
  col('doneDate', ['办结日期', 'done'], 12, { importable: false, format: 'date' }),
  col('rating', ['群众评价', '评价星级', '满意度', '评价', '评分', 'rating'], 10),
  col('ratingRemark', ['评价意见', '评价内容', '群众意见', 'remark'], 24),
  col('endReason', ['拒绝或取消原因', '拒绝/取消原因', '拒绝原因', '取消原因', '终止原因', 'end reason'], 24),
];

export const DUTY_POST_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('name', ['岗位名称', '值守岗位', '岗位', '名称', 'post', 'name'], 24, { required: true }),
  col('place', ['岗位地点', '值守地点', '地点', '位置', 'place'], 24),
  col('field', ['服务领域', '领域', '服务类别', 'service field', 'field'], 12),
  col('active', ['状态', '是否在用', 'status'], 8),
  col('notes', ['备注', '说明', 'notes'], 24),
];

/** 值守班次, a schedule: one row per shift; 时段 (08:00-10:00) may stand for the two time columns. */
export const SHIFT_COLUMNS: readonly ColumnSpec[] = [
  rowNo,
  col('postId', ['值守岗位', '岗位名称', '岗位', 'post'], 20, { required: true }),
  col('date', ['值守日期', '值班日期', '日期', 'date'], 12, { required: true, format: 'date' }),
  col('period', ['时段', '值守时段', '值守时间', '值班时间', '班次时间', '时间段', 'period'], 14, { exported: false }),
  col('startTime', ['开始时间', '起始时间', '上岗时间', 'start', 'start time'], 9),
  col('endTime', ['结束时间', '截止时间', '下岗时间', 'end', 'end time'], 9),
  col('needed', ['需要人数', '所需人数', '计划人数', '人数', 'needed'], 8),
  col('signUps', ['报名志愿者', '报名人员', '值守人员', '值班人员', '上岗人员', '志愿者', 'signed up'], 36),
  col('signedIn', ['签到人数', 'signed in'], 8, { importable: false, format: 'number' }),
  col('totalHours', ['服务总时长', '总时长', 'total hours'], 10, { importable: false, format: 'number' }),
];

export const COLUMNS_BY_KIND: Readonly<Record<RecordKind, readonly ColumnSpec[]>> = {
  volunteers: VOLUNTEER_COLUMNS,
  teams: TEAM_COLUMNS,
  projects: PROJECT_COLUMNS,
  activities: ACTIVITY_COLUMNS,
  honours: HONOUR_COLUMNS,
  requests: REQUEST_COLUMNS,
  dutyPosts: DUTY_POST_COLUMNS,
  shifts: SHIFT_COLUMNS,
};

export function columnHeaderKey(kind: RecordKind | 'hours', field: string): string {
  return `importExport.columns.${kind}.${field}`;
}

/** The columns an export writes, in order. */
export function exportedColumns(kind: RecordKind): ColumnSpec[] {
  return COLUMNS_BY_KIND[kind].filter((c) => c.exported);
}

export function importableColumns(kind: RecordKind): ColumnSpec[] {
  return COLUMNS_BY_KIND[kind].filter((c) => c.importable);
}

export function columnFor(kind: RecordKind, field: string): ColumnSpec | undefined {
  return COLUMNS_BY_KIND[kind].find((c) => c.field === field);
}
