/**
 * The honours (表彰) a station records. The first four are the "four of each": an excellent volunteer,
 * organisation, project and community (nationally the 学雷锋“四个100” of 最美志愿者, 最佳组织, 最佳项目, 最美社区,
 * locally 优秀志愿者 and the like); then moral models (道德模范), good people
 * (好人, 身边好人 locally, 中国好人 nationally) and civilised families (文明家庭). Each is given at a level, in a
 * year and often a batch, and is linked to what it honours.
 */
export const HONOUR_KINDS = [
  'excellentVolunteer',
  'excellentOrganisation',
  'excellentProject',
  'excellentCommunity',
  'moralModel',
  'goodPerson',
  'civilisedFamily',
] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];

export const FOUR_OF_EACH_KINDS = ['excellentVolunteer', 'excellentOrganisation', 'excellentProject', 'excellentCommunity'] as const satisfies readonly HonourKind[];

/**
 * What an honour can be linked to. volunteer, team and project are records of the station (their ids);
 * family and community are names typed in, since the ledger keeps no record of either.
 */
export const HONOUR_LINK_KINDS = ['volunteer', 'team', 'project', 'family', 'community'] as const;
export type HonourLinkKind = (typeof HONOUR_LINK_KINDS)[number];

export const HONOUR_LINK_REFERS: Readonly<Record<HonourLinkKind, 'record' | 'name'>> = {
  volunteer: 'record',
  team: 'record',
  project: 'record',
  family: 'name',
  community: 'name',
};

/**
 * What each kind may be linked to, the usual one first. A civilised family is named, or linked to a volunteer
 * of that family so the honour shows on their page. An organisation's honour goes to the team that stands for
 * it in the ledger (志愿服务队 and 志愿服务组织 are both kept as teams).
 */
export const HONOUR_LINKS: Readonly<Record<HonourKind, readonly HonourLinkKind[]>> = {
  excellentVolunteer: ['volunteer'],
  excellentOrganisation: ['team'],
  excellentProject: ['project'],
  excellentCommunity: ['community'],
  moralModel: ['volunteer'],
  goodPerson: ['volunteer'],
  civilisedFamily: ['family', 'volunteer'],
};

export function isAllowedHonourLink(kind: HonourKind, link: HonourLinkKind): boolean {
  return HONOUR_LINKS[kind].includes(link);
}

/** The level of the body that gave it, highest first. */
export const HONOUR_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

export const HONOUR_LINK_NOT_ALLOWED_KEY = 'serviceRules.honours.linkNotAllowed';

/** Why an honour cannot be linked so (i18n key, params kind and link as codes), or null when it can. */
export function honourLinkProblem(kind: HonourKind, link: HonourLinkKind): { key: string; params: Record<string, string> } | null {
  return isAllowedHonourLink(kind, link) ? null : { key: HONOUR_LINK_NOT_ALLOWED_KEY, params: { kind, link } };
}

export function honourKindKey(kind: HonourKind): string {
  return `serviceRules.honours.kind.${kind}`;
}

export function honourLinkKey(link: HonourLinkKind): string {
  return `serviceRules.honours.link.${link}`;
}

export function honourLevelKey(level: HonourLevel): string {
  return `serviceRules.honours.level.${level}`;
}
