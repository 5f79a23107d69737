import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { DATE_RULE, TIME_RULE, type FieldRule } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { rxSchemaOf } from '../rxSchemaOf';
import { pathWithId } from '../storedFields';
import { parseShiftInput, shiftDocSchema } from './shape';

/** A sign-out not yet made, or a credit that covers nothing, is ''. */
const OPTIONAL_TIME_RULE: Partial<FieldRule> = { format: 'time', blank: true };

/**
 * Shifts of duty posts (值班班次). How they fit the free RxDB's 13 collections: the station's 8, honours and
 * requests make 10, `dutyPosts` and `shifts` 12. Sign-ups and sign-ins live inside the shift (bounded by
 * MAX_NEEDED people and twice as many sign-ins), not in a collection of their own: the sign-in screen
 * writes one document per keystroke either way, and the day's shifts are a handful of documents.
 *
 * Volunteer ids and times only: not personal data, so the city's roll-up copies shifts whole, as it does
 * activities, and sums their credited hours.
 */
export const shiftRecord = defineRecordType({
  docType: 'shift',
  collection: 'shifts',
  shape: shiftDocSchema,
  // The schedule lists a post's shifts by date; the sign-in screen and the daily limit read one date.
  rxSchema: rxSchemaOf(shiftDocSchema, { title: 'shift', version: 0, indexes: ['date', ['postId', 'date']] }),
  migrations: {},
  wire: { major: FIRST_MAJOR, since: {} },
  personal: false,
  rollup: true,
  serverRules: {
    date: DATE_RULE,
    startTime: TIME_RULE,
    endTime: TIME_RULE,
    'attendance[].signIn': TIME_RULE,
    'attendance[].signOut': OPTIONAL_TIME_RULE,
    'credits[].from': OPTIONAL_TIME_RULE,
    'credits[].to': OPTIONAL_TIME_RULE,
  },
  parseFields: (merged) => parseShiftInput(merged),
  pathOf: pathWithId('/duty/shift'),
});
