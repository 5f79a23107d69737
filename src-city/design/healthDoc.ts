import { z } from 'zod';
import { pcHealthSchema } from '../../src-renderer/sync/pcHealth';

/**
 * One station's sync health in the roll-up (`health:<code>`), written by `rollup refresh` (and `report`)
 * from the records its PCs keep in the station's database (src-renderer/sync/pcHealth.ts), so that the
 * city's and the counties' dashboards, which may read only their roll-up, see which stations have gone
 * silent. It is as fresh as the last refresh: the city runs it on a schedule, as it does for the summaries.
 * No personal data: PC ids are random, the rest are counts, versions, message keys and times.
 */
export const HEALTH_PREFIX = 'health:';
export const HEALTH_FORMAT = 1;

export const stationHealthDocSchema = z.object({
  _id: z.string().startsWith(HEALTH_PREFIX),
  format: z.literal(HEALTH_FORMAT),
  stationId: z.string(),
  /** Each PC's last report, as it wrote it. */
  pcs: z.array(pcHealthSchema),
  /** Reports that could not be read (a newer app's, or damaged). */
  unreadableReports: z.number().int().min(0),
  /** The station database holds records (so "no reports" is an older app, not a station never connected). */
  hasRecords: z.boolean(),
  /** The station's roll-up job as the server reported it. */
  replication: z.string(),
});
export type StationHealthDoc = z.infer<typeof stationHealthDocSchema>;

export function healthId(code: string): string {
  return `${HEALTH_PREFIX}${code}`;
}
