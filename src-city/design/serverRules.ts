import type { DocType } from '../../src-renderer/domain/ids';
import { MAX_PARTICIPANTS, MAX_SERVED_COUNT } from '../../src-renderer/domain/entities/activity';
import { HALF_HOUR, MAX_HOURS_PER_DAY } from '../../src-renderer/domain/hours';
import type { FieldRule } from './docSpec';

/** A certificate covers at most a few years of service; these bounds only stop absurd numbers reaching the city. */
const CERTIFICATE_HOURS_MAX = 100_000;
const CERTIFICATE_SESSIONS_MAX = 100_000;
const CERTIFICATE_SEQUENCE_MAX = 1_000_000;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** The catalogue's served groups are a short list; a few dozen is already more than any activity names. */
const SERVED_GROUPS_MAX = 50;

const date: Partial<FieldRule> = { format: 'date' };
const optionalDate: Partial<FieldRule> = { format: 'date', blank: true };
const time: Partial<FieldRule> = { format: 'time' };

/**
 * What the server checks beyond the shape the app's zod document schemas describe: the formats and bounds
 * the app enforces on input (forms, import) but its stored schemas leave as plain strings and numbers. Each
 * path must exist in the type's schema (docSpec.ts throws otherwise), so a renamed field fails the build's
 * tests instead of leaving the server unchecked. Every document the app has ever written satisfies these:
 * its input rules were never looser.
 */
export const SERVER_RULES: Readonly<Record<DocType, Readonly<Record<string, Partial<FieldRule>>>>> = {
  station: {},
  volunteer: { birthDate: optionalDate, joinDate: date },
  team: { foundedDate: optionalDate },
  project: { startDate: date, endDate: optionalDate },
  activity: {
    date,
    startTime: time,
    endTime: time,
    servedCount: { max: MAX_SERVED_COUNT },
    servedGroups: { max: SERVED_GROUPS_MAX },
    totalHours: { max: MAX_PARTICIPANTS * MAX_HOURS_PER_DAY },
    'participants[].hours': { min: HALF_HOUR, max: MAX_HOURS_PER_DAY },
  },
  conflict: {},
  certificate: {
    periodFrom: date,
    periodTo: date,
    issuedDate: date,
    revokedAt: optionalDate,
    hours: { max: CERTIFICATE_HOURS_MAX },
    sessions: { max: CERTIFICATE_SESSIONS_MAX },
    year: { min: YEAR_MIN, max: YEAR_MAX },
    sequence: { max: CERTIFICATE_SEQUENCE_MAX },
  },
};

/** Years a date may carry (the app reads typed dates in the same range). */
export const DATE_YEARS = { min: YEAR_MIN, max: YEAR_MAX } as const;
