import { describe, expect, it } from 'vitest';
import {
  FOUR_OF_EACH_KINDS,
  HONOUR_KINDS,
  HONOUR_LEVELS,
  HONOUR_LINKS,
  HONOUR_LINK_KINDS,
  HONOUR_LINK_NOT_ALLOWED_KEY,
  HONOUR_LINK_REFERS,
  honourKindKey,
  honourLevelKey,
  honourLinkKey,
  honourLinkProblem,
  isAllowedHonourLink,
  type HonourKind,
  type HonourLinkKind,
} from '../../../../src-renderer/domain/honours/honourKinds';
import { LANGUAGES, expectWhole, serviceRulesTranslator } from '../requests/serviceRulesTranslator';

/** Written out by hand: what each kind may be linked to. */
const EXPECTED_LINKS: Readonly<Record<HonourKind, readonly HonourLinkKind[]>> = {
  excellentVolunteer: ['volunteer'],
  excellentOrganisation: ['team'],
  excellentProject: ['project'],
  excellentCommunity: ['community'],
  moralModel: ['volunteer'],
  goodPerson: ['volunteer'],
  civilisedFamily: ['family', 'volunteer'],
};

describe('honour kinds', () => {
  it('are the four of each, moral models, good people and civilised families, at four levels', () => {
    expect(HONOUR_KINDS).toEqual(['excellentVolunteer', 'excellentOrganisation', 'excellentProject', 'excellentCommunity', 'moralModel', 'goodPerson', 'civilisedFamily']);
    expect(FOUR_OF_EACH_KINDS).toEqual(HONOUR_KINDS.slice(0, 4));
    expect(HONOUR_LEVELS).toEqual(['national', 'provincial', 'city', 'county']);
  });

  it.each(HONOUR_KINDS.flatMap((kind) => HONOUR_LINK_KINDS.map((link) => [kind, link] as const)))('%s linked to %s', (kind, link) => {
    const allowed = EXPECTED_LINKS[kind].includes(link);
    expect(isAllowedHonourLink(kind, link)).toBe(allowed);
    expect(honourLinkProblem(kind, link)).toEqual(allowed ? null : { key: HONOUR_LINK_NOT_ALLOWED_KEY, params: { kind, link } });
  });

  it('lists the usual link first', () => {
    expect(HONOUR_LINKS.civilisedFamily[0]).toBe('family');
  });

  it('links records by id and families and communities by name', () => {
    expect(HONOUR_LINK_REFERS).toEqual({ volunteer: 'record', team: 'record', project: 'record', family: 'name', community: 'name' });
  });
});

describe('honour words', () => {
  it.each(LANGUAGES)('every kind, link and level has a whole %s text', async (language) => {
    const t = await serviceRulesTranslator(language);
    const keys = [...HONOUR_KINDS.map(honourKindKey), ...HONOUR_LINK_KINDS.map(honourLinkKey), ...HONOUR_LEVELS.map(honourLevelKey)];
    for (const key of keys) {
      expect(t.exists(key), key).toBe(true);
      expectWhole(t.t(key), key);
    }
  });

  it('names the Chinese honours as they are awarded', async () => {
    const t = await serviceRulesTranslator('zh-CN');
    expect(HONOUR_KINDS.map((kind) => t.t(honourKindKey(kind)))).toEqual([
      '优秀志愿者',
      '优秀志愿服务组织',
      '优秀志愿服务项目',
      '优秀志愿服务社区',
      '道德模范',
      '好人（身边好人）',
      '文明家庭',
    ]);
    expect(t.t(HONOUR_LINK_NOT_ALLOWED_KEY, { kind: 'excellentProject', link: 'volunteer' })).toBe('“优秀志愿服务项目”不能关联到志愿者');
  });

  it('names a refused link in English', async () => {
    const t = await serviceRulesTranslator('en');
    expect(t.t(HONOUR_LINK_NOT_ALLOWED_KEY, { kind: 'moralModel', link: 'team' })).toBe('“Moral model” cannot be linked to a team (organisation)');
  });
});
