import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN, APP_SCHEME, chooseRendererSource, originOf } from './appOrigin';
import { buildAppInfo } from './appInfo';
import { createAppProtocolHandler } from './appProtocol';
import { createCredentialStore } from './credentials';
import { electronDialogs, electronSecretCipher } from './electronAdapters';
import { createFileService, nodeFileStore } from './files';
import { createIpcHandlers, registerIpcHandlers, type IpcServices } from './ipc';
import { createSnapshotFolder } from './snapshots';
import { buildMenuTemplate } from './menu';
import { pickMenuLabels } from './menuLabels';
import { createPrintService } from './print';
import { buildContentSecurityPolicy, hardenSession, hardenWebContents } from './security';
import { askBeforeDroppingWork, pickUnsavedWorkLabels } from './unsavedWorkDialog';
import { pickRecoveryLabels, recoverWhenRendererGone } from './rendererRecovery';
import { mainWindowOptions } from './windowOptions';
import { UPDATE_STATUS_EVENT } from '../src-renderer/platform/api';
import { createNsisUpdater } from './updates/electronUpdater';
import { createUpdateController, type UpdateController } from './updates/updateController';

// Layout of the electron-vite build: out/main/main.js, out/preload/preload.cjs, out/renderer/.
const RENDERER_DIR = path.join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = path.join(import.meta.dirname, '../preload/preload.cjs');

// Both must happen before the 'ready' event.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    // standard + secure give the scheme a real origin and a secure context: IndexedDB, storage.persist(), fetch.
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
  },
]);
app.enableSandbox();

const rendererSource = chooseRendererSource({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
const appOrigin = originOf(rendererSource.url) ?? APP_ORIGIN;
const contentSecurityPolicy = buildContentSecurityPolicy({ dev: rendererSource.kind === 'dev-server' });
const openExternal = (url: string): Promise<void> => shell.openExternal(url);

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createServices(): { services: IpcServices<WebContents>; updates: UpdateController } {
  const files = createFileService<WebContents>({
    dialogs: electronDialogs,
    store: nodeFileStore,
    defaultDirectory: app.getPath('documents'),
  });
  const print = createPrintService(files);
  const credentials = createCredentialStore({
    cipher: electronSecretCipher(process.platform),
    directory: app.getPath('userData'),
  });
  // In the app's own data folder, beside the databases' folder: what a keeper or a technician copies.
  const snapshots = createSnapshotFolder(path.join(app.getPath('userData'), 'snapshots'));
  const log = (message: string): void => console.info(`[update] ${message}`);
  // Only an installed Windows build updates itself; a development run or another system is updated by hand.
  const canUpdate = app.isPackaged && process.platform === 'win32';
  const updates = createUpdateController({
    updater: canUpdate ? createNsisUpdater(log) : null,
    unsupported: app.isPackaged ? 'platform' : 'not-installed',
    appVersion: app.getVersion(),
    loadCredentials: () => credentials.load(),
    isOnline: () => net.isOnline(),
    listSnapshots: () => snapshots.list(),
    publish: (status) => mainWindow?.webContents.send(UPDATE_STATUS_EVENT, status),
    every: (ms, run) => {
      const timer = setInterval(run, ms);
      return () => clearInterval(timer);
    },
    log,
  });
  const services: IpcServices<WebContents> = {
    getAppInfo: () => buildAppInfo({ version: app.getVersion(), platform: process.platform }),
    saveFile: (owner, request) => files.saveFile(owner, request),
    openFile: (owner, request) => files.openFile(owner, request),
    printToPdf: (owner, request) => print.printToPdf(owner, request),
    saveCredentials: (value) => credentials.save(value),
    loadCredentials: () => credentials.load(),
    clearCredentials: () => credentials.clear(),
    listSnapshots: () => snapshots.list(),
    writeSnapshot: (request) => snapshots.write(request),
    readSnapshot: (id) => snapshots.read(id),
    deleteSnapshot: (id) => snapshots.remove(id),
    getUpdateStatus: () => updates.status(),
    checkForUpdate: () => updates.check(),
    postponeUpdate: () => updates.postpone(),
    installUpdate: (request) => updates.install(request),
  };
  return { services, updates };
}

function installMenu(): void {
  const labels = pickMenuLabels(app.getLocale());
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: labels.about,
      message: app.getName(),
      detail: labels.aboutDetail(app.getVersion()),
      buttons: [labels.ok],
    };
    void (mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options));
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(labels, { isPackaged: app.isPackaged, onAbout: showAbout })),
  );
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, { appOrigin, contentSecurityPolicy });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: RENDERER_DIR, readFile: (filePath) => readFile(filePath), contentSecurityPolicy }),
  );
  const { services, updates } = createServices();
  registerIpcHandlers(ipcMain, createIpcHandlers(services, appOrigin));
  installMenu();

  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath: PRELOAD_PATH, workArea: screen.getPrimaryDisplay().workAreaSize }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.webContents.on(
    'will-prevent-unload',
    askBeforeDroppingWork((options) => dialog.showMessageBoxSync(window, options), pickUnsavedWorkLabels(app.getLocale())),
  );
  window.webContents.on(
    'render-process-gone',
    recoverWhenRendererGone(
      { reload: () => window.webContents.reload(), tell: (options) => void dialog.showMessageBox(window, options), now: Date.now },
      pickRecoveryLabels(app.getLocale()),
    ),
  );
  window.on('closed', () => {
    mainWindow = null;
  });
  await window.loadURL(rendererSource.url);
  // After the page is up, so the first status has someone to tell; it also asks for it when it mounts.
  updates.start();
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appOrigin, openExternal));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Station Ledger failed to start:', error);
      app.exit(1);
    });
} else {
  // Another window is already open: it is brought to the front by its 'second-instance' handler.
  app.quit();
}
