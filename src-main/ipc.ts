import type { z } from 'zod';
import {
  IPC_CHANNELS,
  type AppInfo,
  type InstallUpdateRequest,
  type IpcChannel,
  type OpenedFile,
  type OpenFileRequest,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveFileResult,
  type SnapshotInfo,
  type SnapshotWrite,
  type StationCredentials,
  type UpdateStatus,
} from '../src-renderer/platform/api';
import { isSameOrigin } from './appOrigin';
import { DesktopError } from './errors';
import {
  installUpdateRequestSchema,
  noPayloadSchema,
  openFileRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  snapshotIdSchema,
  snapshotWriteSchema,
  stationCredentialsSchema,
} from './ipcSchemas';

/** The parts of Electron's IpcMainInvokeEvent the handlers look at. */
export interface InvokeEvent<Owner> {
  sender: Owner;
  senderFrame: { url: string; parent: unknown } | null;
}

export type IpcHandler<Owner> = (event: InvokeEvent<Owner>, ...args: unknown[]) => Promise<unknown>;

export interface IpcMainLike<Owner> {
  handle(channel: string, listener: IpcHandler<Owner>): void;
}

/** What each channel does once the request is known to be genuine; `Owner` is the asking WebContents. */
export interface IpcServices<Owner> {
  getAppInfo(): AppInfo;
  saveFile(owner: Owner, request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(owner: Owner, request: OpenFileRequest): Promise<OpenedFile | null>;
  printToPdf(owner: Owner, request: PrintToPdfRequest): Promise<SaveFileResult>;
  saveCredentials(credentials: StationCredentials): Promise<void>;
  loadCredentials(): Promise<StationCredentials | null>;
  clearCredentials(): Promise<void>;
  listSnapshots(): Promise<SnapshotInfo[]>;
  writeSnapshot(request: SnapshotWrite): Promise<SnapshotInfo>;
  readSnapshot(id: string): Promise<Uint8Array | null>;
  deleteSnapshot(id: string): Promise<void>;
  getUpdateStatus(): UpdateStatus;
  checkForUpdate(): Promise<UpdateStatus>;
  postponeUpdate(): UpdateStatus;
  installUpdate(request: InstallUpdateRequest): Promise<UpdateStatus>;
}

/** Only the app's own top-level page may call the main process; not an iframe, not a page navigated elsewhere. */
export function isTrustedSender(event: InvokeEvent<unknown>, appOrigin: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isSameOrigin(frame.url, appOrigin);
}

// Paths and issue codes only: the rejected values may be a password or personal data.
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.code}`).join('; ');
}

export function createIpcHandlers<Owner>(
  services: IpcServices<Owner>,
  appOrigin: string,
): Record<IpcChannel, IpcHandler<Owner>> {
  function guarded<Schema extends z.ZodType>(
    channel: IpcChannel,
    schema: Schema,
    run: (owner: Owner, payload: z.output<Schema>) => unknown,
  ): IpcHandler<Owner> {
    return async (event, ...args) => {
      // Checked before the payload is even looked at: an untrusted page learns nothing about the schema.
      if (!isTrustedSender(event, appOrigin)) {
        throw new DesktopError('forbidden-sender', `${channel} was called by a page outside the app.`);
      }
      if (args.length > 1) {
        throw new DesktopError('invalid-request', `${channel} takes at most one argument.`);
      }
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        throw new DesktopError('invalid-request', `${channel}: ${describeIssues(parsed.error)}`);
      }
      return await run(event.sender, parsed.data);
    };
  }

  return {
    [IPC_CHANNELS.getAppInfo]: guarded(IPC_CHANNELS.getAppInfo, noPayloadSchema, () => services.getAppInfo()),
    [IPC_CHANNELS.saveFile]: guarded(IPC_CHANNELS.saveFile, saveFileRequestSchema, (owner, request) =>
      services.saveFile(owner, request),
    ),
    [IPC_CHANNELS.openFile]: guarded(IPC_CHANNELS.openFile, openFileRequestSchema, (owner, request) =>
      services.openFile(owner, request),
    ),
    [IPC_CHANNELS.printToPdf]: guarded(IPC_CHANNELS.printToPdf, printToPdfRequestSchema, (owner, request) =>
      services.printToPdf(owner, request),
    ),
    [IPC_CHANNELS.saveCredentials]: guarded(IPC_CHANNELS.saveCredentials, stationCredentialsSchema, (_owner, credentials) =>
      services.saveCredentials(credentials),
    ),
    [IPC_CHANNELS.loadCredentials]: guarded(IPC_CHANNELS.loadCredentials, noPayloadSchema, () =>
      services.loadCredentials(),
    ),
    [IPC_CHANNELS.clearCredentials]: guarded(IPC_CHANNELS.clearCredentials, noPayloadSchema, () =>
      services.clearCredentials(),
    ),
    [IPC_CHANNELS.listSnapshots]: guarded(IPC_CHANNELS.listSnapshots, noPayloadSchema, () => services.listSnapshots()),
    [IPC_CHANNELS.writeSnapshot]: guarded(IPC_CHANNELS.writeSnapshot, snapshotWriteSchema, (_owner, request) => services.writeSnapshot(request)),
    [IPC_CHANNELS.readSnapshot]: guarded(IPC_CHANNELS.readSnapshot, snapshotIdSchema, (_owner, id) => services.readSnapshot(id)),
    [IPC_CHANNELS.deleteSnapshot]: guarded(IPC_CHANNELS.deleteSnapshot, snapshotIdSchema, (_owner, id) => services.deleteSnapshot(id)),
    [IPC_CHANNELS.getUpdateStatus]: guarded(IPC_CHANNELS.getUpdateStatus, noPayloadSchema, () => services.getUpdateStatus()),
    [IPC_CHANNELS.checkForUpdate]: guarded(IPC_CHANNELS.checkForUpdate, noPayloadSchema, () => services.checkForUpdate()),
    [IPC_CHANNELS.postponeUpdate]: guarded(IPC_CHANNELS.postponeUpdate, noPayloadSchema, () => services.postponeUpdate()),
    [IPC_CHANNELS.installUpdate]: guarded(IPC_CHANNELS.installUpdate, installUpdateRequestSchema, (_owner, request) => services.installUpdate(request)),
  };
}

export function registerIpcHandlers<Owner>(ipcMain: IpcMainLike<Owner>, handlers: Record<IpcChannel, IpcHandler<Owner>>): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, handler);
  }
}
