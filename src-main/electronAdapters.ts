import { BrowserWindow, dialog, safeStorage } from 'electron';
import type { WebContents } from 'electron';
import type { SecretCipher } from './credentials';
import type { FileDialogs } from './files';

/*
 * Thin wiring from Electron's objects to the small interfaces the plain modules take.
 * Nothing here decides anything; the decisions live in the modules the unit tests cover.
 */

export const electronDialogs: FileDialogs<WebContents> = {
  showSaveDialog(owner, options) {
    const window = BrowserWindow.fromWebContents(owner);
    return window === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options);
  },
  showOpenDialog(owner, options) {
    const request = { ...options, properties: ['openFile' as const] };
    const window = BrowserWindow.fromWebContents(owner);
    return window === null ? dialog.showOpenDialog(request) : dialog.showOpenDialog(window, request);
  },
};

export function electronSecretCipher(platform: NodeJS.Platform): SecretCipher {
  return {
    isEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    encryptString: (plainText) => safeStorage.encryptStringAsync(plainText),
    decryptString: async (encrypted) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(encrypted));
      return { text: result, shouldReEncrypt };
    },
    ...(platform === 'linux' ? { storageBackend: () => safeStorage.getSelectedStorageBackend() } : {}),
  };
}
