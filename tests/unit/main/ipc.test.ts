import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type SnapshotWrite, type StationCredentials } from '../../../src-renderer/platform/api';
import {
  createIpcHandlers,
  registerIpcHandlers,
  type InvokeEvent,
  type IpcHandler,
  type IpcServices,
} from '../../../src-main/ipc';

const APP = 'app://station-ledger';

interface FakeOwner {
  id: number;
}

const OWNER: FakeOwner = { id: 1 };

function fromApp(url = `${APP}/index.html`): InvokeEvent<FakeOwner> {
  return { sender: OWNER, senderFrame: { url, parent: null } };
}

const CREDENTIALS: StationCredentials = {
  serverUrl: 'https://couch.example.cn:6984',
  database: 'station-130102001',
  username: 'station-130102001',
  password: 'Tr0ub4dor&3',
};

function fakeServices() {
  return {
    getAppInfo: vi.fn(() => ({ version: '0.1.0', shell: 'desktop' as const, os: 'linux' })),
    saveFile: vi.fn((_owner: FakeOwner) => Promise.resolve({ saved: true, path: '/home/k/a.xlsx' })),
    openFile: vi.fn((_owner: FakeOwner) => Promise.resolve(null)),
    printToPdf: vi.fn((_owner: FakeOwner) => Promise.resolve({ saved: false })),
    saveCredentials: vi.fn(() => Promise.resolve()),
    loadCredentials: vi.fn(() => Promise.resolve(CREDENTIALS)),
    clearCredentials: vi.fn(() => Promise.resolve()),
    listSnapshots: vi.fn(() => Promise.resolve([])),
    writeSnapshot: vi.fn((request: SnapshotWrite) => Promise.resolve({ ...request.meta, id: '1-2026-12-04-daily.slbackup', sequence: 1, bytes: request.data.byteLength })),
    readSnapshot: vi.fn(() => Promise.resolve(null)),
    deleteSnapshot: vi.fn(() => Promise.resolve()),
    getUpdateStatus: vi.fn(() => ({ phase: 'idle' as const, checked: false })),
    checkForUpdate: vi.fn(() => Promise.resolve({ phase: 'idle' as const, checked: true })),
    postponeUpdate: vi.fn(() => ({ phase: 'available' as const, version: '0.2.0', postponed: true })),
    installUpdate: vi.fn(() => Promise.resolve({ phase: 'installing' as const, version: '0.2.0' })),
  } satisfies IpcServices<FakeOwner>;
}

function registered() {
  const services = fakeServices();
  const table = new Map<string, IpcHandler<FakeOwner>>();
  registerIpcHandlers({ handle: (channel, listener) => table.set(channel, listener) }, createIpcHandlers(services, APP));
  const call = (channel: string, event: InvokeEvent<FakeOwner>, ...args: unknown[]): Promise<unknown> => {
    const handler = table.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { services, table, call };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the DesktopApi contract', () => {
    const { table } = registered();
    expect([...table.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });
});

describe('sender checks', () => {
  const untrusted: Array<[string, InvokeEvent<FakeOwner>]> = [
    ['a remote page', fromApp('https://evil.example/')],
    ['a file: page', fromApp('file:///tmp/x.html')],
    ['a look-alike host', fromApp('app://station-ledger.evil/index.html')],
    ['an iframe inside the app', { sender: OWNER, senderFrame: { url: `${APP}/index.html`, parent: {} } }],
    ['a frame that is gone', { sender: OWNER, senderFrame: null }],
  ];

  it.each(untrusted)('refuses %s on every channel without calling the service', async (_label, event) => {
    const { services, call } = registered();
    for (const channel of Object.values(IPC_CHANNELS)) {
      await expect(call(channel, event)).rejects.toThrow(/^forbidden-sender: /);
    }
    for (const service of Object.values(services)) expect(service).not.toHaveBeenCalled();
  });

  it('serves the app page', async () => {
    const { call } = registered();
    await expect(call(IPC_CHANNELS.getAppInfo, fromApp())).resolves.toEqual({
      version: '0.1.0',
      shell: 'desktop',
      os: 'linux',
    });
  });
});

