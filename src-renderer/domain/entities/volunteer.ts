import { z } from 'zod';
import { GENDERS, ID_TYPES, POLITICAL_STATUSES } from '../catalog';
import { checkIdNumber, idNumberMessageKey, normalizeIdNumber } from '../idNumber';
import { checkPhone } from '../phone';
import { pinyinKeys } from '../pinyin';
import { issuesFromZod, type FieldIssue, type Parsed } from '../issues';
import {
  docMetaShape,
  isoDateSchema,
  optionalIsoDateSchema,
  optionalText,
  refIdSchema,
  requiredText,
} from './common';

/** What the keeper types (the form) or what an import row maps to. */
export const volunteerInputSchema = z.object({
  name: requiredText(30),
  gender: z.enum(GENDERS, { error: 'validation.required' }),
  idType: z.enum(ID_TYPES).default('resident_id'),
  idNumber: requiredText(30),
  /** Optional on input: derived from a resident ID number, and checked against it when typed. */
  birthDate: optionalIsoDateSchema,
  phone: z.string().trim().default(''),
  politicalStatus: z.enum(POLITICAL_STATUSES, { error: 'validation.required' }),
  skills: z.array(z.string().trim().min(1).max(20, 'validation.tooLong')).max(30).default([]),
  teamIds: z.array(refIdSchema).max(50).default([]),
  joinDate: isoDateSchema,
  /** 志愿者编号, printed on the service certificate; the national platform's number when the station has it. */
  volunteerNo: optionalText(40),
  notes: optionalText(500),
});
export type VolunteerInput = z.input<typeof volunteerInputSchema>;

/** The normalised fields a volunteer document stores, besides its metadata. */
export interface VolunteerFields {
  name: string;
  namePinyin: string;
  nameInitials: string;
  gender: (typeof GENDERS)[number];
  idType: (typeof ID_TYPES)[number];
  idNumber: string;
  birthDate: string;
  phone: string;
  politicalStatus: (typeof POLITICAL_STATUSES)[number];
  skills: string[];
  teamIds: string[];
  joinDate: string;
  volunteerNo: string;
  notes: string;
  active: boolean;
}

export const volunteerDocSchema = z.object({
  ...docMetaShape,
  name: z.string().min(1).max(30),
  namePinyin: z.string().max(200),
  nameInitials: z.string().max(60),
  gender: z.enum(GENDERS),
  idType: z.enum(ID_TYPES),
  idNumber: z.string().min(1).max(30),
  birthDate: z.string().max(10),
  phone: z.string().max(30),
  politicalStatus: z.enum(POLITICAL_STATUSES),
  skills: z.array(z.string().max(20)).max(30),
  teamIds: z.array(z.string().max(64)).max(50),
  joinDate: z.string().max(10),
  volunteerNo: z.string().max(40),
  notes: z.string().max(500),
  active: z.boolean(),
});
export type VolunteerDoc = z.infer<typeof volunteerDocSchema>;

/**
 * Validates and normalises a volunteer as the form and the import both need it: the ID number's checksum,
 * its birth date and gender against what was typed, the phone's format. `active` is kept from the
 * existing record; a new volunteer is active.
 */
export function parseVolunteerInput(input: unknown, active = true): Parsed<VolunteerFields> {
  const parsed = volunteerInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const v = parsed.data;
  const issues: FieldIssue[] = [];

  let idNumber = normalizeIdNumber(v.idNumber);
  let birthDate = v.birthDate;
  if (v.idType === 'resident_id') {
    const id = checkIdNumber(idNumber);
    if (!id.ok) {
      issues.push({ field: 'idNumber', key: idNumberMessageKey(id.problem) });
    } else {
      idNumber = id.value;
      if (birthDate !== '' && birthDate !== id.birthDate) {
        issues.push({ field: 'birthDate', key: 'validation.idNumber.birthDateMismatch', params: { birthDate: id.birthDate } });
      }
      if (v.gender !== id.gender) {
        issues.push({ field: 'gender', key: 'validation.idNumber.genderMismatch' });
      }
      birthDate = id.birthDate;
    }
  }

  let phone = '';
  if (v.phone !== '') {
    const p = checkPhone(v.phone);
    if (p.ok) phone = p.value;
    else issues.push({ field: 'phone', key: 'validation.phone.invalid' });
  }

  if (issues.length > 0) return { ok: false, issues };
  const keys = pinyinKeys(v.name);
  return {
    ok: true,
    value: {
      name: v.name,
      namePinyin: keys.full,
      nameInitials: keys.initials,
      gender: v.gender,
      idType: v.idType,
      idNumber,
      birthDate,
      phone,
      politicalStatus: v.politicalStatus,
      skills: [...new Set(v.skills)],
      teamIds: [...new Set(v.teamIds)],
      joinDate: v.joinDate,
      volunteerNo: v.volunteerNo,
      notes: v.notes,
      active,
    },
  };
}
