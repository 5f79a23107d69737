import type { BuiltinServiceField } from '../../../src-renderer/domain/catalog';
import { catalog } from '../../../src-renderer/i18n/zh-CN/catalog';

/** The station the benchmarks fill: one big urban community. */
export const BENCH_STATION = {
  code: 'BENCH-JN-LX-001',
  name: '幸福里社区新时代文明实践站',
  city: '济南市',
  county: '历下区',
  center: '历下区新时代文明实践中心',
  institute: '姚家街道新时代文明实践所',
  contactName: '李站长',
  contactPhone: '13805310001',
  address: '济南市历下区幸福里社区服务中心一楼',
  services: ['water', 'reading', 'rest', 'copying'],
  demonstration: true,
};

const TEAM_PREFIXES = ['幸福里', '红马甲', '夕阳红', '青春', '巾帼', '银龄'] as const;

const PROJECT_BRANDS: Readonly<Record<BuiltinServiceField, string>> = {
  theory: '理论微宣讲',
  science: '科普大篷车',
  customs: '文明新风',
  aid: '邻里守望',
  ecology: '绿色家园',
  health: '健康进万家',
  tutoring: '护苗成长',
  legal: '法润万家',
  safety: '平安守护',
  counselling: '心灵驿站',
  culture: '乡村文化大舞台',
  sports: '全民健身',
};
const PROJECT_SUFFIXES = ['行动', '计划', '工程', '服务站', '品牌项目', '示范项目'] as const;

const ACTIVITY_KINDS = ['进社区', '走访慰问', '主题活动', '集中服务日', '专题讲座', '宣传活动', '上门服务', '志愿服务'] as const;

export const PLACES = [
  '社区服务中心一楼',
  '村委会大院',
  '文化广场',
  '老年活动中心',
  '幸福里小学',
  '社区卫生服务站',
  '新时代文明实践站',
  '党群服务中心',
  '农家书屋',
  '社区公园',
] as const;

export const THEMES = ['', '', '', '学雷锋志愿服务月', '重阳敬老', '世界环境日', '全民国家安全教育日', '我们的节日·春节'] as const;

export const SKILLS = catalog.skillSuggestions.split(',');

export function fieldName(field: BuiltinServiceField): string {
  return catalog.fields[field];
}

/** Distinct team names: a prefix cycle for each service field. */
export function teamName(index: number, field: BuiltinServiceField, fieldsCount: number): string {
  const round = Math.floor(index / fieldsCount);
  const prefix = TEAM_PREFIXES[round % TEAM_PREFIXES.length] ?? '';
  const repeat = Math.floor(round / TEAM_PREFIXES.length);
  return `${prefix}${fieldName(field)}志愿服务队${repeat > 0 ? `（${repeat + 1}）` : ''}`;
}

export function projectName(index: number, field: BuiltinServiceField, fieldsCount: number): string {
  const round = Math.floor(index / fieldsCount);
  const suffix = PROJECT_SUFFIXES[round % PROJECT_SUFFIXES.length] ?? '';
  const repeat = Math.floor(round / PROJECT_SUFFIXES.length);
  return `${PROJECT_BRANDS[field]}${suffix}${repeat > 0 ? `（${repeat + 1}）` : ''}`;
}

export function activityTitle(field: BuiltinServiceField, kindIndex: number): string {
  return `${fieldName(field)}${ACTIVITY_KINDS[kindIndex % ACTIVITY_KINDS.length] ?? ''}`;
}

export const ACTIVITY_KIND_COUNT = ACTIVITY_KINDS.length;
