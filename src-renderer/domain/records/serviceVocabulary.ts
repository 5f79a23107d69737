import { HONOUR_KINDS, HONOUR_LEVELS, HONOUR_LINK_KINDS } from '../honours/honourKinds';
import { REQUEST_STATES } from '../requests/requestStates';
import { serviceRules as zhRules } from '../../i18n/zh-CN/serviceRules';
import { serviceRules as enRules } from '../../i18n/en/serviceRules';
import { requests as zhRequests } from '../../i18n/zh-CN/requests';
import { requests as enRequests } from '../../i18n/en/requests';
import { normalizeWord } from './vocabulary';

/**
 * The words of honours, requests and duty posts as sheets spell them → codes: the rules' own labels in
 * Chinese and English, the codes, and what office registers commonly write instead (国家级, 县区级, 办理中 …).
 */
export type ServiceWordGroup = 'honourKind' | 'honourLevel' | 'honourLink' | 'urgency' | 'requestState' | 'postActive';

const URGENCIES = ['normal', 'urgent'] as const;

const CODES: Record<ServiceWordGroup, readonly string[]> = {
  honourKind: HONOUR_KINDS,
  honourLevel: HONOUR_LEVELS,
  honourLink: HONOUR_LINK_KINDS,
  urgency: URGENCIES,
  requestState: REQUEST_STATES,
  postActive: ['true', 'false'],
};

type Labels = Partial<Record<string, string>>;

/** The i18n key of a code's name: templates and exports write it through the translator. */
export function serviceLabelKey(group: ServiceWordGroup, code: string): string {
  switch (group) {
    case 'honourKind':
      return `serviceRules.honours.kind.${code}`;
    case 'honourLevel':
      return `serviceRules.honours.level.${code}`;
    case 'honourLink':
      return `serviceRules.honours.link.${code}`;
    case 'urgency':
      return `requests.urgency.${code}`;
    case 'requestState':
      return `serviceRules.requests.state.${code}`;
    case 'postActive':
      return code === 'true' ? 'importExport.export.postActive' : 'importExport.export.postInactive';
  }
}

function labels(group: ServiceWordGroup, language: 'zh' | 'en'): Labels {
  const rules = language === 'zh' ? zhRules : enRules;
  const requests = language === 'zh' ? zhRequests : enRequests;
  switch (group) {
    case 'honourKind':
      return { ...rules.honours?.kind };
    case 'honourLevel':
      return { ...rules.honours?.level };
    case 'honourLink':
      return { ...rules.honours?.link };
    case 'urgency':
      return { ...requests.urgency };
    case 'requestState':
      return { ...rules.requests?.state };
    case 'postActive':
      return language === 'zh' ? { true: '在用', false: '已停用' } : { true: 'In use', false: 'Not in use' };
  }
}

const EXTRA: Record<ServiceWordGroup, Record<string, readonly string[]>> = {
  honourKind: {
    excellentVolunteer: ['最美志愿者', '优秀志愿服务者'],
    excellentOrganisation: ['最佳志愿服务组织', '优秀组织', '优秀志愿服务队', '优秀志愿服务团队'],
    excellentProject: ['最佳志愿服务项目', '优秀项目', '优秀志愿服务品牌项目'],
    excellentCommunity: ['最美志愿服务社区', '优秀社区', '优秀志愿服务村'],
    moralModel: ['道德模范提名', '道德模范提名奖'],
    goodPerson: ['好人', '身边好人', '中国好人', '好人榜'],
    civilisedFamily: ['文明家庭户'],
  },
  honourLevel: {
    national: ['国家级', '国家', '全国级', '中央', '国家级表彰'],
    provincial: ['省', '省部级', '省级表彰'],
    city: ['市', '地市级', '市厅级', '地级市'],
    county: ['县', '区', '县区级', '区级', '县（区）级', '县(市、区)级', '县市区级', '县处级'],
  },
  honourLink: {
    volunteer: ['个人', '人'],
    team: ['队伍', '组织', '志愿服务队', '志愿服务组织', '服务队', '团队'],
    project: ['项目'],
    family: ['户'],
    community: ['社区', '村', '村居', '社区（村）'],
  },
  urgency: {
    normal: ['普通', '一般', '不急', '否', '常规', '正常', '-', '无'],
    urgent: ['急', '加急', '特急', '是', '紧急需求', '急需'],
  },
  requestState: {
    pending: ['待派', '未派单', '未处理', '待处理', '新登记', '登记'],
    dispatched: ['派单', '已派', '已分派', '已转派'],
    accepted: ['接单', '已受理', '办理中', '处理中', '正在办理', '服务中'],
    done: ['办结', '已完成', '完成', '已办理', '已解决'],
    rated: ['评价', '已评单', '评单', '已回访'],
    refused: ['拒绝', '不予受理', '已退回', '退回'],
    cancelled: ['取消', '撤销', '已撤销', '撤回', '已撤回'],
  },
  postActive: {
    true: ['在用', '使用中', '值守中', '启用', '正常', '是', '有效', 'active', 'yes'],
    false: ['停用', '已停用', '撤岗', '已撤岗', '否', '无效', 'inactive', 'no'],
  },
};

const indexes = new Map<ServiceWordGroup, Map<string, string>>();

function indexOf(group: ServiceWordGroup): Map<string, string> {
  const found = indexes.get(group);
  if (found) return found;
  const index = new Map<string, string>();
  const add = (word: string | undefined, code: string) => {
    const key = normalizeWord(word ?? '');
    if (key !== '' && !index.has(key)) index.set(key, code);
  };
  const zh = labels(group, 'zh');
  const en = labels(group, 'en');
  for (const code of CODES[group]) {
    add(zh[code], code);
    // 好人（身边好人）, 社区（村）: the label without its bracket is what a sheet writes.
    add(zh[code]?.replace(/（.*?）|\(.*?\)/g, ''), code);
    add(en[code], code);
    add(code, code);
    for (const extra of EXTRA[group][code] ?? []) add(extra, code);
  }
  indexes.set(group, index);
  return index;
}

/** The code a sheet's word means, or null when it is none of them. */
export function lookupServiceCode(group: ServiceWordGroup, text: string): string | null {
  return indexOf(group).get(normalizeWord(text)) ?? null;
}

/** The Chinese name of a code, as the rules name it. */
export function serviceLabel(group: ServiceWordGroup, code: string): string {
  return labels(group, 'zh')[code] ?? code;
}

/** The Chinese names, for the message that lists what may be written. */
export function allowedServiceLabels(group: ServiceWordGroup): string {
  return CODES[group].map((c) => serviceLabel(group, c)).join('、');
}

/** Every spelling understood for a code (tests walk them). */
export function serviceSpellings(group: ServiceWordGroup, code: string): string[] {
  return [...indexOf(group)].filter(([, c]) => c === code).map(([word]) => word);
}
