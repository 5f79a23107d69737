import { describe, expect, it } from 'vitest';
import { expectedDatabase, isServerUrl, isUnencryptedRemote, readSetupFile, serverUrlProblem, toCredentials } from '../../../src-renderer/features/sync/connectionForm';
import { fileBytes, SETUP_FILE } from '../../support/setupFile';

const file = SETUP_FILE;
const bytes = fileBytes;

describe('reading the city set-up file', () => {
  it('fills the connection fields from a file for this station', () => {
    const reading = readSetupFile(bytes(file), 'JN-LX-001');
    expect(reading).toMatchObject({
      ok: true,
      values: { serverUrl: 'https://wmsj.example.cn', database: 'station-jn-lx-001', username: 'station-jn-lx-001', password: file.password },
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readSetupFile(bytes(`\uFEFF${JSON.stringify(file)}`), 'JN-LX-001').ok).toBe(true);
  });

  it('refuses a file for another station and names both codes', () => {
    expect(readSetupFile(bytes(file), 'JN-LX-002')).toEqual({
      ok: false,
      key: 'sync.connection.codeMismatch',
      params: { fileCode: 'JN-LX-001', localCode: 'JN-LX-002' },
    });
  });

  it('says plainly when the file is not a set-up file or is damaged', () => {
    expect(readSetupFile(bytes('not json'), 'JN-LX-001')).toMatchObject({ ok: false, key: 'sync.setupFile.notJson' });
    expect(readSetupFile(bytes({ hello: 1 }), 'JN-LX-001')).toMatchObject({ ok: false, key: 'sync.setupFile.wrongFormat' });
    expect(readSetupFile(bytes({ ...file, password: 'short' }), 'JN-LX-001')).toMatchObject({ ok: false, key: 'sync.setupFile.invalid' });
    expect(readSetupFile(new Uint8Array([0xff, 0xfe, 0xfd]), 'JN-LX-001')).toMatchObject({ ok: false, key: 'sync.setupFile.notJson' });
  });
});

describe('typed connection fields', () => {
  it('knows the database the city makes for a station code', () => {
    expect(expectedDatabase('JN-LX-001')).toBe('station-jn-lx-001');
  });

  it('takes only http(s) addresses without credentials in them', () => {
    expect(isServerUrl('https://wmsj.example.cn')).toBe(true);
    expect(isServerUrl('http://192.168.1.10:5984/')).toBe(true);
    expect(isServerUrl('ftp://example.cn')).toBe(false);
    expect(isServerUrl('https://user:pw@example.cn')).toBe(false);
    expect(isServerUrl('wmsj.example.cn')).toBe(false);
  });

  it('takes plain http only to this machine, to the address in use, or where the city’s file allowed its intranet', () => {
    const typed = { intranetHttp: false, inUse: null };
    expect(serverUrlProblem('https://wmsj.example.cn', typed)).toBeNull();
    expect(serverUrlProblem('http://127.0.0.1:5984', typed)).toBeNull();
    expect(serverUrlProblem('http://localhost:5984/', typed)).toBeNull();
    expect(serverUrlProblem('http://192.168.1.10:5984', typed)).toBe('sync.connection.plainHttp');
    expect(serverUrlProblem('http://wmsj.example.cn', typed)).toBe('sync.connection.plainHttp');
    expect(serverUrlProblem('http://192.168.1.10:5984/', { intranetHttp: true, inUse: null })).toBeNull();
    expect(serverUrlProblem('http://192.168.1.10:5984/', { intranetHttp: false, inUse: 'http://192.168.1.10:5984' })).toBeNull();
    expect(serverUrlProblem('wmsj.example.cn', typed)).toBe('sync.connection.badUrl');
  });

  it('says when a saved connection sends the password unencrypted to another machine', () => {
    expect(isUnencryptedRemote('http://192.168.1.10:5984')).toBe(true);
    expect(isUnencryptedRemote('http://wmsj.example.cn')).toBe(true);
    expect(isUnencryptedRemote('https://wmsj.example.cn')).toBe(false);
    expect(isUnencryptedRemote('http://127.0.0.1:5984')).toBe(false);
    expect(isUnencryptedRemote('http://[::1]:5984')).toBe(false);
    expect(isUnencryptedRemote('not a url')).toBe(false);
  });

  it('trims the fields and the trailing slash, but never the password', () => {
    expect(toCredentials({ serverUrl: ' https://a.cn/ ', database: ' station-x ', username: ' u ', password: ' p ' })).toEqual({
      serverUrl: 'https://a.cn',
      database: 'station-x',
      username: 'u',
      password: ' p ',
    });
  });
});
