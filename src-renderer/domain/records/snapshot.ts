import type { ActivityDoc } from '../entities/activity';
import type { ProjectDoc } from '../entities/project';
import type { StationDoc } from '../entities/station';
import type { TeamDoc } from '../entities/team';
import type { VolunteerDoc } from '../entities/volunteer';
import type { DutyPostDoc } from '../../records/dutyPost/shape';
import type { HonourDoc } from '../../records/honour/shape';
import type { RequestDoc } from '../../records/request/shape';
import type { ShiftDoc } from '../../records/shift/shape';

/** The registers of honours, residents' requests and duty: what their import checks against and their export writes. */
export interface ServiceRecords {
  honours: readonly HonourDoc[];
  requests: readonly RequestDoc[];
  dutyPosts: readonly DutyPostDoc[];
  shifts: readonly ShiftDoc[];
}

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
  /** Left out where none of them matters (the older kinds' tests); read as empty. */
  service?: ServiceRecords;
}

export const NO_SERVICE_RECORDS: ServiceRecords = { honours: [], requests: [], dutyPosts: [], shifts: [] };

