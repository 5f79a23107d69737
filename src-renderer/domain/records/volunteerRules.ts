import type { ID_TYPES } from '../catalog';
import { parseVolunteerInput, type VolunteerDoc, type VolunteerFields, type VolunteerInput } from '../entities/volunteer';
import { checkIdNumber, normalizeIdNumber } from '../idNumber';
import { cellText } from './cellText';
import { readDate, readIdNumber, readName, readPhone, readText, splitList } from './cellValues';
import { parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import type { Parsed } from '../issues';
import type { LedgerSnapshot } from './snapshot';
import { allowedLabels, lookupActive, lookupCode, normalizeWord, type VocabularyGroup } from './vocabulary';

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
  if (code === null) problems.error(field, 'importExport.issue.unknownOption', { value: text, allowed: allowedLabels(group) });
  return code ?? undefined;
}

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

/**
 * Volunteers: identified by ID number. On an update, blank cells keep what the ledger has; gender and
 * birth date may be left out for a resident ID, which carries both.
 */
export function volunteerRules(snapshot: LedgerSnapshot): KindRules<VolunteerFields, VolunteerDoc> {
  const byIdNumber = new Map(snapshot.volunteers.map((v) => [normalizeIdNumber(v.idNumber), v]));
  const teamByName = new Map(snapshot.teams.map((t) => [normalizeWord(t.name), t.id]));

  return {
    identify(row) {
      const read = readIdNumber(row.cell('idNumber'), idTypeOf(row) === 'resident_id');
      if (!read.ok) return null;
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
      if (filled('idNumber')) input.idNumber = problems.take('idNumber', readIdNumber(row.cell('idNumber'), residentId));

      if (filled('gender')) input.gender = readCode(row, problems, 'gender', 'gender');
      else if (!existing && residentId) {
        const id = typeof input.idNumber === 'string' ? checkIdNumber(input.idNumber) : null;
        if (id?.ok) input.gender = id.gender;
        // The ID number's own problem is reported; the gender follows from it once it is fixed.
        else problems.excuse('gender');
      }
      if (filled('birthDate')) input.birthDate = problems.take('birthDate', readDate(row.cell('birthDate'), row.date1904));
      if (filled('phone')) input.phone = problems.take('phone', readPhone(row.cell('phone')));
      if (filled('politicalStatus')) input.politicalStatus = readCode(row, problems, 'politicalStatus', 'political');
      if (filled('skills')) {
        const text = problems.take('skills', readText(row.cell('skills')));
        if (text !== undefined) input.skills = splitList(text);
      }
      if (filled('teamIds')) {
        const text = problems.take('teamIds', readText(row.cell('teamIds')));
        const ids: string[] = [];
        for (const name of splitList(text ?? '')) {
          const id = teamByName.get(normalizeWord(name));
          if (id === undefined) problems.error('teamIds', 'importExport.issue.unknownTeam', { name });
          else ids.push(id);
        }
        input.teamIds = ids;
      }
      if (filled('joinDate')) input.joinDate = problems.take('joinDate', readDate(row.cell('joinDate'), row.date1904));
      if (filled('volunteerNo')) input.volunteerNo = problems.take('volunteerNo', readText(row.cell('volunteerNo')));
      if (filled('notes')) input.notes = problems.take('notes', readText(row.cell('notes')));

      let active = existing?.active ?? true;
      if (filled('active')) {
        const word = cellText(row.cell('active')).trim();
        const value = lookupActive(word);
        if (value === null) problems.error('active', 'importExport.issue.unknownActive', { value: word.slice(0, 20) });
        else active = value;
      }

      const id = typeof input.idNumber === 'string' ? normalizeIdNumber(input.idNumber) : '';
      const lostDigits = residentId && PRECISION_LOST.test(id);
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
