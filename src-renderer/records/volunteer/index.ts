import { parseVolunteerInput, volunteerDocSchema } from '../../domain/entities/volunteer';
import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { volunteerMigrations, volunteerSchema } from '../../data/volunteers/schema';
import { DATE_RULE, OPTIONAL_DATE_RULE } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { pathWithId } from '../storedFields';

/** A registered volunteer: ID number, birth date and phone are personal data; the city counts, never copies. */
export const volunteerRecord = defineRecordType({
  docType: 'volunteer',
  collection: 'volunteers',
  shape: volunteerDocSchema,
  rxSchema: volunteerSchema,
  migrations: volunteerMigrations,
  wire: { major: FIRST_MAJOR, since: {} },
  personal: true,
  rollup: false,
  serverRules: { birthDate: OPTIONAL_DATE_RULE, joinDate: DATE_RULE },
  parseFields: (merged) => parseVolunteerInput(merged, merged.active !== false),
  pathOf: pathWithId('/volunteers'),
});
