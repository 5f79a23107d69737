import { contextBridge, ipcRenderer } from 'electron';
import {
  IPC_CHANNELS,
  UPDATE_STATUS_EVENT,
  type AppInfo,
  type DesktopApi,
  type IpcChannel,
  type OpenedFile,
  type SaveFileResult,
  type SnapshotInfo,
  type StationCredentials,
  type UpdateStatus,
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
  getUpdateStatus: () => invoke<UpdateStatus>(IPC_CHANNELS.getUpdateStatus),
  checkForUpdate: () => invoke<UpdateStatus>(IPC_CHANNELS.checkForUpdate),
  postponeUpdate: () => invoke<UpdateStatus>(IPC_CHANNELS.postponeUpdate),
  installUpdate: (request) => invoke<UpdateStatus>(IPC_CHANNELS.installUpdate, request),
  onUpdateStatus: (listener) => {
    // The one channel main sends on unasked; the page gets the status, never the IPC event.
    const forward = (_event: unknown, status: UpdateStatus): void => listener(status);
    ipcRenderer.on(UPDATE_STATUS_EVENT, forward);
    return () => {
      ipcRenderer.off(UPDATE_STATUS_EVENT, forward);
    };
  },
} as const satisfies DesktopApi;

contextBridge.exposeInMainWorld('stationLedger', api);
