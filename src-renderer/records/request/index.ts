import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { DATE_RULE, OPTIONAL_DATE_RULE } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { rxSchemaOf } from '../rxSchemaOf';
import { pathWithId } from '../storedFields';
import { parseRequestFields, requestDocSchema } from './shape';

/**
 * Residents' requests (群众点单). How they fit the free RxDB's 13 collections: the station's 8, honours,
 * duty posts and shifts make 11, requests 12. The steps a request went through live inside it (a bounded
 * history), not in a collection of their own.
 *
 * A request names the resident and their phone: personal data, so deletions travel bare and the city
 * receives counts (收到、办结、满意率), never the records.
 */
export const requestRecord = defineRecordType({
  docType: 'request',
  collection: 'requests',
  shape: requestDocSchema,
  // The list goes by state (its tabs), newest first; the figures read a period by the day logged.
  rxSchema: rxSchemaOf(requestDocSchema, { title: 'request', version: 0, indexes: ['receivedDate', ['state', 'receivedDate']] }),
  migrations: {},
  wire: { major: FIRST_MAJOR, since: {} },
  personal: true,
  rollup: false,
  serverRules: { receivedDate: DATE_RULE, wantedDate: OPTIONAL_DATE_RULE, doneDate: OPTIONAL_DATE_RULE },
  parseFields: (merged) => parseRequestFields(merged),
  pathOf: pathWithId('/requests'),
});
