import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HONOUR_KINDS, HONOUR_LINK_KINDS, isAllowedHonourLink } from '../../../../src-renderer/domain/honours/honourKinds';
import { defaultKindFor, honourFormFromDoc, linkAfterKindChange, newHonourForm, toHonourInput, type HonourFormValues } from '../../../../src-renderer/features/honours/honourForm';
import { editHonourPath, newHonourPath, RECORD_LINK_KINDS, recordLinkFromSearch, recordPagePath } from '../../../../src-renderer/features/honours/paths';
import { parseHonourInput, type HonourDoc } from '../../../../src-renderer/records/honour/shape';

/** The query string of an in-app path, as the form screen reads it. */
const searchOf = (path: string) => new URL(path, 'app://station').searchParams;

/** What a keeper has filled in for 优秀志愿者 市级 2024 for one volunteer. */
const filled: HonourFormValues = {
  ...newHonourForm(2026),
  kind: 'excellentVolunteer',
  level: 'city',
  year: '2024',
  linkKind: 'volunteer',
  linkId: 'volunteer:01JVOL',
};

describe('a new honour from a record’s page', () => {
  it('starts with that record chosen and the kind it usually receives', () => {
    expect(newHonourForm(2026, { linkKind: 'volunteer', linkId: 'volunteer:1' })).toMatchObject({ kind: 'excellentVolunteer', linkKind: 'volunteer', linkId: 'volunteer:1', year: '2026' });
    expect(newHonourForm(2026, { linkKind: 'team', linkId: 'team:1' })).toMatchObject({ kind: 'excellentOrganisation', linkKind: 'team', linkId: 'team:1' });
    expect(newHonourForm(2026, { linkKind: 'project', linkId: 'project:1' })).toMatchObject({ kind: 'excellentProject', linkKind: 'project' });
  });

  it('starts empty apart from this year when opened from the list', () => {
    expect(newHonourForm(2026)).toMatchObject({ kind: undefined, level: undefined, linkKind: undefined, linkId: '', year: '2026' });
  });

  it('gives every link kind a kind that allows it', () => {
    for (const link of HONOUR_LINK_KINDS) {
      const kind = defaultKindFor(link);
      expect(kind, link).toBeDefined();
      if (kind) expect(isAllowedHonourLink(kind, link)).toBe(true);
    }
  });

  it('carries the record in its address, the id with its colon, and reads it back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORD_LINK_KINDS), fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''), (linkKind, id) => {
        const path = newHonourPath({ linkKind, linkId: id });
        expect(path.startsWith('/honours/new?')).toBe(true);
        expect(recordLinkFromSearch(searchOf(path))).toEqual({ linkKind, linkId: id });
      }),
    );
    expect(newHonourPath()).toBe('/honours/new');
    expect(recordLinkFromSearch(searchOf('/honours/new?volunteer=%20'))).toBeNull();
    expect(editHonourPath('honour:01J/X')).toBe('/honours/honour%3A01J%2FX/edit');
    expect(recordPagePath({ linkKind: 'volunteer', linkId: 'volunteer:1' })).toBe('/volunteers/volunteer:1');
  });
});

describe('the link follows the kind', () => {
  it('always ends on a link the new kind allows, keeping the chosen record only when it still applies', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HONOUR_KINDS), fc.option(fc.constantFrom(...HONOUR_LINK_KINDS), { nil: undefined }), fc.string(), (kind, linkKind, linkId) => {
        const next = linkAfterKindChange(kind, { linkKind, linkId });
        expect(next.linkKind !== undefined && isAllowedHonourLink(kind, next.linkKind)).toBe(true);
        if (linkKind !== undefined && isAllowedHonourLink(kind, linkKind)) expect(next).toEqual({ linkKind, linkId });
        else expect(next.linkId).toBe('');
      }),
    );
  });

  it('keeps a volunteer chosen for 优秀志愿者 when it becomes 文明家庭, and drops them for an organisation', () => {
    expect(linkAfterKindChange('civilisedFamily', { linkKind: 'volunteer', linkId: 'volunteer:1' })).toEqual({ linkKind: 'volunteer', linkId: 'volunteer:1' });
    expect(linkAfterKindChange('excellentOrganisation', { linkKind: 'volunteer', linkId: 'volunteer:1' })).toEqual({ linkKind: 'team', linkId: '' });
  });
});

describe('what the form hands the repository', () => {
  it('is stored as typed, full-width year and spaces included', () => {
    const parsed = parseHonourInput(toHonourInput({ ...filled, year: ' ２０２４ ', batch: ' 第三批 ', linkName: '张明家庭' }));
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({ kind: 'excellentVolunteer', level: 'city', year: 2024, batch: '第三批', linkId: 'volunteer:01JVOL', linkName: '' }) as unknown,
    });
  });

  it('names the year field, a form field, for a year of two digits', () => {
    const parsed = parseHonourInput(toHonourInput({ ...filled, year: '24' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toEqual([expect.objectContaining({ field: 'year', key: 'validation.honours.year' })]);
      expect(Object.keys(filled)).toContain(parsed.issues[0]?.field);
    }
  });

  it('refuses a missing link on the field the form shows for it', () => {
    const family = parseHonourInput(toHonourInput({ ...filled, kind: 'civilisedFamily', linkKind: 'family', linkId: '', linkName: ' ' }));
    expect(family.ok ? [] : family.issues.map((i) => i.field)).toEqual(['linkName']);
    const volunteer = parseHonourInput(toHonourInput({ ...filled, linkId: '' }));
    expect(volunteer.ok ? [] : volunteer.issues.map((i) => i.field)).toEqual(['linkId']);
  });

  it('reads back from a stored honour unchanged', () => {
    const parsed = parseHonourInput(toHonourInput({ ...filled, title: '2024年度济南市优秀志愿者', awardedDate: '2024-03-05' }));
    if (!parsed.ok) throw new Error('the filled form should be valid');
    const doc: HonourDoc = { ...parsed.value, id: 'honour:1', stationId: 'S', createdAt: '', updatedAt: '', updatedBy: '' };
    expect(parseHonourInput(toHonourInput(honourFormFromDoc(doc)))).toEqual(parsed);
  });
});
