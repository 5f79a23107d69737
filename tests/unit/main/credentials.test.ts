import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StationCredentials } from '../../../src-renderer/platform/api';
import { CREDENTIALS_FILE_NAME, createCredentialStore, type SecretCipher } from '../../../src-main/credentials';

const CREDENTIALS: StationCredentials = {
  serverUrl: 'https://couch.example.cn:6984',
  database: 'station-130102001',
  username: 'keeper-130102001',
  password: 'Zhan-Tai-2024!mima',
};

/** Stands in for safeStorage: real AES-GCM with a key that only this "OS" knows. */
function fakeOsCipher(options: { available?: boolean; backend?: string; shouldReEncrypt?: boolean } = {}) {
  const key = randomBytes(32);
  const cipher: SecretCipher = {
    isEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    encryptString: (plainText) => {
      const iv = randomBytes(12);
      const aes = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([aes.update(plainText, 'utf8'), aes.final()]);
      return Promise.resolve(Buffer.concat([iv, aes.getAuthTag(), body]));
    },
    decryptString: (encrypted) => {
      const bytes = Buffer.from(encrypted);
      const aes = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      aes.setAuthTag(bytes.subarray(12, 28));
      const text = Buffer.concat([aes.update(bytes.subarray(28)), aes.final()]).toString('utf8');
      return Promise.resolve({ text, shouldReEncrypt: options.shouldReEncrypt ?? false });
    },
    ...(options.backend === undefined ? {} : { storageBackend: () => options.backend ?? '' }),
  };
  return cipher;
}

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'station-ledger-credentials-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('createCredentialStore', () => {
  it('gives back exactly what was saved', async () => {
    const store = createCredentialStore({ cipher: fakeOsCipher(), directory });
    expect(await store.load()).toBeNull();
    await store.save(CREDENTIALS);
    expect(await store.load()).toEqual(CREDENTIALS);
  });

  it('keeps neither the password nor the user name readable on disk', async () => {
    const store = createCredentialStore({ cipher: fakeOsCipher(), directory });
    await store.save(CREDENTIALS);
    const onDisk = await readFile(path.join(directory, CREDENTIALS_FILE_NAME));
    for (const encoding of ['utf8', 'utf16le', 'latin1', 'base64'] as const) {
      const text = onDisk.toString(encoding);
      expect(text).not.toContain(CREDENTIALS.password);
      expect(text).not.toContain(CREDENTIALS.username);
    }
    expect(await readdir(directory)).toEqual([CREDENTIALS_FILE_NAME]);
  });

  it('refuses to save when the OS offers no encryption, and writes nothing', async () => {
    const store = createCredentialStore({ cipher: fakeOsCipher({ available: false }), directory });
    await expect(store.save(CREDENTIALS)).rejects.toThrow(/^encryption-unavailable: /);
    expect(await readdir(directory)).toEqual([]);
  });

  it('refuses to save on Linux without a real keyring (Electron would use a built-in key)', async () => {
    const store = createCredentialStore({ cipher: fakeOsCipher({ backend: 'basic_text' }), directory });
    await expect(store.save(CREDENTIALS)).rejects.toThrow(/^encryption-unavailable: /);
    expect(await readdir(directory)).toEqual([]);
  });

  it('works with a real Linux keyring', async () => {
    const store = createCredentialStore({ cipher: fakeOsCipher({ backend: 'gnome_libsecret' }), directory });
    await store.save(CREDENTIALS);
    expect(await store.load()).toEqual(CREDENTIALS);
  });

  it('says the credentials are unreadable when the OS key changed', async () => {
    await createCredentialStore({ cipher: fakeOsCipher(), directory }).save(CREDENTIALS);
    const afterReinstall = createCredentialStore({ cipher: fakeOsCipher(), directory });
    await expect(afterReinstall.load()).rejects.toThrow(/^credentials-unreadable: /);
  });

  it('says the credentials are unreadable when the file is damaged', async () => {
    const cipher = fakeOsCipher();
    await writeFile(path.join(directory, CREDENTIALS_FILE_NAME), await cipher.encryptString('{"serverUrl":1}'));
    await expect(createCredentialStore({ cipher, directory }).load()).rejects.toThrow(/^credentials-unreadable: /);
  });

  it('re-encrypts when the OS asks for it after a key rotation', async () => {
    const cipher = fakeOsCipher({ shouldReEncrypt: true });
    const store = createCredentialStore({ cipher, directory });
    await store.save(CREDENTIALS);
    const before = await readFile(path.join(directory, CREDENTIALS_FILE_NAME));
    expect(await store.load()).toEqual(CREDENTIALS);
    const after = await readFile(path.join(directory, CREDENTIALS_FILE_NAME));
    expect(after.equals(before)).toBe(false);
    expect(await store.load()).toEqual(CREDENTIALS);
  });

  it('forgets the credentials on clear, and clearing twice is fine', async () => {
    const store = createCredentialStore({ cipher: fakeOsCipher(), directory });
    await store.save(CREDENTIALS);
    await store.clear();
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('never writes the password to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    );
    try {
      const store = createCredentialStore({ cipher: fakeOsCipher(), directory });
      await store.save(CREDENTIALS);
      await store.load();
      await createCredentialStore({ cipher: fakeOsCipher(), directory })
        .load()
        .catch(() => undefined);
      const logged = spies.flatMap((spy) => spy.mock.calls.flat().map(String)).join('\n');
      expect(logged).not.toContain(CREDENTIALS.password);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
