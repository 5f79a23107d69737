import { contextBridge, ipcRenderer } from 'electron';
import {
  IPC_CHANNELS,
  type AppInfo,
  type DesktopApi,
  type IpcChannel,
  type OpenedFile,
  type SaveFileResult,
  type SnapshotInfo,
  type StationCredentials,
} from '../src-renderer/platform/api';

/*
 * Runs sandboxed, so it is bundled to CommonJS and may use only `electron`'s renderer modules.
 * The page sees exactly these methods: no ipcRenderer, no generic channel access.
 */

function invoke<Result>(channel: IpcChannel, payload?: unknown): Promise<Result> {
  const args = payload === undefined ? [] : [payload];
  return ipcRenderer.invoke(channel, ...args) as Promise<Result>;
}

const api = {
  shell: 'desktop',
  credentialStorage: 'os-encrypted',
  getAppInfo: () => invoke<AppInfo>(IPC_CHANNELS.getAppInfo),
  saveFile: (request) => invoke<SaveFileResult>(IPC_CHANNELS.saveFile, request),
  openFile: (request) => invoke<OpenedFile | null>(IPC_CHANNELS.openFile, request),
  printToPdf: (request) => invoke<SaveFileResult>(IPC_CHANNELS.printToPdf, request),
  saveCredentials: (credentials) => invoke<undefined>(IPC_CHANNELS.saveCredentials, credentials),
  loadCredentials: () => invoke<StationCredentials | null>(IPC_CHANNELS.loadCredentials),
  clearCredentials: () => invoke<undefined>(IPC_CHANNELS.clearCredentials),
  snapshotPlace: 'app-folder',
  listSnapshots: () => invoke<SnapshotInfo[]>(IPC_CHANNELS.listSnapshots),
  writeSnapshot: (request) => invoke<SnapshotInfo>(IPC_CHANNELS.writeSnapshot, request),
  readSnapshot: (id) => invoke<Uint8Array | null>(IPC_CHANNELS.readSnapshot, id),
  deleteSnapshot: (id) => invoke<undefined>(IPC_CHANNELS.deleteSnapshot, id),
} as const satisfies DesktopApi;

contextBridge.exposeInMainWorld('stationLedger', api);
