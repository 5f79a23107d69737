import { certificateDocSchema } from '../../domain/entities/certificate';
import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { certificateMigrations, certificateSchema } from '../../data/certificates/schema';
import { DATE_RULE, DATE_YEARS, OPTIONAL_DATE_RULE } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { parseStoredFields, pathWithId } from '../storedFields';

/** A certificate covers at most a few years of service; these bounds only stop absurd numbers reaching the city. */
const HOURS_MAX = 100_000;
const SESSIONS_MAX = 100_000;
const SEQUENCE_MAX = 1_000_000;

/** An issued 志愿服务记录证明: the holder's name and ID number are personal data. */
export const certificateRecord = defineRecordType({
  docType: 'certificate',
  collection: 'certificates',
  shape: certificateDocSchema,
  rxSchema: certificateSchema,
  migrations: certificateMigrations,
  wire: { major: FIRST_MAJOR, since: { stars: 2 } },
  personal: true,
  rollup: false,
  serverRules: {
    periodFrom: DATE_RULE,
    periodTo: DATE_RULE,
    issuedDate: DATE_RULE,
    revokedAt: OPTIONAL_DATE_RULE,
    hours: { max: HOURS_MAX },
    sessions: { max: SESSIONS_MAX },
    year: { min: DATE_YEARS.min, max: DATE_YEARS.max },
    sequence: { max: SEQUENCE_MAX },
  },
  parseFields: (merged) => parseStoredFields(certificateDocSchema, merged),
  pathOf: pathWithId('/certificates'),
});
