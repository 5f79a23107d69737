import type { LedgerSnapshot } from '../../domain/records/snapshot';
import type { Ledger } from '../session';

const ALL_DATES = { from: '0000-01-01', to: '9999-12-31' };

/** The whole ledger in memory, for the import's checks and for exports (thousands of records fit easily). */
export async function loadLedgerSnapshot(ledger: Ledger): Promise<LedgerSnapshot> {
  const [station, volunteers, teams, projects, activities, shifts, honours, requests, dutyPosts] = await Promise.all([
    ledger.station.get(),
    ledger.volunteers.all(),
    ledger.teams.all(),
    ledger.projects.all(),
    ledger.activities.query(ALL_DATES),
    ledger.shifts.inRange(ALL_DATES),
    ledger.honours.all(),
    ledger.requests.list(),
    ledger.dutyPosts.all(),
  ]);
  return { station, volunteers, teams, projects, activities, shifts, service: { honours, requests, dutyPosts, shifts } };
}
