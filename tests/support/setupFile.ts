import { STATION_SETUP_FORMAT, STATION_SETUP_VERSION } from '../../src-renderer/domain/stationSetupFile';

/** The tests' station as the city registers it (the profile a set-up file carries; test ledgers add the rest). */
export const SETUP_STATION = {
  code: 'JN-LX-001',
  name: '幸福里社区新时代文明实践站',
  city: '济南市',
  county: '历下区',
  center: '历下区新时代文明实践中心',
  institute: '姚家街道新时代文明实践所',
};

/** A set-up file as `city station add` writes it for SETUP_STATION. */
export const SETUP_FILE = {
  format: STATION_SETUP_FORMAT,
  version: STATION_SETUP_VERSION,
  serverUrl: 'https://wmsj.example.cn',
  database: 'station-jn-lx-001',
  username: 'station-jn-lx-001',
  password: 'a-long-random-password-123',
  station: SETUP_STATION,
  issuedAt: '2024-03-01T08:00:00.000Z',
};

/** A file's bytes as the platform's file picker hands them over: JSON for a value, or the text as is. */
export function fileBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
}
