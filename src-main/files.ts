import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  FileFilter,
  OpenFileRequest,
  OpenedFile,
  SaveFileRequest,
  SaveFileResult,
} from '../src-renderer/platform/api';
import { DesktopError } from './errors';

/** Imports are Excel/CSV/backup files; anything bigger is a wrong pick and would stall the renderer. */
export const MAX_OPEN_FILE_BYTES = 100 * 1024 * 1024; // 100 MB

export interface SaveDialogChoice {
  canceled: boolean;
  filePath?: string;
}

export interface OpenDialogChoice {
  canceled: boolean;
  filePaths: string[];
}

/** The dialogs of the window that asked; `Owner` is whatever identifies that window (a WebContents in the app). */
export interface FileDialogs<Owner> {
  showSaveDialog(owner: Owner, options: { defaultPath: string; filters: FileFilter[] }): Promise<SaveDialogChoice>;
  showOpenDialog(owner: Owner, options: { filters: FileFilter[] }): Promise<OpenDialogChoice>;
}

export interface FileStore {
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  readFile(filePath: string): Promise<Uint8Array>;
  sizeOf(filePath: string): Promise<number>;
}

export const nodeFileStore: FileStore = {
  writeFile: (filePath, data) => writeFile(filePath, data),
  readFile: (filePath) => readFile(filePath),
  sizeOf: async (filePath) => (await stat(filePath)).size,
};

export interface FileServiceOptions<Owner> {
  dialogs: FileDialogs<Owner>;
  store: FileStore;
  /** Folder the save dialog opens in (e.g. the keeper's Documents). */
  defaultDirectory: string;
  maxOpenBytes?: number;
}

export interface FileService<Owner> {
  saveFile(owner: Owner, request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(owner: Owner, request: OpenFileRequest): Promise<OpenedFile | null>;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function createFileService<Owner>(options: FileServiceOptions<Owner>): FileService<Owner> {
  const maxOpenBytes = options.maxOpenBytes ?? MAX_OPEN_FILE_BYTES;
  const { dialogs, store } = options;

  return {
    async saveFile(owner, request) {
      const choice = await dialogs.showSaveDialog(owner, {
        defaultPath: path.join(options.defaultDirectory, request.suggestedName),
        filters: request.filters,
      });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
      await store.writeFile(choice.filePath, request.data);
      return { saved: true, path: choice.filePath };
    },

    async openFile(owner, request) {
      const choice = await dialogs.showOpenDialog(owner, { filters: request.filters });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return null;
      // Checked before reading so a huge file is never pulled into memory.
      const tooLarge = (size: number): DesktopError =>
        new DesktopError(
          'file-too-large',
          `The chosen file is ${megabytes(size)}; files larger than ${megabytes(maxOpenBytes)} cannot be opened.`,
        );
      const size = await store.sizeOf(filePath);
      if (size > maxOpenBytes) throw tooLarge(size);
      const data = await store.readFile(filePath);
      // The file may have grown between the two calls.
      if (data.byteLength > maxOpenBytes) throw tooLarge(data.byteLength);
      return { name: path.basename(filePath), data };
    },
  };
}
