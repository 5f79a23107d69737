/**
 * Built-in catalogue codes. Codes are stored in documents; names come from i18n (`catalog.<group>.<code>`)
 * so English can follow. The city can publish more service fields through its catalogue (kind 'field'): the
 * pickers offer them by the name the city sent (ui/useServiceFields.ts), with no new app version.
 */

export const SERVICE_FIELDS = [
  'theory', // 理论宣讲
  'science', // 科普科教
  'customs', // 风尚倡树
  'aid', // 爱心帮扶
  'ecology', // 生态环保
  'health', // 卫生健康
  'tutoring', // 帮教助学
  'legal', // 法律服务
  'safety', // 平安建设
  'counselling', // 心理咨询
  // The commonest village activities (广场舞, 文艺演出, 运动会) had no field of their own.
  'culture', // 文化文艺
  'sports', // 体育健身
] as const;
export type BuiltinServiceField = (typeof SERVICE_FIELDS)[number];

export const POLITICAL_STATUSES = [
  'cpc_member', // 中共党员
  'cpc_probationary', // 中共预备党员
  'cyl_member', // 共青团员
  'democratic_party', // 民主党派
  'masses', // 群众
] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** The 民政部 certificate asks for the ID type; only the resident ID card has a checksum we can verify. */
export const ID_TYPES = ['resident_id', 'hk_macao_permit', 'taiwan_permit', 'passport', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const SERVED_GROUPS = [
  'elderly_alone', // 独居老人
  'elderly', // 老年人
  'children', // 儿童
  'left_behind_children', // 留守儿童
  'disabled', // 残疾人
  'veterans', // 退役军人
  'needy_families', // 困难家庭
  'residents', // 社区居民
] as const;
export type ServedGroup = (typeof SERVED_GROUPS)[number];

/** Free services a station offers on its site (DOMAIN.md: drinking water, reading, rest, copying). */
export const STATION_SERVICES = ['water', 'reading', 'rest', 'copying', 'charging', 'first_aid', 'umbrella', 'wifi'] as const;
export type StationService = (typeof STATION_SERVICES)[number];

/** 五有: a station must have a site, a team, activities, projects and a mechanism. */
export const FIVE_HAVES = ['site', 'team', 'activities', 'projects', 'mechanism'] as const;
export type FiveHave = (typeof FIVE_HAVES)[number];

export const PROJECT_STATUSES = ['planned', 'running', 'finished'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const SKILL_SUGGESTIONS_KEY = 'catalog.skillSuggestions';
