import { conflictDocSchema } from '../../domain/entities/conflict';
import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { conflictMigrations, conflictSchema } from '../../data/conflicts/schema';
import { defineRecordType } from '../recordType';
import { parseStoredFields } from '../storedFields';

/** The conflict register: a losing version kept as text, so it may hold a whole volunteer's personal data. */
export const conflictRecord = defineRecordType({
  docType: 'conflict',
  collection: 'conflicts',
  shape: conflictDocSchema,
  rxSchema: conflictSchema,
  migrations: conflictMigrations,
  wire: { major: FIRST_MAJOR, since: {} },
  personal: true,
  rollup: false,
  serverRules: {},
  parseFields: (merged) => parseStoredFields(conflictDocSchema, merged),
  // Reviewed on the conflicts page, never opened as a record of its own.
  pathOf: () => null,
});
