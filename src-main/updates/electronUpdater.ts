import { NsisUpdater, type ProgressInfo } from 'electron-updater';
import type { Updater } from './updateController';

/*
 * Thin wiring from electron-updater to the controller's Updater; the decisions live in updateController.ts.
 * Windows only: the city publishes the NSIS installer (app-updates/win).
 */
export function createNsisUpdater(log: (message: string) => void): Updater {
  const updater = new NsisUpdater();
  // The keeper chooses when: nothing downloads or installs by itself, not even on quitting.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  updater.allowPrerelease = false;
  updater.disableWebInstaller = true;
  updater.logger = { info: log, warn: log, error: log };
  // Failures are handled where the promise rejects; an 'error' event nobody listens to would throw.
  updater.on('error', () => undefined);
  return {
    setFeed(feed) {
      updater.setFeedURL({ provider: 'generic', url: feed.url });
      updater.requestHeaders = feed.headers;
    },
    async check() {
      const result = await updater.checkForUpdates();
      return result?.isUpdateAvailable === true ? result.updateInfo.version : null;
    },
    async download(onProgress) {
      const listener = (progress: ProgressInfo): void => onProgress(progress.percent);
      updater.on('download-progress', listener);
      try {
        await updater.downloadUpdate();
      } finally {
        updater.off('download-progress', listener);
      }
    },
    quitAndInstall() {
      // Silent (per-user, no wizard to answer) and started again afterwards.
      updater.quitAndInstall(true, true);
    },
  };
}
