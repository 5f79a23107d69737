import type { Gender, IdType, PoliticalStatus } from '../../domain/catalog';
import type { VolunteerDoc, VolunteerInput } from '../../domain/entities/volunteer';
import { checkIdNumber, idNumberMessageKey } from '../../domain/idNumber';
import { checkPhone, PHONE_INVALID_KEY } from '../../domain/phone';

/**
 * What the antd form holds: dates as 'YYYY-MM-DD' strings ('' when empty, refused text while DateInput
 * reports it), unpicked choices as undefined.
 */
export interface VolunteerFormValues {
  name: string;
  gender: Gender | undefined;
  idType: IdType;
  idNumber: string;
  birthDate: string;
  phone: string;
  politicalStatus: PoliticalStatus | undefined;
  skills: string[];
  teamIds: string[];
  joinDate: string;
  volunteerNo: string;
  notes: string;
}

/** The repository's input; an unpicked choice stays undefined so that the repository reports it as required. */
export type VolunteerFormInput = Omit<VolunteerInput, 'gender' | 'politicalStatus'> & {
  gender: Gender | undefined;
  politicalStatus: PoliticalStatus | undefined;
};

/** A new registration: resident ID card, joined today. */
export function newVolunteerFormValues(today: string): VolunteerFormValues {
  return {
    name: '',
    gender: undefined,
    idType: 'resident_id',
    idNumber: '',
    birthDate: '',
    phone: '',
    politicalStatus: undefined,
    skills: [],
    teamIds: [],
    joinDate: today,
    volunteerNo: '',
    notes: '',
  };
}

export function formValuesFromVolunteer(v: VolunteerDoc): VolunteerFormValues {
  return {
    name: v.name,
    gender: v.gender,
    idType: v.idType,
    idNumber: v.idNumber,
    birthDate: v.birthDate,
    phone: v.phone,
    politicalStatus: v.politicalStatus,
    skills: [...v.skills],
    teamIds: [...v.teamIds],
    joinDate: v.joinDate,
    volunteerNo: v.volunteerNo,
    notes: v.notes,
  };
}

/** antd leaves a cleared input undefined; the repository wants strings and arrays. */
export function volunteerInputFromForm(values: Partial<VolunteerFormValues>): VolunteerFormInput {
  return {
    name: values.name ?? '',
    gender: values.gender,
    idType: values.idType ?? 'resident_id',
    idNumber: values.idNumber ?? '',
    birthDate: values.birthDate ?? '',
    phone: values.phone ?? '',
    politicalStatus: values.politicalStatus,
    skills: values.skills ?? [],
    teamIds: values.teamIds ?? [],
    joinDate: values.joinDate ?? '',
    volunteerNo: values.volunteerNo ?? '',
    notes: values.notes ?? '',
  };
}

/** Birth date and gender read from a valid resident ID number, to fill the form; null for anything else. */
export function identityFromIdNumber(idType: IdType, idNumber: string): { birthDate: string; gender: Gender } | null {
  if (idType !== 'resident_id') return null;
  const id = checkIdNumber(idNumber);
  return id.ok ? { birthDate: id.birthDate, gender: id.gender } : null;
}

/**
 * The i18n key of what is wrong with a typed ID number, for instant feedback on the field; null when it is
 * fine, empty (the required rule speaks then) or not a resident ID (no checksum to verify).
 */
export function idNumberProblemKey(idType: IdType, idNumber: string): string | null {
  if (idType !== 'resident_id' || idNumber.trim() === '') return null;
  const id = checkIdNumber(idNumber);
  return id.ok ? null : idNumberMessageKey(id.problem);
}

/** The i18n key for a phone that is neither a mainland mobile nor a landline; the phone is optional. */
export function phoneProblemKey(phone: string): string | null {
  if (phone.trim() === '') return null;
  return checkPhone(phone).ok ? null : PHONE_INVALID_KEY;
}
