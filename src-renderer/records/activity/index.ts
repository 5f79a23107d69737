import { activityDocSchema, MAX_PARTICIPANTS, MAX_SERVED_COUNT, parseActivityInput } from '../../domain/entities/activity';
import { FIRST_MAJOR } from '../../domain/entities/wireFormat';
import { HALF_HOUR, MAX_HOURS_PER_DAY } from '../../domain/hours';
import { activityMigrations, activitySchema } from '../../data/activities/schema';
import { DATE_RULE, TIME_RULE } from '../fieldRule';
import { defineRecordType } from '../recordType';
import { pathWithId } from '../storedFields';

/** The catalogue's served groups are a short list; a few dozen is already more than any activity names. */
const SERVED_GROUPS_MAX = 50;

/** An activity: participants are volunteer ids with hours, never names, so the city may copy it whole. */
export const activityRecord = defineRecordType({
  docType: 'activity',
  collection: 'activities',
  shape: activityDocSchema,
  rxSchema: activitySchema,
  migrations: activityMigrations,
  // Version 0 stored participants only; the totals came with version 1 (data/activities/schema.ts).
  wire: { major: FIRST_MAJOR, since: { totalHours: 1, participantCount: 1 } },
  personal: false,
  rollup: true,
  serverRules: {
    date: DATE_RULE,
    startTime: TIME_RULE,
    endTime: TIME_RULE,
    servedCount: { max: MAX_SERVED_COUNT },
    servedGroups: { max: SERVED_GROUPS_MAX },
    totalHours: { max: MAX_PARTICIPANTS * MAX_HOURS_PER_DAY },
    'participants[].hours': { min: HALF_HOUR, max: MAX_HOURS_PER_DAY },
  },
  parseFields: (merged) => parseActivityInput(merged),
  pathOf: pathWithId('/activities', '/edit'),
});
