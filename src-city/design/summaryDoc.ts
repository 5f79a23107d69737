import { z } from 'zod';

/**
 * One station's summary in the roll-up (`summary:<code>`), written by the CLI (`rollup refresh`, and before
 * every `report`): what the city's figures need from records that never leave the station's database.
 *
 * - `station`: the registry's names for the station (never the profile's own, which the station can edit)
 *   and the profile's 示范站 flag.
 * - `volunteers`: one entry per registered volunteer (deleted ones left out): the volunteer's record id (what
 *   activities name as participants), the join year, the 在册/active flag and `person`, a keyed hash (HMAC-
 *   SHA-256 with the city's key, personKey.ts) of the ID type and normalised ID number, so that one person
 *   registered at two stations counts once across the city. Never a name, ID number, birth date or phone.
 * - `certificates`: certificates issued and not revoked, by year of issue.
 * - `honours`: honours on record by year, kind and level, counted (a family's honour names the family, so the
 *   records themselves stay with the station). Missing in summaries written before honours were kept.
 * - `requests`: residents' requests (群众点单) counted by year as the station's own report counts them
 *   (domain/requests/requestFigures): received by the day logged; done, rated and satisfied (4–5 stars) by
 *   the day served. A request names the resident and their phone, so only these numbers leave the station.
 * - `openRequests`: requests still waiting for the station (待派单, 已派单, 已接单) that have a wanted date, counted
 *   by the year received and that date. Whether one is overdue depends on the day it is looked at, and the
 *   summary is only rewritten when the station's database changes: the report compares the dates itself.
 * - `duty`: duty posts that had a shift, shifts and credited hours (after the 24-hour daily limit, as the
 *   volunteer's page counts them) by year (domain/duty/dutyFigures).
 *   All three are missing in summaries written before requests and duty were counted.
 * - `sourceSeq`: the station database's update sequence when it was read (opaque; compared, never parsed):
 *   an unchanged database is not read again.
 */
export const SUMMARY_PREFIX = 'summary:';
export const SUMMARY_FORMAT = 1;

export const summaryVolunteerSchema = z.object({
  id: z.string(),
  person: z.string(),
  /** 'YYYY', or '' when the record has no join date. */
  joinYear: z.string(),
  active: z.boolean(),
});

export const summaryHonourSchema = z.object({ year: z.string(), kind: z.string(), level: z.string(), count: z.number() });

export const summaryRequestYearSchema = z.object({ year: z.string(), received: z.number(), done: z.number(), rated: z.number(), satisfied: z.number() });
export const summaryOpenRequestsSchema = z.object({ year: z.string(), wantedDate: z.string(), count: z.number() });
export const summaryDutyYearSchema = z.object({ year: z.string(), posts: z.number(), shifts: z.number(), hours: z.number() });
export type SummaryRequestYear = z.infer<typeof summaryRequestYearSchema>;
export type SummaryOpenRequests = z.infer<typeof summaryOpenRequestsSchema>;
export type SummaryDutyYear = z.infer<typeof summaryDutyYearSchema>;

export const stationSummarySchema = z.object({
  _id: z.string().startsWith(SUMMARY_PREFIX),
  format: z.literal(SUMMARY_FORMAT),
  stationId: z.string(),
  station: z.object({
    name: z.string(),
    city: z.string(),
    county: z.string(),
    center: z.string(),
    institute: z.string(),
    demonstration: z.boolean(),
  }),
  volunteers: z.array(summaryVolunteerSchema),
  certificates: z.record(z.string(), z.number()),
  honours: z.array(summaryHonourSchema).optional(),
  requests: z.array(summaryRequestYearSchema).optional(),
  openRequests: z.array(summaryOpenRequestsSchema).optional(),
  duty: z.array(summaryDutyYearSchema).optional(),
  keyId: z.string(),
  sourceSeq: z.union([z.string(), z.number()]),
  computedAt: z.string(),
});
export type StationSummary = z.infer<typeof stationSummarySchema>;

export function summaryId(code: string): string {
  return `${SUMMARY_PREFIX}${code}`;
}
