import type { ActivityDoc } from '../entities/activity';
import type { ProjectDoc } from '../entities/project';
import type { StationDoc } from '../entities/station';
import type { TeamDoc } from '../entities/team';
import type { VolunteerDoc } from '../entities/volunteer';

/** Everything in a station's ledger, as the import checks against it and the export writes it out. */
export interface LedgerSnapshot {
  station: StationDoc | null;
  volunteers: readonly VolunteerDoc[];
  teams: readonly TeamDoc[];
  projects: readonly ProjectDoc[];
  activities: readonly ActivityDoc[];
  /**
   * Duty shifts' credited hours, for the 24-hour daily limit across activities and shifts; left out where
   * no shift matters (the exports, older tests).
   */
  shifts?: ReadonlyArray<{ date: string; credits: ReadonlyArray<{ volunteerId: string; hours: number }> }>;
}
