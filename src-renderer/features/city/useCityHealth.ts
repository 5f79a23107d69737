import { useCallback } from 'react';
import { readStationDirectory } from '../../domain/cityReport/readYearReport';
import type { CityConnection } from './cityConnection';
import { healthRows, type HealthRow } from './healthRows';
import { type ReadState, useServerRead } from './useServerRead';

export interface CityHealth {
  rows: HealthRow[];
  unreadable: number;
  /** The server's time the rows were measured against. */
  serverNowMs: number;
}

export async function loadCityHealth(connection: CityConnection): Promise<CityHealth> {
  const [stations, health] = await Promise.all([readStationDirectory(connection.readView), connection.healthDocs()]);
  // Only without any Date header (a proxy stripping it) does this PC's clock stand in.
  const now = connection.serverNowMs() ?? Date.now();
  return { rows: healthRows(stations, health.docs, now), unreadable: health.unreadable, serverNowMs: now };
}

/** The stations' sync health, read afresh for each `round` (刷新). */
export function useCityHealth(connection: CityConnection, round: number): ReadState<CityHealth> {
  const read = useCallback(() => loadCityHealth(connection), [connection]);
  return useServerRead(read, round);
}
