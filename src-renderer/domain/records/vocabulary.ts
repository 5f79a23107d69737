import { GENDERS, ID_TYPES, POLITICAL_STATUSES, PROJECT_STATUSES, SERVED_GROUPS, SERVICE_FIELDS } from '../catalog';
import { toHalfWidth } from '../halfWidth';
import { catalog as zhCatalog } from '../../i18n/zh-CN/catalog';
import { catalog as enCatalog } from '../../i18n/en/catalog';

/**
 * Catalogue words as sheets spell them → codes. The catalogue's own labels (Chinese and English) and the
 * codes are always understood; the extra spellings below are what office sheets commonly write instead.
 */
export type VocabularyGroup = 'gender' | 'political' | 'idType' | 'fields' | 'servedGroups' | 'projectStatus';

const CODES: Record<VocabularyGroup, readonly string[]> = {
  gender: GENDERS,
  political: POLITICAL_STATUSES,
  idType: ID_TYPES,
  fields: SERVICE_FIELDS,
  servedGroups: SERVED_GROUPS,
  projectStatus: PROJECT_STATUSES,
};

const EXTRA: Record<VocabularyGroup, Record<string, readonly string[]>> = {
  gender: { male: ['男性', 'm'], female: ['女性', 'f'] },
  political: {
    cpc_member: ['党员', '共产党员', '中国共产党党员', '中共正式党员'],
    cpc_probationary: ['预备党员'],
    cyl_member: ['团员', '共青团团员'],
    democratic_party: ['民主党派成员', '民主党派人士'],
    // Rosters leave 政治面貌 "empty" with a placeholder; for a volunteer that means 群众 (the import says so).
    masses: ['无', '-', '—', '/', '普通群众'],
  },
  idType: {
    resident_id: ['身份证', '二代身份证', '居民身份证号'],
    hk_macao_permit: ['港澳通行证', '回乡证'],
    taiwan_permit: ['台胞证'],
    passport: ['外国护照'],
  },
  fields: {
    theory: ['理论宣传', '送理论', '送政策'],
    science: ['科普', '送科技'],
    customs: ['移风易俗', '送新风'],
    aid: ['帮扶', '送关爱', '关爱帮扶'],
    ecology: ['环保', '环境保护'],
    health: ['医疗卫生', '送健康'],
    tutoring: ['助学', '教育'],
    legal: ['送法律', '普法'],
    safety: ['平安', '治安'],
    counselling: ['心理服务', '心理健康'],
  },
  servedGroups: { residents: ['居民', '群众'], elderly: ['老人'], disabled: ['残障人士'] },
  projectStatus: {
    planned: ['未开始', '筹备中', '计划'],
    running: ['实施中', '开展中', '正在进行'],
    finished: ['已完成', '完成', '结束', '已完结'],
  },
};

const catalogLabels = (catalog: unknown, group: VocabularyGroup): Record<string, string> => {
  if (typeof catalog !== 'object' || catalog === null || !(group in catalog)) return {};
  const labels = (catalog as Record<string, unknown>)[group];
  return typeof labels === 'object' && labels !== null ? (labels as Record<string, string>) : {};
};

const SPACES = /[\s\u3000]+/g;

export function normalizeWord(text: string): string {
  return toHalfWidth(text).replace(SPACES, '').toLowerCase();
}

const indexes = new Map<VocabularyGroup, Map<string, string>>();

function indexOf(group: VocabularyGroup): Map<string, string> {
  let index = indexes.get(group);
  if (index) return index;
  index = new Map();
  const add = (word: string, code: string) => {
    const key = normalizeWord(word);
    if (key !== '' && !index?.has(key)) index?.set(key, code);
  };
  for (const code of CODES[group]) {
    add(code, code);
    add(catalogLabels(zhCatalog, group)[code] ?? '', code);
    add(catalogLabels(enCatalog, group)[code] ?? '', code);
    for (const extra of EXTRA[group][code] ?? []) add(extra, code);
  }
  indexes.set(group, index);
  return index;
}

/** The code a sheet's word means, or null when it is none of them. */
export function lookupCode(group: VocabularyGroup, text: string): string | null {
  return indexOf(group).get(normalizeWord(text)) ?? null;
}

/** The Chinese label of a code, as the catalogue names it. */
export function labelOf(group: VocabularyGroup, code: string): string {
  return catalogLabels(zhCatalog, group)[code] ?? code;
}

/** The Chinese labels, for the message that lists what may be written. */
export function allowedLabels(group: VocabularyGroup): string {
  const labels = catalogLabels(zhCatalog, group);
  return CODES[group].map((c) => labels[c] ?? c).join('、');
}

const ACTIVE_WORDS = new Set(['在册', '正常', '是', '启用', '有效', 'active', 'yes', 'true', '1']);
const INACTIVE_WORDS = new Set(['停用', '已停用', '否', '离队', '注销', '已注销', '无效', 'inactive', 'no', 'false', '0']);

/** The 状态 column: true/false, or null for a word that is neither. */
export function lookupActive(text: string): boolean | null {
  const key = normalizeWord(text);
  if (ACTIVE_WORDS.has(key)) return true;
  if (INACTIVE_WORDS.has(key)) return false;
  return null;
}
