import { describe, expect, it } from 'vitest';
import { CITY_SETUP_FORMAT, CITY_SETUP_VERSION } from '../../../../src-renderer/domain/citySetupFile';
import { STATION_SETUP_FORMAT } from '../../../../src-renderer/domain/stationSetupFile';
import { readCityFile } from '../../../../src-renderer/features/city/readCityFile';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const CITY_FILE = {
  format: CITY_SETUP_FORMAT,
  version: CITY_SETUP_VERSION,
  serverUrl: 'https://couch.example.cn:6984',
  database: 'city-rollup',
  username: 'city-user-jinan',
  password: 'x'.repeat(24),
  scope: { role: 'county', county: '历下区' },
  city: '济南市',
  issuedAt: '2025-01-02T03:04:05.000Z',
};

describe('reading a city set-up file on the first-run page', () => {
  it('takes a city file as issued', () => {
    expect(readCityFile(bytes(CITY_FILE))).toMatchObject({ ok: true, file: { scope: { role: 'county', county: '历下区' }, database: 'city-rollup' } });
  });

  it('says a station’s file is a station’s, and names what is wrong with anything else', () => {
    expect(readCityFile(bytes({ format: STATION_SETUP_FORMAT, version: 1 }))).toEqual({ ok: false, key: 'city.setup.stationFile' });
    expect(readCityFile(bytes('not json'))).toEqual({ ok: false, key: 'sync.setupFile.notJson' });
    expect(readCityFile(bytes({ ...CITY_FILE, serverUrl: 'http://couch.example.cn:5984' }))).toEqual({ ok: false, key: 'sync.setupFile.invalid' });
  });
});
