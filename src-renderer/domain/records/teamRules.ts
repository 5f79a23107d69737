import { quoted } from './cellRead';
import { parseTeamInput, type TeamDoc, type TeamFields, type TeamInput } from '../entities/team';
import { readText } from './cellValues';
import { readOptionalDate } from './dateFields';
import { parseParticipantsCell } from './participantsCell';
import { PersonIndex } from './people';
import { identifiedByName, parseCollectingAll, type KindRules, type RowProblems, type RowReader } from './rowReader';
import type { LedgerSnapshot } from './snapshot';
import { readCode } from './volunteerRules';

/**
 * A person named in one cell (a team's leader): "张三", "张三[0011]" or an ID number. Returns the id,
 * '' for a blank cell, or undefined when nobody matches (with a warning: the record can be saved without).
 */
export function readLeader(row: RowReader, problems: RowProblems, field: string, people: PersonIndex): string | undefined {
  const text = problems.take(field, readText(row.cell(field)));
  if (text === undefined) return undefined;
  if (text === '') return '';
  const parsed = parseParticipantsCell(text);
  const token = parsed.ok && parsed.tokens.length === 1 ? parsed.tokens[0] : undefined;
  if (!token) {
    problems.warn(field, 'importExport.issue.leaderNotFound', { name: quoted(text) });
    return undefined;
  }
  const match = people.match(token.who, token.idTail);
  if (match.ok) return match.person.id;
  problems.warn(field, match.reason === 'ambiguous' ? 'importExport.issue.leaderAmbiguous' : 'importExport.issue.leaderNotFound', {
    name: quoted(token.text),
  });
  return undefined;
}

const STAND_INS = { name: '-', field: '-', leaderId: '', foundedDate: '', description: '' };

function inputOf(t: TeamDoc): TeamInput {
  return { name: t.name, field: t.field, leaderId: t.leaderId, foundedDate: t.foundedDate, description: t.description };
}

/** Teams: identified by name. A leader not (yet) in the roster is a warning: the team is saved without one. */
export function teamRules(snapshot: LedgerSnapshot): KindRules<TeamFields, TeamDoc> {
  const people = new PersonIndex(snapshot.volunteers);
  return {
    ...identifiedByName(snapshot.teams),
    check(row, existing, problems) {
      const input: Record<string, unknown> = existing ? { ...inputOf(existing) } : {};
      if (row.filled('name')) input.name = problems.take('name', readText(row.cell('name')));
      if (row.filled('field')) input.field = readCode(row, problems, 'field', 'fields');
      if (row.filled('leaderId')) {
        const leader = readLeader(row, problems, 'leaderId', people);
        if (leader !== undefined) input.leaderId = leader;
      }
      if (row.filled('foundedDate')) {
        const founded = readOptionalDate(row, problems, 'foundedDate', 'firstDay', existing !== null);
        if (founded !== undefined) input.foundedDate = founded;
      }
      if (row.filled('description')) input.description = problems.take('description', readText(row.cell('description')));
      return parseCollectingAll(parseTeamInput, input, problems, STAND_INS);
    },
  };
}
