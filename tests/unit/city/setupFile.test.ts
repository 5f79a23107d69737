import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSetupFile, generateStationPassword, writeSetupFile } from '../../../src-city/setupFile';
import { parseStationSetupFile, SETUP_FILE_ISSUES } from '../../../src-renderer/domain/stationSetupFile';
import { SETUP_STATION } from '../../support/setupFile';

const station = SETUP_STATION;

function sample(password = generateStationPassword()) {
  return buildSetupFile({
    serverUrl: 'https://couch.example.cn:6984/',
    database: 'station-jn-lx-001',
    username: 'station-jn-lx-001',
    password,
    station,
    issuedAt: new Date('2024-03-05T08:00:00Z'),
  });
}

describe('station set-up file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'setup-file-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('round-trips through the file the app reads', async () => {
    const file = sample();
    const written = await writeSetupFile(folder, file);
    expect(path.basename(written)).toBe('JN-LX-001.station.json');
    const parsed = parseStationSetupFile(await readFile(written, 'utf8'));
    expect(parsed).toEqual({ ok: true, value: file });
    expect(file.serverUrl).toBe('https://couch.example.cn:6984');
  });

  it('is readable by its owner only, also when it replaces an older, looser file', async () => {
    const target = path.join(folder, 'JN-LX-001.station.json');
    await writeFile(target, '{}', { mode: 0o644 });
    await writeSetupFile(folder, sample());
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('gets a long random password each time', () => {
    const a = generateStationPassword();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(generateStationPassword()).not.toBe(a);
  });

  it('tells the app what is wrong with a file that is not a usable set-up file, without its content', () => {
    expect(parseStationSetupFile('not json')).toEqual({ ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.notJson }] });
    expect(parseStationSetupFile('{"format":"other"}')).toEqual({ ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.wrongFormat }] });
    const newer = { ...sample(), version: 2 };
    expect(parseStationSetupFile(JSON.stringify(newer))).toEqual({ ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.newerVersion }] });
    const broken = { ...sample(), password: 'short', serverUrl: 'http://user:pw@example.cn' };
    const result = parseStationSetupFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.field).sort()).toEqual(['password', 'serverUrl']);
      expect(JSON.stringify(result)).not.toContain('short');
    }
  });

  it('takes plain http only to this machine, or on an intranet the city named, and then says so in the file', () => {
    const withUrl = (serverUrl: string, intranetHttp?: boolean) =>
      buildSetupFile({ serverUrl, ...(intranetHttp === undefined ? {} : { intranetHttp }), database: 'station-jn-lx-001', username: 'station-jn-lx-001', password: generateStationPassword(), station, issuedAt: new Date('2024-03-05T08:00:00Z') });
    expect(() => withUrl('http://192.168.1.10:5984')).toThrow();
    expect(withUrl('http://127.0.0.1:5984').intranetHttp).toBeUndefined();
    expect(withUrl('http://localhost:5984').intranetHttp).toBeUndefined();
    expect(withUrl('https://couch.example.cn', true).intranetHttp).toBeUndefined();
    const intranet = withUrl('http://192.168.1.10:5984', true);
    expect(intranet.intranetHttp).toBe(true);
    expect(parseStationSetupFile(JSON.stringify(intranet))).toEqual({ ok: true, value: intranet });
    const { intranetHttp: _flag, ...unflagged } = intranet;
    // The update address is on the same intranet server, so it loses its permission too.
    expect(parseStationSetupFile(JSON.stringify(unflagged))).toEqual({
      ok: false,
      issues: [
        { field: 'serverUrl', key: SETUP_FILE_ISSUES.invalid },
        { field: 'updateUrl', key: SETUP_FILE_ISSUES.invalid },
      ],
    });
  });
});
