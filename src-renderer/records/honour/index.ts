import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { OPTIONAL_DATE_RULE } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { rxSchemaOf } from '../rxSchemaOf';
import { honourDocSchema, parseHonourInput } from './shape';

/**
 * Honours: the first record type made as one folder. A family's honour names the family, so honours count
 * as personal data: deletions travel bare, and the city receives counts by kind and level, never the records.
 */
export const honourRecord = defineRecordType({
  docType: 'honour',
  collection: 'honours',
  shape: honourDocSchema,
  // The lists show a year's honours and a volunteer's, team's or project's own.
  rxSchema: rxSchemaOf(honourDocSchema, { title: 'honour', version: 0, indexes: ['year', 'linkId'] }),
  migrations: {},
  wire: { major: FIRST_MAJOR, since: {} },
  personal: true,
  rollup: false,
  serverRules: { awardedDate: OPTIONAL_DATE_RULE },
  parseFields: (merged) => parseHonourInput(merged),
  pathOf: () => '/honours',
});
