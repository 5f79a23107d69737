import { parseProjectInput, type ProjectDoc, type ProjectFields, type ProjectInput } from '../entities/project';
import { quoted } from './cellRead';
import { readText } from './cellValues';
import { readMonthOrDay, readOptionalDate, requireDate } from './dateFields';
import { identifiedByName, parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import type { LedgerSnapshot } from './snapshot';
import { readCode } from './volunteerRules';
import { normalizeWord } from './vocabulary';

/** A team named in a cell → its id; '' when blank; undefined (an error) when the ledger has no such team. */
export function readTeamRef(row: RowReader, problems: RowProblems, field: string, teamByName: ReadonlyMap<string, string>): string | undefined {
  const text = problems.take(field, readText(row.cell(field)));
  if (text === undefined || text === '') return text;
  const id = teamByName.get(normalizeWord(text));
  if (id === undefined) problems.error(field, 'importExport.issue.unknownTeam', { name: quoted(text) });
  return id;
}

const STAND_INS = {
  name: '-',
  field: '-',
  ownerTeamId: '',
  startDate: '1900-01-01',
  endDate: '',
  status: 'running',
  brand: '',
  awards: '',
  description: '',
};

function inputOf(p: ProjectDoc): ProjectInput {
  return {
    name: p.name,
    field: p.field,
    ownerTeamId: p.ownerTeamId,
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    brand: p.brand,
    awards: p.awards,
    description: p.description,
  };
}

/** Projects: identified by name; the owner team must already be in the ledger. */
export function projectRules(snapshot: LedgerSnapshot): KindRules<ProjectFields, ProjectDoc> {
  const teamByName = new Map(snapshot.teams.map((t) => [normalizeWord(t.name), t.id]));
  return {
    ...identifiedByName(snapshot.projects),
    check(row, existing, problems) {
      const input: Record<string, unknown> = existing ? { ...inputOf(existing) } : {};
      if (row.filled('name')) input.name = problems.take('name', readText(row.cell('name')));
      if (row.filled('field')) input.field = readCode(row, problems, 'field', 'fields');
      if (row.filled('ownerTeamId')) input.ownerTeamId = readTeamRef(row, problems, 'ownerTeamId', teamByName);
      if (row.filled('startDate')) input.startDate = readMonthOrDay(row, problems, 'startDate', 'firstDay');
      else requireDate(row, problems, 'startDate', existing !== null);
      if (row.filled('endDate')) {
        const end = readOptionalDate(row, problems, 'endDate', 'lastDay', existing !== null);
        if (end !== undefined) input.endDate = end;
      }
      if (row.filled('status')) input.status = readCode(row, problems, 'status', 'projectStatus');
      for (const field of ['brand', 'awards', 'description'] as const) {
        if (row.filled(field)) input[field] = problems.take(field, readText(row.cell(field)));
      }
      return parseCollectingAll(parseProjectInput, input, problems, STAND_INS);
    },
  };
}
