import { parseProjectInput, projectDocSchema } from '../../domain/entities/project';
import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { projectMigrations, projectSchema } from '../../data/projects/schema';
import { DATE_RULE, OPTIONAL_DATE_RULE } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { pathWithId } from '../storedFields';

export const projectRecord = defineRecordType({
  docType: 'project',
  collection: 'projects',
  shape: projectDocSchema,
  rxSchema: projectSchema,
  migrations: projectMigrations,
  wire: { major: FIRST_MAJOR, since: {} },
  personal: false,
  rollup: true,
  serverRules: { startDate: DATE_RULE, endDate: OPTIONAL_DATE_RULE },
  parseFields: (merged) => parseProjectInput(merged),
  pathOf: pathWithId('/projects', '/edit'),
});
