import type { TFunction } from 'i18next';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { HONOUR_KINDS } from '../../../../src-renderer/domain/honours/honourKinds';
import { filterHonours, honourRows, honourYears, namesById, type LinkNames } from '../../../../src-renderer/features/honours/honourRows';
import { honouredLabel, honourLabel, levelLabel } from '../../../../src-renderer/features/honours/honourText';
import { initI18n } from '../../../../src-renderer/i18n';
import type { HonourDoc } from '../../../../src-renderer/records/honour/shape';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

function honour(fields: Partial<HonourDoc>): HonourDoc {
  return {
    id: 'honour:1',
    stationId: 'S',
    createdAt: '2024-05-01T00:00:00.000Z',
    updatedAt: '2024-05-01T00:00:00.000Z',
    updatedBy: 'pc',
    kind: 'excellentVolunteer',
    level: 'city',
    year: 2024,
    batch: '',
    title: '',
    awardedBy: '',
    awardedDate: '',
    linkKind: 'volunteer',
    linkId: 'volunteer:1',
    linkName: '',
    notes: '',
    ...fields,
  };
}

const names: LinkNames = {
  volunteer: namesById([{ id: 'volunteer:1', name: '孙秀兰' }]),
  team: namesById([{ id: 'team:1', name: '红马甲服务队' }]),
  project: namesById([]),
};

describe('the honours list', () => {
  it('names the honoured record as it is called now, a family as typed, and a deleted record as deleted', () => {
    const rows = honourRows(
      [
        honour({}),
        honour({ id: 'honour:2', kind: 'excellentOrganisation', linkKind: 'team', linkId: 'team:1' }),
        honour({ id: 'honour:3', kind: 'civilisedFamily', linkKind: 'family', linkId: '', linkName: '张明家庭' }),
        honour({ id: 'honour:4', kind: 'excellentProject', linkKind: 'project', linkId: 'project:gone' }),
      ],
      names,
    );
    expect(rows.map((r) => honouredLabel(r, t))).toEqual(['孙秀兰', '红马甲服务队', '张明家庭', '（已删除的实践项目）']);
  });

  it('shows the honour’s own wording when recorded, else its kind, and the level in Chinese', () => {
    expect(honourLabel({ kind: 'excellentVolunteer', title: '' }, t)).toBe('优秀志愿者');
    expect(honourLabel({ kind: 'excellentVolunteer', title: '2024年度济南市优秀志愿者' }, t)).toBe('2024年度济南市优秀志愿者');
    expect(levelLabel({ level: 'city' }, t)).toBe('市级');
  });

  it('filters by year and kind: what is shown is exactly what matches both', () => {
    const row = fc.record({ year: fc.integer({ min: 2018, max: 2026 }), kind: fc.constantFrom(...HONOUR_KINDS) });
    const filter = fc.record({ year: fc.option(fc.integer({ min: 2018, max: 2026 })), kind: fc.option(fc.constantFrom(...HONOUR_KINDS)) });
    fc.assert(
      fc.property(fc.array(row), filter, (rows, f) => {
        const shown = filterHonours(rows, f);
        expect(shown).toEqual(rows.filter((r) => (f.year === null || r.year === f.year) && (f.kind === null || r.kind === f.kind)));
        expect(filterHonours(rows, { year: null, kind: null })).toEqual(rows);
      }),
    );
  });

  it('offers each year that has honours once, newest first', () => {
    expect(honourYears([{ year: 2022 }, { year: 2024 }, { year: 2022 }, { year: 2023 }])).toEqual([2024, 2023, 2022]);
    expect(honourYears([])).toEqual([]);
  });
});
