import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/data/errors';
import type { Ledger } from '../../../../src-renderer/data/session';
import {
  formValuesFromVolunteer,
  identityFromIdNumber,
  idNumberProblemKey,
  newVolunteerFormValues,
  phoneProblemKey,
  volunteerInputFromForm,
  type VolunteerFormValues,
} from '../../../../src-renderer/features/volunteers/formValues';
import { openTestLedger, TEST_STATION, withCheckChar } from '../../../support/testLedger';

const MALE_1980 = withCheckChar('37010219800101001');
const FEMALE_1992 = withCheckChar('37010219920315002');

function wrongCheckChar(id: string): string {
  return `${id.slice(0, 17)}${id.endsWith('1') ? '2' : '1'}`;
}

function filledForm(overrides: Partial<VolunteerFormValues> = {}): VolunteerFormValues {
  const identity = identityFromIdNumber('resident_id', MALE_1980);
  return {
    ...newVolunteerFormValues('2024-03-05'),
    name: '张三',
    idNumber: MALE_1980,
    gender: identity?.gender,
    birthDate: identity?.birthDate ?? '',
    phone: '139 1234 5678',
    politicalStatus: 'cpc_member',
    skills: ['义诊', '理发'],
    ...overrides,
  };
}

describe('a new volunteer form', () => {
  it('starts with the resident ID card and today as the join date', () => {
    const values = newVolunteerFormValues('2024-03-05');
    expect(values.idType).toBe('resident_id');
    expect(values.joinDate).toBe('2024-03-05');
    expect(values.gender).toBeUndefined();
    expect(values.birthDate).toBe('');
  });
});

describe('reading the ID number', () => {
  it('gives birth date and gender from a valid resident ID number', () => {
    const male = identityFromIdNumber('resident_id', MALE_1980);
    expect(male?.birthDate).toBe('1980-01-01');
    expect(male?.gender).toBe('male');
    const female = identityFromIdNumber('resident_id', ` ${FEMALE_1992.toLowerCase()} `);
    expect(female?.birthDate).toBe('1992-03-15');
    expect(female?.gender).toBe('female');
  });

  it('gives nothing for an invalid number or another kind of document', () => {
    expect(identityFromIdNumber('resident_id', wrongCheckChar(MALE_1980))).toBeNull();
    expect(identityFromIdNumber('resident_id', MALE_1980.slice(0, 17))).toBeNull();
    expect(identityFromIdNumber('passport', MALE_1980)).toBeNull();
  });

  it('names the problem with a typed number, as the repository would', () => {
    expect(idNumberProblemKey('resident_id', wrongCheckChar(MALE_1980))).toBe('validation.idNumber.checksum');
    expect(idNumberProblemKey('resident_id', '3701021980')).toBe('validation.idNumber.length');
    expect(idNumberProblemKey('resident_id', MALE_1980)).toBeNull();
    // Empty is the required rule's business; other documents have no checksum to verify.
    expect(idNumberProblemKey('resident_id', '')).toBeNull();
    expect(idNumberProblemKey('passport', 'E12345678')).toBeNull();
  });

  it('accepts mainland mobiles and landlines, and an empty phone', () => {
    expect(phoneProblemKey('13912345678')).toBeNull();
    expect(phoneProblemKey('0531-88886666')).toBeNull();
    expect(phoneProblemKey('')).toBeNull();
    expect(phoneProblemKey('12345')).toBe('validation.phone.invalid');
  });
});

describe('saving what the form holds', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('registers the volunteer the keeper typed, with normalised phone and dates', async () => {
    const saved = await ledger.volunteers.create(volunteerInputFromForm(filledForm()));
    expect(saved).toMatchObject({
      name: '张三',
      gender: 'male',
      idType: 'resident_id',
      idNumber: MALE_1980,
      birthDate: '1980-01-01',
      phone: '13912345678',
      politicalStatus: 'cpc_member',
      skills: ['义诊', '理发'],
      joinDate: '2024-03-05',
      active: true,
    });
  });

  it('saves nothing when the check digit is wrong, and says so on the ID field', async () => {
    const attempt = ledger.volunteers.create(volunteerInputFromForm(filledForm({ idNumber: wrongCheckChar(MALE_1980) })));
    await expect(attempt).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.field === 'idNumber' && i.key === 'validation.idNumber.checksum'),
    );
    expect(await ledger.volunteers.all()).toHaveLength(0);
  });

  it('reports unpicked choices as required on their fields', async () => {
    const attempt = ledger.volunteers.create(volunteerInputFromForm({ name: '张三', idNumber: MALE_1980 }));
    await expect(attempt).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof ValidationError &&
        ['gender', 'politicalStatus', 'joinDate'].every((field) => e.issues.some((i) => i.field === field)),
    );
  });

  it('opens a saved volunteer in the edit form and saves it back unchanged', async () => {
    const saved = await ledger.volunteers.create(volunteerInputFromForm(filledForm({ teamIds: ['team:a'], notes: '会开车' })));
    const values = formValuesFromVolunteer(saved);
    expect(values.birthDate).toBe('1980-01-01');
    const again = await ledger.volunteers.update(saved.id, volunteerInputFromForm(values));
    const { updatedAt: _a, ...before } = saved;
    const { updatedAt: _b, ...after } = again;
    expect(after).toEqual(before);
  });

  it('keeps a document without a birth date as having none', async () => {
    const saved = await ledger.volunteers.create(
      volunteerInputFromForm(filledForm({ idType: 'passport', idNumber: 'E12345678', gender: 'female', birthDate: '' })),
    );
    expect(saved.birthDate).toBe('');
    expect(formValuesFromVolunteer(saved).birthDate).toBe('');
  });
});
