import fc from 'fast-check';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { HONOUR_KINDS, HONOUR_LINK_KINDS, isAllowedHonourLink } from '../../../src-renderer/domain/honours/honourKinds';
import { parseHonourInput } from '../../../src-renderer/records/honour/shape';
import { openTestLedger, TEST_STATION, volunteerInput } from '../../support/testLedger';

const familyHonour = { kind: 'civilisedFamily', level: 'county', year: 2024, linkKind: 'family', linkName: '张明家庭' };

function keysOf(result: ReturnType<typeof parseHonourInput>): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.field}:${i.key}`);
}

describe('an honour as the keeper types it', () => {
  it.each([2024, '2024', ' 2024 ', '２０２４', '2024\t'])('takes the year %j', (year) => {
    const parsed = parseHonourInput({ ...familyHonour, year });
    expect(parsed.ok && parsed.value.year).toBe(2024);
  });

  it.each(['24', '二〇二四', '2024.5', '', '1800'])('refuses the year %j and says how to write it', (year) => {
    expect(keysOf(parseHonourInput({ ...familyHonour, year }))).toContain('year:validation.honours.year');
  });

  it('needs the family named for a family link, and a record chosen for a volunteer link', () => {
    expect(keysOf(parseHonourInput({ ...familyHonour, linkName: '  ' }))).toEqual(['linkName:validation.required']);
    expect(keysOf(parseHonourInput({ kind: 'excellentVolunteer', level: 'city', year: 2024, linkKind: 'volunteer' }))).toEqual(['linkId:validation.required']);
  });

  it('keeps only the link that applies, so a stored honour never names one thing and points at another', () => {
    const parsed = parseHonourInput({ ...familyHonour, linkId: 'volunteer:stale' });
    expect(parsed.ok && [parsed.value.linkId, parsed.value.linkName]).toEqual(['', '张明家庭']);
  });

  it('refuses an award date outside the year given', () => {
    expect(keysOf(parseHonourInput({ ...familyHonour, awardedDate: '2023-12-30' }))).toEqual(['awardedDate:validation.honours.dateYear']);
  });

  it('links each kind only to what it may honour, over every kind and link', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HONOUR_KINDS), fc.constantFrom(...HONOUR_LINK_KINDS), (kind, linkKind) => {
        const parsed = parseHonourInput({ kind, level: 'city', year: 2024, linkKind, linkId: 'volunteer:1', linkName: '某某' });
        expect(keysOf(parsed).includes('linkKind:validation.honours.link')).toBe(!isAllowedHonourLink(kind, linkKind));
      }),
    );
  });
});

describe('honours on record', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('are kept per volunteer, newest year and highest level first, and follow edits and removals', async () => {
    const volunteer = await ledger.volunteers.create(volunteerInput());
    const base = { kind: 'excellentVolunteer', linkKind: 'volunteer', linkId: volunteer.id };
    const county = await ledger.honours.create({ ...base, level: 'county', year: 2023 });
    await ledger.honours.create({ ...base, level: 'city', year: 2024, batch: '第二批' });
    await ledger.honours.create({ ...base, level: 'provincial', year: 2024 });
    await ledger.honours.create(familyHonour);

    const of = () => firstValueFrom(ledger.honours.of$(volunteer.id));
    expect((await of()).map((h) => `${h.year} ${h.level}`)).toEqual(['2024 provincial', '2024 city', '2023 county']);
    expect((await ledger.honours.all()).length).toBe(4);

    await ledger.honours.update(county.id, { ...base, level: 'national', year: 2023 });
    expect((await of()).map((h) => h.level)).toContain('national');
    await ledger.honours.remove(county.id);
    expect((await of()).length).toBe(2);
    expect(county.id.startsWith('honour:')).toBe(true);
    expect(county.stationId).toBe(TEST_STATION.code);
  });

  it('a refused honour saves nothing', async () => {
    await expect(ledger.honours.create({ ...familyHonour, year: '24' })).rejects.toBeInstanceOf(ValidationError);
    expect(await ledger.honours.all()).toEqual([]);
  });
});
