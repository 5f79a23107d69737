import { getSetting, putSetting, type LocalDb } from '../data/local/localDb';
import type { DesktopApi, OpenedFile, StationCredentials, UpdateStatus } from './api';
import { createWebSnapshotStore } from './webSnapshots';

const CREDENTIALS_KEY = 'web-credentials';

/** A browser runs whatever the server serves: there is nothing to install, so no update to offer. */
const NO_UPDATES: UpdateStatus = { phase: 'unsupported', reason: 'web' };

function download(name: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data.slice().buffer]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser needs the URL until the download has started; a tick later it can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function pickFile(extensions: string[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }))
        .catch(reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** The plain-browser implementation of the host contract: downloads, file inputs, window.print(). */
export function createWebPlatform(local: LocalDb, snapshots = createWebSnapshotStore()): DesktopApi {
  return {
    shell: 'web',
    credentialStorage: 'browser-plaintext',
    getAppInfo: () => Promise.resolve({ version: __APP_VERSION__, shell: 'web', os: navigator.platform }),
    saveFile(request) {
      download(request.suggestedName, request.data);
      return Promise.resolve({ saved: true });
    },
    openFile: (request) => pickFile(request.filters.flatMap((f) => f.extensions)),
    printToPdf() {
      window.print();
      return Promise.resolve({ saved: false });
    },
    async saveCredentials(credentials: StationCredentials) {
      await putSetting(local, CREDENTIALS_KEY, credentials);
    },
    async loadCredentials() {
      return (await getSetting<StationCredentials>(local, CREDENTIALS_KEY)) ?? null;
    },
    async clearCredentials() {
      await local.settings.delete(CREDENTIALS_KEY);
    },
    snapshotPlace: 'browser',
    listSnapshots: () => snapshots.list(),
    writeSnapshot: (request) => snapshots.write(request),
    readSnapshot: (id) => snapshots.read(id),
    deleteSnapshot: (id) => snapshots.remove(id),
    getUpdateStatus: () => Promise.resolve(NO_UPDATES),
    checkForUpdate: () => Promise.resolve(NO_UPDATES),
    postponeUpdate: () => Promise.resolve(NO_UPDATES),
    installUpdate: () => Promise.resolve(NO_UPDATES),
    onUpdateStatus: () => () => undefined,
  };
}
