import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, type InvokeEvent, type IpcServices } from '../../../src-main/ipc';
import { installUpdateRequestSchema, updateStatusSchema } from '../../../src-main/ipcSchemas';
import { updateFeedOf } from '../../../src-main/updates/updateFeed';
import { updateProblemOf } from '../../../src-main/updates/updateProblem';
import { IPC_CHANNELS, type StationCredentials, type UpdateStatus } from '../../../src-renderer/platform/api';

const APP = 'app://station-ledger';
const fromApp: InvokeEvent<null> = { sender: null, senderFrame: { url: `${APP}/index.html`, parent: null } };

describe('update IPC payloads', () => {
  it('install-update takes exactly a version and a snapshot id', () => {
    expect(installUpdateRequestSchema.parse({ version: '0.2.0', snapshotId: '7-2026-05-01-update.slbackup' })).toEqual({ version: '0.2.0', snapshotId: '7-2026-05-01-update.slbackup' });
    expect(installUpdateRequestSchema.safeParse({ version: '1.10.3-beta.2', snapshotId: 'x' }).success).toBe(true);
    const refused: unknown[] = [
      undefined,
      { version: '0.2.0' },
      { snapshotId: 'x' },
      { version: '0.2.0', snapshotId: 'x', url: 'https://evil.example/setup.exe' },
      { version: 'latest', snapshotId: 'x' },
      { version: '0.2', snapshotId: 'x' },
      { version: '0.2.0', snapshotId: '' },
      { version: 2, snapshotId: 'x' },
    ];
    for (const payload of refused) expect(installUpdateRequestSchema.safeParse(payload).success).toBe(false);
  });

  it('install-update refuses a bad payload before the service hears of it', async () => {
    const installUpdate = vi.fn(() => Promise.resolve<UpdateStatus>({ phase: 'installing', version: '0.2.0' }));
    const services = { installUpdate } as unknown as IpcServices<null>;
    const handlers = createIpcHandlers(services, APP);
    await expect(handlers[IPC_CHANNELS.installUpdate](fromApp, { version: '0.2.0', snapshotId: 'x', force: true })).rejects.toThrow(/^invalid-request: /);
    await expect(handlers[IPC_CHANNELS.checkForUpdate](fromApp, { now: true })).rejects.toThrow(/^invalid-request: /);
    expect(installUpdate).not.toHaveBeenCalled();
    await expect(handlers[IPC_CHANNELS.installUpdate](fromApp, { version: '0.2.0', snapshotId: 'x' })).resolves.toEqual({ phase: 'installing', version: '0.2.0' });
  });

  it('every status the renderer knows how to show passes; anything else does not leave main', () => {
    const shown: UpdateStatus[] = [
      { phase: 'unsupported', reason: 'web' },
      { phase: 'unsupported', reason: 'not-installed' },
      { phase: 'unsupported', reason: 'platform' },
      { phase: 'not-configured' },
      { phase: 'idle', checked: false },
      { phase: 'checking' },
      { phase: 'available', version: '0.2.0', postponed: true },
      { phase: 'downloading', version: '0.2.0', percent: 42 },
      { phase: 'installing', version: '0.2.0' },
      { phase: 'failed', problem: 'unauthorized' },
      { phase: 'failed', problem: 'integrity', version: '0.2.0' },
    ];
    for (const status of shown) expect(updateStatusSchema.parse(status)).toEqual(status);
    const refused: unknown[] = [
      { phase: 'downloading', version: '0.2.0', percent: 101 },
      { phase: 'failed', problem: 'EACCES' },
      { phase: 'available', version: '0.2.0' },
      { phase: 'idle', checked: true, detail: 'password=…' },
      { phase: 'restarting' },
    ];
    for (const status of refused) expect(updateStatusSchema.safeParse(status).success).toBe(false);
  });
});

describe('the update feed', () => {
  const credentials: StationCredentials = {
    serverUrl: 'https://wmsj.example.cn:6984',
    database: 'station-jn-lx-001',
    username: 'station-jn-lx-001',
    password: '密码-with-unicode',
  };

  it('carries the station’s account to its own server and to no other', () => {
    const own = updateFeedOf({ ...credentials, updateUrl: 'https://wmsj.example.cn:6984/app-updates/win' });
    expect(own?.headers).toEqual({ Authorization: `Basic ${Buffer.from('station-jn-lx-001:密码-with-unicode', 'utf8').toString('base64')}` });
    // Another host, the same host on another port or scheme: a different origin gets no password.
    fc.assert(
      fc.property(fc.constantFrom('https', 'http'), fc.constantFrom('files.example.cn', 'wmsj.example.cn', '127.0.0.1', 'localhost'), fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), (scheme, host, port) => {
        const updateUrl = `${scheme}://${host}${port === undefined ? '' : `:${port}`}/app-updates/win`;
        fc.pre(new URL(updateUrl).origin !== 'https://wmsj.example.cn:6984');
        const feed = updateFeedOf({ ...credentials, updateUrl });
        expect(feed?.headers ?? {}).toEqual({});
      }),
    );
  });

  it('has no feed without an address, or with plain http to another machine than the server the city allowed it for', () => {
    expect(updateFeedOf(null)).toBeNull();
    expect(updateFeedOf(credentials)).toBeNull();
    expect(updateFeedOf({ ...credentials, updateUrl: 'http://files.example.cn/win' })).toBeNull();
    const intranet = { ...credentials, serverUrl: 'http://192.168.1.10:5984' };
    expect(updateFeedOf({ ...intranet, updateUrl: 'http://192.168.1.10:5984/app-updates/win' })?.headers.Authorization).toMatch(/^Basic /);
    expect(updateFeedOf({ ...intranet, updateUrl: 'http://192.168.1.11:5984/app-updates/win' })).toBeNull();
  });
});

describe('update failures in the keeper’s terms', () => {
  it.each([
    [Object.assign(new Error('401 Unauthorized'), { statusCode: 401 }), 'unauthorized'],
    [Object.assign(new Error('403 Forbidden'), { statusCode: 403 }), 'unauthorized'],
    [Object.assign(new Error('Cannot find channel "latest.yml" update info: HttpError: 404'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' }), 'not-found'],
    [Object.assign(new Error('503 Service Unavailable'), { statusCode: 503 }), 'server'],
    [Object.assign(new Error('sha512 checksum mismatch, expected a, got b'), { code: 'ERR_CHECKSUM_MISMATCH' }), 'integrity'],
    [Object.assign(new Error('not signed by the application owner'), { code: 'ERR_UPDATER_INVALID_SIGNATURE' }), 'integrity'],
    [new Error('net::ERR_INTERNET_DISCONNECTED'), 'offline'],
    [new Error('net::ERR_NAME_NOT_RESOLVED'), 'offline'],
    [new Error('net::ERR_CONNECTION_TIMED_OUT'), 'offline'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5984'), { code: 'ECONNREFUSED' }), 'offline'],
    [new Error('net::ERR_CERT_AUTHORITY_INVALID'), 'unknown'],
    ['something else', 'unknown'],
  ])('%s → %s', (error, problem) => {
    expect(updateProblemOf(error)).toBe(problem);
  });
});
