import { describe, expect, it } from 'vitest';
import { countyNames, CITY_USER_NAME, cityUserNames } from '../../../src-city/layout';
import { CITY_SETUP_FORMAT, CITY_SETUP_VERSION, citySetupFileSchema, parseCitySetupFile } from '../../../src-renderer/domain/citySetupFile';
import { COUCH_DB_NAME, SETUP_FILE_ISSUES } from '../../../src-renderer/domain/stationSetupFile';

const file = (overrides: Record<string, unknown> = {}) => ({
  format: CITY_SETUP_FORMAT,
  version: CITY_SETUP_VERSION,
  serverUrl: 'https://couch.jinan.example.cn',
  database: 'city-rollup',
  username: 'city-user-jinan',
  password: 'p'.repeat(32),
  scope: { role: 'city' },
  issuedAt: '2026-01-05T08:00:00.000Z',
  ...overrides,
});

describe('a city set-up file', () => {
  it('takes a city or a county scope, the county named', () => {
    expect(citySetupFileSchema.parse(file())).toMatchObject({ scope: { role: 'city' }, city: '' });
    expect(citySetupFileSchema.parse(file({ scope: { role: 'county', county: '历下区' } })).scope).toEqual({ role: 'county', county: '历下区' });
    expect(citySetupFileSchema.safeParse(file({ scope: { role: 'county' } })).success).toBe(false);
    expect(citySetupFileSchema.safeParse(file({ scope: { role: 'station' } })).success).toBe(false);
  });

  it('refuses plain http to another machine unless the city named its intranet', () => {
    expect(citySetupFileSchema.safeParse(file({ serverUrl: 'http://10.1.2.3:5984' })).success).toBe(false);
    expect(citySetupFileSchema.safeParse(file({ serverUrl: 'http://10.1.2.3:5984', intranetHttp: true })).success).toBe(true);
    expect(citySetupFileSchema.safeParse(file({ serverUrl: 'http://127.0.0.1:5984' })).success).toBe(true);
  });
});

describe('reading a city set-up file', () => {
  it('says what is wrong with i18n keys only, never the content (it holds a password)', () => {
    expect(parseCitySetupFile(JSON.stringify(file()))).toMatchObject({ ok: true, value: { username: 'city-user-jinan' } });
    expect(parseCitySetupFile('{')).toEqual({ ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.notJson }] });
    expect(parseCitySetupFile(JSON.stringify(file({ format: 'station-ledger/station-setup' })))).toEqual({ ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.wrongFormat }] });
    expect(parseCitySetupFile(JSON.stringify(file({ version: 2 })))).toEqual({ ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.newerVersion }] });
    const bad = parseCitySetupFile(JSON.stringify(file({ password: 'short' })));
    expect(bad).toEqual({ ok: false, issues: [{ field: 'password', key: SETUP_FILE_ISSUES.invalid }] });
    expect(JSON.stringify(bad)).not.toContain('short');
  });
});

describe('names of dashboard accounts and county roll-ups', () => {
  it('gives each county (trimmed) one lower-case database, role and job, the same every time', () => {
    const lixia = countyNames(' 历下区 ');
    expect(lixia).toEqual(countyNames('历下区'));
    expect(lixia.county).toBe('历下区');
    expect(lixia.database).toMatch(COUCH_DB_NAME);
    expect(lixia.database).not.toBe(countyNames('市中区').database);
    expect(lixia.role).toMatch(/^county-viewer-[0-9a-f]{12}$/);
  });

  it('takes account names of lower-case letters, digits, - and _ only', () => {
    expect(cityUserNames('jinan').username).toBe('city-user-jinan');
    for (const bad of ['', 'Jinan', '济南', 'a b', '-x', 'x'.repeat(41)]) expect(CITY_USER_NAME.test(bad), bad).toBe(false);
  });
});
