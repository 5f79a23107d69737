import type { StationEntry } from '../../domain/cityReport/yearReport';
import type { PcHealth } from '../../domain/pcHealth';
import { CLOCK_WARN_MS, healthState, lastSuccessOf, silentDaysOf, type HealthState, type StationHealthDoc } from '../../domain/stationHealth';

/**
 * Each station's sync health as the dashboard lists it, by the same rules as the CLI's `health`
 * (domain/stationHealth.ts), measured against the server's clock. A station the roll-up has no health
 * record of yet counts as never connected.
 */
export interface HealthRow {
  code: string;
  name: string;
  county: string;
  state: HealthState;
  lastSuccessAt: string | null;
  silentDays: number | null;
  pcs: number;
  versions: string[];
  pending: number;
  refused: number;
  /** The last error's message key of the PC that reported last; '' when it succeeded. */
  lastErrorKey: string;
  /** The PC clock furthest off the server's, in ms (signed); null when none is known. */
  clockOffsetMs: number | null;
  replication: string;
}

/** Worst first, as the CLI lists them. */
export const HEALTH_ORDER: readonly HealthState[] = ['never', 'silent30', 'failing', 'silent7', 'noReport', 'ok'];

/** Whether the dashboard marks the row: silent a week or more, never connected, or never successful. */
export function standsOut(state: HealthState): boolean {
  return state === 'never' || state === 'silent30' || state === 'failing' || state === 'silent7';
}

export function clockIsOff(offsetMs: number | null): boolean {
  return offsetMs !== null && Math.abs(offsetMs) > CLOCK_WARN_MS;
}

function newestReport(pcs: readonly PcHealth[]): PcHealth | undefined {
  return [...pcs].sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt))[0];
}

function furthestClock(pcs: readonly PcHealth[]): number | null {
  let worst: number | null = null;
  for (const pc of pcs) if (pc.clockOffsetMs !== null && (worst === null || Math.abs(pc.clockOffsetMs) > Math.abs(worst))) worst = pc.clockOffsetMs;
  return worst;
}

export function healthRows(stations: readonly StationEntry[], docs: readonly StationHealthDoc[], serverNowMs: number): HealthRow[] {
  const byCode = new Map(docs.map((d) => [d.stationId, d]));
  const rows = stations.map((station): HealthRow => {
    const doc = byCode.get(station.code);
    const pcs = doc?.pcs ?? [];
    const lastSuccessAt = lastSuccessOf(pcs);
    const silentDays = silentDaysOf(lastSuccessAt, serverNowMs);
    return {
      code: station.code,
      name: station.name,
      county: station.county,
      state: healthState(pcs, doc?.hasRecords ?? false, silentDays),
      lastSuccessAt,
      silentDays,
      pcs: pcs.length,
      versions: [...new Set(pcs.map((pc) => pc.appVersion))].sort(),
      pending: pcs.reduce((sum, pc) => sum + pc.pending, 0),
      refused: pcs.reduce((sum, pc) => sum + pc.refused, 0),
      lastErrorKey: newestReport(pcs)?.lastErrorKey ?? '',
      clockOffsetMs: furthestClock(pcs),
      replication: doc?.replication ?? '',
    };
  });
  return rows.sort((a, b) => HEALTH_ORDER.indexOf(a.state) - HEALTH_ORDER.indexOf(b.state) || (b.silentDays ?? 0) - (a.silentDays ?? 0) || (a.code < b.code ? -1 : 1));
}

export function healthCounts(rows: readonly HealthRow[]): Record<HealthState, number> {
  const counts: Record<HealthState, number> = { never: 0, silent30: 0, failing: 0, silent7: 0, noReport: 0, ok: 0 };
  for (const row of rows) counts[row.state] += 1;
  return counts;
}
