import { parseTeamInput, teamDocSchema } from '../../domain/entities/team';
import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { teamMigrations, teamSchema } from '../../data/teams/schema';
import { OPTIONAL_DATE_RULE } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { pathWithId } from '../storedFields';

export const teamRecord = defineRecordType({
  docType: 'team',
  collection: 'teams',
  shape: teamDocSchema,
  rxSchema: teamSchema,
  migrations: teamMigrations,
  wire: { major: FIRST_MAJOR, since: {} },
  personal: false,
  rollup: true,
  serverRules: { foundedDate: OPTIONAL_DATE_RULE },
  parseFields: (merged) => parseTeamInput(merged),
  pathOf: pathWithId('/teams'),
});
