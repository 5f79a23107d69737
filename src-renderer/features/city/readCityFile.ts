import { type CitySetupFile, parseCitySetupFile } from '../../domain/citySetupFile';
import { SETUP_FILE_ISSUES, STATION_SETUP_FORMAT } from '../../domain/stationSetupFile';

export type CityFileReading = { ok: true; file: CitySetupFile } | { ok: false; key: string };

function isStationFile(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === STATION_SETUP_FORMAT;
  } catch {
    return false;
  }
}

/** A chosen file as a city set-up file, or the i18n key of what is wrong with it (a station's file is said so by name). */
export function readCityFile(bytes: Uint8Array): CityFileReading {
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = parseCitySetupFile(text);
  if (parsed.ok) return { ok: true, file: parsed.value };
  if (isStationFile(text)) return { ok: false, key: 'city.setup.stationFile' };
  return { ok: false, key: parsed.issues[0]?.key ?? SETUP_FILE_ISSUES.invalid };
}
