/**
 * The single contract between the renderer and whatever hosts it.
 * The Electron preload implements it over IPC (`src-main/preload.ts`, `satisfies DesktopApi`);
 * `web.ts` implements it with browser APIs so the same UI runs in a plain browser.
 * Every IPC channel below is an invoke/handle pair with a kebab-case verb name.
 */

export interface AppInfo {
  version: string;
  /** 'desktop' inside Electron, 'web' in a plain browser. */
  shell: 'desktop' | 'web';
  /** e.g. 'win32', 'linux', or the browser's user agent platform. */
  os: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  data: Uint8Array;
}

export interface SaveFileResult {
  saved: boolean;
  /** Where the file went, to show the keeper; absent when cancelled or in web mode. */
  path?: string;
}

export interface OpenFileRequest {
  filters: FileFilter[];
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface PrintToPdfRequest {
  suggestedName: string;
  landscape: boolean;
}

/** Why an automatic snapshot was taken: the first start of a day, or a start after the app changed. */
export type SnapshotReason = 'daily' | 'update';

/** What the renderer says about a snapshot it hands over; the store adds id, sequence and size. */
export interface SnapshotMeta {
  reason: SnapshotReason;
  /** The PC's local date, YYYY-MM-DD: a label to group by for retention, never trusted as an order. */
  day: string;
  /** The PC's clock when taken (ISO): shown, never used to order. */
  createdAt: string;
  appVersion: string;
  stationCode: string;
  /** Live records in it, to show in the list. */
  records: number;
}

export interface SnapshotInfo extends SnapshotMeta {
  id: string;
  /** Taken later means higher, whatever the clock said: the store counts. */
  sequence: number;
  bytes: number;
}

export interface SnapshotWrite {
  meta: SnapshotMeta;
  data: Uint8Array;
}

/** What a station needs to reach its own database on the city's CouchDB. */
export interface StationCredentials {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
  /** Where the desktop app looks for a new version, as the set-up file named it; absent: updated by hand. */
  updateUrl?: string;
  /** The station's key for signing U盘同步 bundles, as the set-up file named it; absent in files issued before. */
  bundleKey?: string;
}

/**
 * Why an update could not be checked, downloaded or installed; the renderer says each in its own words.
 * 'unauthorized': the server refused the station's account (401) — no further check until it changes.
 * 'integrity': the downloaded installer's sha512 or signature did not match what the server listed.
 * 'snapshot-missing': the snapshot that must precede an update was not found, so nothing was downloaded.
 */
export const UPDATE_PROBLEMS = ['offline', 'unauthorized', 'not-found', 'server', 'integrity', 'snapshot-missing', 'unknown'] as const;
export type UpdateProblem = (typeof UPDATE_PROBLEMS)[number];

/** Where the desktop app's own update stands; the main process is the one that knows, the renderer shows it. */
export type UpdateStatus =
  /**
   * 'web': a browser serves what the server serves; 'not-installed': a development build; 'platform': the
   * city publishes Windows installers only, so other systems are updated by hand.
   */
  | { phase: 'unsupported'; reason: 'web' | 'not-installed' | 'platform' }
  /** No set-up file with an update address has been imported on this PC. */
  | { phase: 'not-configured' }
  | { phase: 'idle'; checked: boolean }
  | { phase: 'checking' }
  /** `postponed`: the keeper said 稍后 to this version; asked again at the next start or for a newer one. */
  | { phase: 'available'; version: string; postponed: boolean }
  | { phase: 'downloading'; version: string; percent: number }
  /** Downloaded and verified: the app is closing to run the installer. */
  | { phase: 'installing'; version: string }
  /** `version` when a chosen update failed (it can be tried again by hand); absent when a check failed. */
  | { phase: 'failed'; problem: UpdateProblem; version?: string };

/** 现在更新: the version the keeper chose and the update snapshot taken for it, written before anything is downloaded. */
export interface InstallUpdateRequest {
  version: string;
  snapshotId: string;
}

/**
 * 'os-encrypted': the desktop keeps the password with the OS keychain (Electron safeStorage).
 * 'browser-plaintext': web mode keeps it in IndexedDB; the UI says this is for testing only.
 */
export type CredentialStorageKind = 'os-encrypted' | 'browser-plaintext';

export interface DesktopApi {
  readonly shell: 'desktop' | 'web';
  getAppInfo(): Promise<AppInfo>;
  /** Save bytes to a file the keeper picks (desktop: save dialog; web: a download). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Let the keeper pick a file to import; null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Print the current page to an A4 PDF (desktop: printToPDF; web: the browser's print dialog). */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** 'app-folder': automatic snapshots are files in the app's data folder; 'browser': in this browser's storage. */
  readonly snapshotPlace: 'app-folder' | 'browser';
  listSnapshots(): Promise<SnapshotInfo[]>;
  writeSnapshot(request: SnapshotWrite): Promise<SnapshotInfo>;
  /** The snapshot's bytes, or null when it is gone. */
  readSnapshot(id: string): Promise<Uint8Array | null>;
  deleteSnapshot(id: string): Promise<void>;
  readonly credentialStorage: CredentialStorageKind;
  saveCredentials(credentials: StationCredentials): Promise<void>;
  loadCredentials(): Promise<StationCredentials | null>;
  clearCredentials(): Promise<void>;
  getUpdateStatus(): Promise<UpdateStatus>;
  /** 检查更新 by hand; the desktop also checks at start and every few hours while online. */
  checkForUpdate(): Promise<UpdateStatus>;
  /** 稍后: not now; the update stays listed in Settings → 关于. */
  postponeUpdate(): Promise<UpdateStatus>;
  /** Downloads and installs the chosen version once its snapshot is written; the app then closes and restarts. */
  installUpdate(request: InstallUpdateRequest): Promise<UpdateStatus>;
  /** Every change of the update's status (download progress included); returns the unsubscribe. */
  onUpdateStatus(listener: (status: UpdateStatus) => void): () => void;
}

/** IPC channel names, declared once for the preload and the main process. */
export const IPC_CHANNELS = {
  getAppInfo: 'get-app-info',
  saveFile: 'save-file',
  openFile: 'open-file',
  printToPdf: 'print-to-pdf',
  saveCredentials: 'save-credentials',
  loadCredentials: 'load-credentials',
  clearCredentials: 'clear-credentials',
  listSnapshots: 'list-snapshots',
  writeSnapshot: 'write-snapshot',
  readSnapshot: 'read-snapshot',
  deleteSnapshot: 'delete-snapshot',
  getUpdateStatus: 'get-update-status',
  checkForUpdate: 'check-for-update',
  postponeUpdate: 'postpone-update',
  installUpdate: 'install-update',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/**
 * The one message the main process sends unasked: the update's status (download progress cannot wait for
 * the renderer to ask). The preload listens on this channel alone; main checks each status before sending it.
 */
export const UPDATE_STATUS_EVENT = 'update-status-changed';
