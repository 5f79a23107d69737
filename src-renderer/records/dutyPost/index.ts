import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { defineRecordType } from '../recordType';
import { rxSchemaOf } from '../rxSchemaOf';
import { pathWithId } from '../storedFields';
import { dutyPostDocSchema, parseDutyPostInput } from './shape';

/**
 * Duty posts (值守岗位). With their shifts (records/shift) they take two of the free RxDB's 13 collections:
 * the station's 8, honours and requests make 10, `dutyPosts` and `shifts` 12, leaving one. A shift holds its
 * sign-ups and sign-ins itself (bounded lists), so a post running 30 days with 20 people a day is 30 shift
 * documents, not 600 sign-in records, and needs no third collection.
 *
 * A post names a place, never a person: it goes to the city's roll-up whole, as activities do.
 */
export const dutyPostRecord = defineRecordType({
  docType: 'dutyPost',
  collection: 'dutyPosts',
  shape: dutyPostDocSchema,
  rxSchema: rxSchemaOf(dutyPostDocSchema, { title: 'dutyPost', version: 0 }),
  migrations: {},
  wire: { major: FIRST_MAJOR, since: {} },
  personal: false,
  rollup: true,
  serverRules: {},
  parseFields: (merged) => parseDutyPostInput(merged),
  pathOf: pathWithId('/duty'),
});
