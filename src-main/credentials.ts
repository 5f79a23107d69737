import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StationCredentials } from '../src-renderer/platform/api';
import { DesktopError } from './errors';
import { stationCredentialsSchema } from './ipcSchemas';

/**
 * The slice of Electron's safeStorage this module needs (the async API; the sync one is deprecated).
 * The key lives with the OS: DPAPI on Windows, the desktop keyring on Linux.
 */
export interface SecretCipher {
  isEncryptionAvailable(): Promise<boolean>;
  encryptString(plainText: string): Promise<Uint8Array>;
  decryptString(encrypted: Uint8Array): Promise<{ text: string; shouldReEncrypt: boolean }>;
  /** Linux only: the keyring in use. 'basic_text' means a key hard-coded in Electron, i.e. no real protection. */
  storageBackend?(): string;
}

export const CREDENTIALS_FILE_NAME = 'station-credentials.bin';

export interface CredentialStore {
  save(credentials: StationCredentials): Promise<void>;
  load(): Promise<StationCredentials | null>;
  clear(): Promise<void>;
}

function isMissingFile(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

/**
 * Keeps the station's CouchDB credentials in one file in `directory` (the app's userData), encrypted as a
 * whole so not even the user name sits there in clear. Without OS encryption nothing is written: the
 * keeper gets an error instead of a password stored in plain text. Nothing here logs.
 */
export function createCredentialStore(options: { cipher: SecretCipher; directory: string }): CredentialStore {
  const { cipher, directory } = options;
  const filePath = path.join(directory, CREDENTIALS_FILE_NAME);

  async function assertEncryptionAvailable(): Promise<void> {
    if (!(await cipher.isEncryptionAvailable())) {
      throw new DesktopError(
        'encryption-unavailable',
        'The operating system offers no encryption for saved passwords; the password was not stored.',
      );
    }
    if (cipher.storageBackend?.() === 'basic_text') {
      throw new DesktopError(
        'encryption-unavailable',
        'No desktop keyring (e.g. gnome-keyring or KWallet) is running; the password was not stored.',
      );
    }
  }

  async function writeEncrypted(credentials: StationCredentials): Promise<void> {
    const encrypted = await cipher.encryptString(JSON.stringify(credentials));
    await mkdir(directory, { recursive: true });
    // Write then rename, so a crash mid-write never leaves half a file where the credentials were.
    const temporaryPath = `${filePath}.tmp`;
    await writeFile(temporaryPath, encrypted, { mode: 0o600 });
    await rename(temporaryPath, filePath);
  }

  return {
    async save(credentials) {
      await assertEncryptionAvailable();
      await writeEncrypted(stationCredentialsSchema.parse(credentials));
    },

    async load() {
      let encrypted: Uint8Array;
      try {
        encrypted = await readFile(filePath);
      } catch (error) {
        if (isMissingFile(error)) return null;
        throw error;
      }
      await assertEncryptionAvailable();
      let decrypted: { text: string; shouldReEncrypt: boolean };
      let credentials: StationCredentials;
      try {
        decrypted = await cipher.decryptString(encrypted);
        credentials = stationCredentialsSchema.parse(JSON.parse(decrypted.text));
      } catch {
        // The OS key changed (new user profile, reinstalled keyring) or the file was damaged.
        throw new DesktopError(
          'credentials-unreadable',
          'The saved station credentials cannot be decrypted; load the station set-up file again.',
        );
      }
      if (decrypted.shouldReEncrypt) await writeEncrypted(credentials);
      return credentials;
    },

    async clear() {
      await rm(filePath, { force: true });
    },
  };
}
