import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSetupFile, generateStationPassword } from '../../../src-city/setupFile';
import { defaultUpdateUrl, parseStationSetupFile, SETUP_FILE_ISSUES } from '../../../src-renderer/domain/stationSetupFile';
import { readSetupFile, toCredentials } from '../../../src-renderer/features/sync/connectionForm';
import { stationCredentialsSchema } from '../../../src-main/ipcSchemas';
import { fileBytes, SETUP_FILE, SETUP_STATION } from '../../support/setupFile';

/** The set-up file's `updateUrl`: optional, and under the same transport rule as the server's address. */

function withUpdateUrl(updateUrl: string | undefined, intranetHttp = false) {
  return parseStationSetupFile(
    JSON.stringify({
      ...SETUP_FILE,
      ...(intranetHttp ? { serverUrl: 'http://192.168.1.10:5984', intranetHttp: true } : {}),
      ...(updateUrl === undefined ? {} : { updateUrl }),
    }),
  );
}

function accepted(updateUrl: string | undefined, intranetHttp = false): boolean {
  return withUpdateUrl(updateUrl, intranetHttp).ok;
}

/** The same letters in any case: URL schemes and host names are case-insensitive. */
const anyCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) =>
    [...word].map((c, i) => (upper[i] === true ? c.toUpperCase() : c)).join(''),
  );

const octet = fc.integer({ min: 0, max: 255 });
const loopbackHost = fc.oneof(
  anyCase('localhost'),
  fc.tuple(octet, octet, octet).map(([a, b, c]) => `127.${a}.${b}.${c}`),
  fc.constant('[::1]'),
);
const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
const remoteHost = fc.oneof(
  fc.tuple(label, label).map(([a, b]) => `${a}.${b}.cn`),
  fc.tuple(octet, octet).map(([a, b]) => `192.168.${a}.${b}`),
  fc.tuple(octet, octet, octet).map(([a, b, c]) => `10.${a}.${b}.${c}`),
  // Looks like loopback only to a careless eye.
  fc.tuple(octet, label).map(([a, b]) => `127.0.0.${a}.${b}.cn`),
);
const port = fc.option(fc.integer({ min: 1, max: 65535 }).map((p) => `:${p}`), { nil: '' });
const path = fc.array(label, { maxLength: 3 }).map((parts) => parts.map((p) => `/${p}`).join(''));

describe('the set-up file names where updates come from', () => {
  it('may leave it out: a file issued before updates existed is still a good file', () => {
    expect(accepted(undefined)).toBe(true);
  });

  it('takes https anywhere, plain http only to this machine or on an intranet the city named, whatever the spelling', () => {
    const host = fc.oneof(loopbackHost.map((name) => ({ name, loopback: true })), remoteHost.map((name) => ({ name, loopback: false })));
    fc.assert(
      fc.property(fc.boolean(), anyCase('https'), anyCase('http'), fc.boolean(), host, port, path, (secure, https, http, intranet, { name, loopback }, portPart, pathPart) => {
        const url = `${secure ? https : http}://${name}${portPart}${pathPart}`;
        expect(accepted(url, intranet)).toBe(secure || loopback || intranet);
      }),
    );
  });

  it('refuses a user or password written into the address, a trailing slash, and other schemes', () => {
    fc.assert(
      fc.property(anyCase('https'), fc.oneof(loopbackHost, remoteHost), path, label, (scheme, host, pathPart, user) => {
        expect(accepted(`${scheme}://${user}:secret@${host}${pathPart}`)).toBe(false);
        expect(accepted(`${scheme}://${user}@${host}${pathPart}`)).toBe(false);
        expect(accepted(`${scheme}://${host}${pathPart}/`)).toBe(false);
      }),
    );
    for (const url of ['ftp://wmsj.example.cn/app-updates/win', 'file:///C:/updates', 'javascript:alert(1)', 'wmsj.example.cn/app-updates', '']) {
      expect(withUpdateUrl(url)).toEqual({ ok: false, issues: [{ field: 'updateUrl', key: SETUP_FILE_ISSUES.invalid }] });
    }
  });

  it('is written by the city as its own server’s app-updates database unless it names another', () => {
    const base = { database: 'station-jn-lx-001', username: 'station-jn-lx-001', password: generateStationPassword(), station: SETUP_STATION, issuedAt: new Date('2024-03-05T08:00:00Z') };
    const file = buildSetupFile({ ...base, serverUrl: 'https://couch.example.cn:6984/' });
    expect(file.updateUrl).toBe('https://couch.example.cn:6984/app-updates/win');
    expect(defaultUpdateUrl('https://couch.example.cn:6984')).toBe(file.updateUrl);
    expect(parseStationSetupFile(JSON.stringify(file))).toEqual({ ok: true, value: file });
    expect(buildSetupFile({ ...base, serverUrl: 'https://couch.example.cn', updateUrl: 'https://files.example.cn/station-ledger/' }).updateUrl).toBe(
      'https://files.example.cn/station-ledger',
    );
    expect(() => buildSetupFile({ ...base, serverUrl: 'https://couch.example.cn', updateUrl: 'http://files.example.cn/win' })).toThrow();
  });

  it('travels from the file into the credentials the desktop keeps, and stays absent where the file has none', () => {
    const updateUrl = 'https://wmsj.example.cn/app-updates/win';
    const reading = readSetupFile(fileBytes({ ...SETUP_FILE, updateUrl }), 'JN-LX-001');
    if (!reading.ok) throw new Error(reading.key);
    const credentials = toCredentials(reading.values);
    expect(credentials.updateUrl).toBe(updateUrl);
    expect(stationCredentialsSchema.parse(credentials)).toEqual(credentials);
    const older = readSetupFile(fileBytes(SETUP_FILE), 'JN-LX-001');
    if (!older.ok) throw new Error(older.key);
    expect('updateUrl' in toCredentials(older.values)).toBe(false);
  });
});