describe('payload validation', () => {
  const validSave = {
    suggestedName: '志愿者名册.xlsx',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    data: new Uint8Array([1, 2, 3]),
  };

  it('passes a valid save request on to the service with the asking window', async () => {
    const { services, call } = registered();
    await expect(call(IPC_CHANNELS.saveFile, fromApp(), validSave)).resolves.toEqual({
      saved: true,
      path: '/home/k/a.xlsx',
    });
    expect(services.saveFile).toHaveBeenCalledWith(OWNER, validSave);
  });

  it.each([
    ['no payload', undefined],
    ['a path instead of a file name', { ...validSave, suggestedName: '../../evil.bat' }],
    ['a Windows path', { ...validSave, suggestedName: 'C:\\Users\\a.xlsx' }],
    ['text instead of bytes', { ...validSave, data: 'abc' }],
    ['a bad extension', { ...validSave, filters: [{ name: 'x', extensions: ['.exe;rm'] }] }],
    ['an unknown key', { ...validSave, overwrite: true }],
  ])('rejects a save request with %s', async (_label, payload) => {
    const { services, call } = registered();
    await expect(call(IPC_CHANNELS.saveFile, fromApp(), payload)).rejects.toThrow(/^invalid-request: save-file/);
    expect(services.saveFile).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    const { call } = registered();
    await expect(call(IPC_CHANNELS.getAppInfo, fromApp(), undefined, 'extra')).rejects.toThrow(/^invalid-request/);
  });

  it('rejects a payload on channels that take none', async () => {
    const { services, call } = registered();
    await expect(call(IPC_CHANNELS.clearCredentials, fromApp(), { all: true })).rejects.toThrow(/^invalid-request/);
    expect(services.clearCredentials).not.toHaveBeenCalled();
  });

  it('accepts open and print requests of the documented shape', async () => {
    const { services, call } = registered();
    await call(IPC_CHANNELS.openFile, fromApp(), { filters: [{ name: 'Excel', extensions: ['xlsx', 'xls'] }] });
    await call(IPC_CHANNELS.printToPdf, fromApp(), { suggestedName: '年度报表', landscape: true });
    expect(services.openFile).toHaveBeenCalledOnce();
    expect(services.printToPdf).toHaveBeenCalledWith(OWNER, { suggestedName: '年度报表', landscape: true });
    await expect(call(IPC_CHANNELS.printToPdf, fromApp(), { suggestedName: 'a', landscape: 'yes' })).rejects.toThrow(
      /^invalid-request/,
    );
  });

  it('passes snapshots of the documented shape on, and refuses one that is not', async () => {
    const { services, call } = registered();
    const meta = { reason: 'daily', day: '2026-12-04', createdAt: '2026-12-04T08:00:00.000Z', appVersion: '0.1.0', stationCode: 'JN-LX-001', records: 12 };
    await call(IPC_CHANNELS.writeSnapshot, fromApp(), { meta, data: new Uint8Array([1, 2, 3]) });
    expect(services.writeSnapshot).toHaveBeenCalledOnce();
    await expect(call(IPC_CHANNELS.writeSnapshot, fromApp(), { meta: { ...meta, reason: 'whenever' }, data: new Uint8Array([1]) })).rejects.toThrow(/^invalid-request/);
    await expect(call(IPC_CHANNELS.writeSnapshot, fromApp(), { meta, data: 'not bytes' })).rejects.toThrow(/^invalid-request/);
    await call(IPC_CHANNELS.readSnapshot, fromApp(), '1-2026-12-04-daily.slbackup');
    expect(services.readSnapshot).toHaveBeenCalledWith('1-2026-12-04-daily.slbackup');
    await expect(call(IPC_CHANNELS.deleteSnapshot, fromApp(), 42)).rejects.toThrow(/^invalid-request/);
    expect(services.deleteSnapshot).not.toHaveBeenCalled();
  });

  it('saves credentials of the right shape', async () => {
    const { services, call } = registered();
    await call(IPC_CHANNELS.saveCredentials, fromApp(), CREDENTIALS);
    expect(services.saveCredentials).toHaveBeenCalledWith(CREDENTIALS);
  });

  it.each([
    ['a non-http server', { ...CREDENTIALS, serverUrl: 'javascript:alert(1)' }],
    ['an upper-case database', { ...CREDENTIALS, database: 'Station' }],
    ['an empty password', { ...CREDENTIALS, password: '' }],
  ])('refuses credentials with %s and never echoes the password', async (_label, payload) => {
    const { services, call } = registered();
    const failure = call(IPC_CHANNELS.saveCredentials, fromApp(), payload);
    await expect(failure).rejects.toThrow(/^invalid-request/);
    await failure.catch((error: unknown) => {
      expect(String(error)).not.toContain(CREDENTIALS.password);
    });
    expect(services.saveCredentials).not.toHaveBeenCalled();
  });
});
