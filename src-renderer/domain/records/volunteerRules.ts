import type { ID_TYPES } from '../catalog';
import { parseVolunteerInput, type VolunteerDoc, type VolunteerFields, type VolunteerInput } from '../entities/volunteer';
import { checkIdNumber, normalizeIdNumber, type IdNumberCheck } from '../idNumber';
import type { Parsed } from '../issues';
import { checkPhone } from '../phone';
import { quoted } from './cellRead';
import { readDateCell } from './cellDates';
import { readMonthOrDay, requireDate } from './dateFields';
import { cellText } from './cellText';
import { readIdNumber, readName, readPhone, readText, splitList } from './cellValues';
import { looksMasked } from './maskedValues';
import { parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import type { LedgerSnapshot } from './snapshot';
import { allowedLabels, labelOf, lookupActive, lookupCode, normalizeWord, type VocabularyGroup } from './vocabulary';

type IdType = (typeof ID_TYPES)[number];

/** Excel's 15 significant digits turn the last three of an 18-digit ID into 000. */
const PRECISION_LOST = /^\d{15}000$/;

/** Harmless values for fields already reported, so the rest of the row is still checked (see parseCollectingAll). */
const STAND_INS = {
  name: '-',
  gender: 'male',
  idType: 'other',
  idNumber: 'X',
  birthDate: '',
  phone: '',
  politicalStatus: 'masses',
  skills: [],
  teamIds: [],
  joinDate: '2000-01-01',
  volunteerNo: '',
  notes: '',
};

export function readCode(row: RowReader, problems: RowProblems, field: string, group: VocabularyGroup): string | undefined {
  const text = problems.take(field, readText(row.cell(field)));
  if (text === undefined || text === '') return undefined;
  const code = lookupCode(group, text);
  if (code === null) problems.error(field, 'importExport.issue.unknownOption', { value: quoted(text), allowed: allowedLabels(group) });
  return code ?? undefined;
}

/** The key the issue list uses for a masked ID number: the preview sums these rows up in one message. */
export const MASKED_ID_NUMBER_KEY = 'importExport.issue.maskedIdNumber';

function inputOf(v: VolunteerDoc): VolunteerInput {
  return {
    name: v.name,
    gender: v.gender,
    idType: v.idType,
    idNumber: v.idNumber,
    birthDate: v.birthDate,
    phone: v.phone,
    politicalStatus: v.politicalStatus,
    skills: v.skills,
    teamIds: v.teamIds,
    joinDate: v.joinDate,
    volunteerNo: v.volunteerNo,
    notes: v.notes,
  };
}

function idTypeOf(row: RowReader): IdType {
  const code = row.filled('idType') ? lookupCode('idType', cellText(row.cell('idType'))) : null;
  return (code as IdType | null) ?? 'resident_id';
}

interface PersonContext {
  existing: boolean;
  /** The resident ID number's check, when the row has one; null for other documents. */
  id: IdNumberCheck | null;
}

/** Male or female; with a valid resident ID a blank or unreadable cell takes the ID's, said so. */
function readGender(row: RowReader, problems: RowProblems, input: Record<string, unknown>, context: PersonContext & { residentId: boolean }): void {
  const { id } = context;
  if (!row.filled('gender')) {
    if (context.existing || !context.residentId) return;
    if (id?.ok) input.gender = id.gender;
    // The ID number's own problem is reported; the gender follows from it once it is fixed.
    else problems.excuse('gender');
    return;
  }
  const text = cellText(row.cell('gender')).trim();
  const code = lookupCode('gender', text);
  if (code !== null) {
    input.gender = code;
    return;
  }
  if (id?.ok) {
    problems.warn('gender', 'importExport.warn.genderFromId', { value: quoted(text), gender: labelOf('gender', id.gender) });
    input.gender = id.gender;
    return;
  }
  problems.error('gender', 'importExport.issue.unknownOption', { value: quoted(text), allowed: allowedLabels('gender') });
}

/**
 * 出生日期 / 出生年月. A resident ID number carries the birth date and is checked by its check character,
 * so with a valid one the ID wins: a blank cell, a month, an unreadable or a different date all become
 * the ID's date, each said so. Without one, a month is its first day and an unreadable value is left out.
 */
function readBirthDate(row: RowReader, problems: RowProblems, input: Record<string, unknown>, context: { existing: boolean; id: { birthDate: string } | null }): void {
  const { id } = context;
  const text = cellText(row.cell('birthDate')).trim();
  const value = quoted(text);
  if (!row.filled('birthDate')) {
    if (id && row.mapped('birthDate') && !context.existing) problems.note('birthDate', 'importExport.note.birthDateFromId', { iso: id.birthDate });
    return;
  }
  const read = readDateCell(row.cell('birthDate'), row.date1904, 'firstDay');
  if (id) {
    input.birthDate = id.birthDate;
    if (!read.ok) problems.warn('birthDate', 'importExport.warn.birthDateUnreadableFromId', { value, iso: id.birthDate });
    else if (read.value.fromMonth && read.value.iso.slice(0, 7) === id.birthDate.slice(0, 7)) {
      problems.note('birthDate', 'importExport.note.birthMonthFromId', { value, iso: id.birthDate });
    } else if (read.value.iso !== id.birthDate) problems.warn('birthDate', 'importExport.warn.birthDateConflict', { value, iso: id.birthDate });
    return;
  }
  if (!read.ok) {
    problems.warn('birthDate', context.existing ? 'importExport.warn.optionalKept' : 'importExport.warn.optionalDropped', { value });
    if (!context.existing) input.birthDate = '';
    return;
  }
  if (read.value.fromMonth) problems.note('birthDate', 'importExport.note.monthStart', { value, iso: read.value.iso });
  input.birthDate = read.value.iso;
}

/** A phone the import cannot use (masked by an export, or no phone number at all) is left out, said so. */
function readOptionalPhone(row: RowReader, problems: RowProblems, input: Record<string, unknown>, updating: boolean): void {
  const read = readPhone(row.cell('phone'));
  const text = read.ok ? read.value : cellText(row.cell('phone'));
  if (read.ok && (read.value === '' || checkPhone(read.value).ok)) {
    input.phone = read.value;
    return;
  }
  const value = quoted(text);
  if (looksMasked(text)) problems.warn('phone', updating ? 'importExport.warn.maskedPhoneKept' : 'importExport.warn.maskedPhoneDropped', { value });
  else problems.warn('phone', updating ? 'importExport.warn.optionalKept' : 'importExport.warn.phoneDropped', { value });
  if (!updating) input.phone = '';
}

/** 政治面貌: the catalogue's words and common others; a word read as another (无 → 群众) is said so. */
function readPolitical(row: RowReader, problems: RowProblems): string | undefined {
  const code = readCode(row, problems, 'politicalStatus', 'political');
  if (code === undefined) return undefined;
  const text = cellText(row.cell('politicalStatus')).trim();
  const label = labelOf('political', code);
  if (normalizeWord(text) !== normalizeWord(label)) problems.note('politicalStatus', 'importExport.note.readAs', { value: quoted(text), label });
  return code;
}

/**
 * Volunteers: identified by ID number. On an update, blank cells keep what the ledger has; gender and
 * birth date may be left out for a resident ID, which carries both.
 */
export function volunteerRules(snapshot: LedgerSnapshot): KindRules<VolunteerFields, VolunteerDoc> {
  const byIdNumber = new Map(snapshot.volunteers.map((v) => [normalizeIdNumber(v.idNumber), v]));
  const teamByName = new Map(snapshot.teams.map((t) => [normalizeWord(t.name), t.id]));

  return {
    identityField: 'idNumber',
    identify(row) {
      const read = readIdNumber(row.cell('idNumber'), idTypeOf(row) === 'resident_id');
      // Masked numbers (370***********0015) of different people look alike: they identify nobody.
      if (!read.ok || looksMasked(read.value)) return null;
      const id = normalizeIdNumber(read.value);
      return id === '' ? null : id;
    },
    existing: (key) => byIdNumber.get(key),
    label: (row) => cellText(row.cell('name')).trim().slice(0, 30),

    check(row, existing, problems) {
      const base: Partial<VolunteerInput> = existing ? inputOf(existing) : {};
      const input: Record<string, unknown> = { ...base };
      const filled = (field: string) => row.filled(field);

      if (filled('name')) input.name = problems.take('name', readName(row.cell('name')));
      const idType = filled('idType') ? readCode(row, problems, 'idType', 'idType') : (base.idType ?? 'resident_id');
      input.idType = idType;
      const residentId = (idType ?? 'resident_id') === 'resident_id';
      if (filled('idNumber')) {
        const read = readIdNumber(row.cell('idNumber'), residentId);
        if (read.ok && looksMasked(read.value)) problems.error('idNumber', MASKED_ID_NUMBER_KEY, { value: quoted(read.value) });
        else input.idNumber = problems.take('idNumber', read);
      }
      const id = residentId && typeof input.idNumber === 'string' ? checkIdNumber(input.idNumber) : null;

      readGender(row, problems, input, { existing: existing !== null, residentId, id });
      readBirthDate(row, problems, input, { existing: existing !== null, id: id?.ok ? id : null });
      if (filled('phone')) readOptionalPhone(row, problems, input, existing !== null);
      if (filled('politicalStatus')) input.politicalStatus = readPolitical(row, problems);
      if (filled('skills')) {
        const text = problems.take('skills', readText(row.cell('skills')));
        if (text !== undefined) input.skills = splitList(text);
      }
      if (filled('teamIds')) {
        const text = problems.take('teamIds', readText(row.cell('teamIds')));
        const ids: string[] = [];
        for (const name of splitList(text ?? '')) {
          const teamId = teamByName.get(normalizeWord(name));
          if (teamId === undefined) problems.error('teamIds', 'importExport.issue.unknownTeam', { name: quoted(name) });
          else ids.push(teamId);
        }
        input.teamIds = ids;
      }
      if (filled('joinDate')) input.joinDate = readMonthOrDay(row, problems, 'joinDate');
      else requireDate(row, problems, 'joinDate', existing !== null);
      if (filled('volunteerNo')) input.volunteerNo = problems.take('volunteerNo', readText(row.cell('volunteerNo')));
      if (filled('notes')) input.notes = problems.take('notes', readText(row.cell('notes')));

      let active = existing?.active ?? true;
      if (filled('active')) {
        const word = cellText(row.cell('active')).trim();
        const value = lookupActive(word);
        if (value === null) problems.error('active', 'importExport.issue.unknownActive', { value: word.slice(0, 20) });
        else active = value;
      }

      const lostDigits = residentId && typeof input.idNumber === 'string' && PRECISION_LOST.test(normalizeIdNumber(input.idNumber));
      const parse = (attempt: Record<string, unknown>): Parsed<VolunteerFields> => {
        const parsed = parseVolunteerInput(attempt, active);
        if (parsed.ok || !lostDigits) return parsed;
        return {
          ok: false,
          issues: parsed.issues.map((i) =>
            i.field === 'idNumber' && i.key === 'validation.idNumber.checksum' ? { field: 'idNumber', key: 'importExport.issue.idNumberDigitsLost' } : i,
          ),
        };
      };
      return parseCollectingAll(parse, input, problems, STAND_INS);
    },
  };
}
