import { useCallback } from 'react';
import { readStationDirectory, readYearReport } from '../../domain/cityReport/readYearReport';
import type { StationEntry, YearReport } from '../../domain/cityReport/yearReport';
import { todayIso } from '../../domain/dates';
import type { CityConnection } from './cityConnection';
import { type ReadState, useServerRead } from './useServerRead';

export interface CityYear {
  stations: StationEntry[];
  report: YearReport;
  lastYear: YearReport;
}

/** The stations on record and the figures of `year` and the year before. */
export async function loadCityYear(connection: CityConnection, year: number): Promise<CityYear> {
  const stations = await readStationDirectory(connection.readView);
  // Overdue requests are judged by today, as the CLI's report judges them.
  const asOf = todayIso();
  const [report, lastYear] = await Promise.all([readYearReport(connection.readView, year, stations, asOf), readYearReport(connection.readView, year - 1, stations, asOf)]);
  return { stations, report, lastYear };
}

/** Read afresh for each year and each `round` (刷新). */
export function useCityYear(connection: CityConnection, year: number, round: number): ReadState<CityYear> {
  const read = useCallback(() => loadCityYear(connection, year), [connection, year]);
  return useServerRead(read, round);
}
