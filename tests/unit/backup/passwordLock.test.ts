import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../src-renderer/data/backup/createBackup';
import { isLocked, lockBackup, lockedHeader, MIN_PASSWORD_LENGTH, unlockBackup } from '../../../src-renderer/data/backup/passwordLock';
import { BackupFileError, readBackup } from '../../../src-renderer/data/backup/readBackup';
import { passwordProblem } from '../../../src-renderer/features/backup/BackupPasswordFields';
import { backedUpStation } from './backupFixture';

/** Enough work to be real PBKDF2, little enough that the property runs stay quick. */
const TEST_ITERATIONS = 100_000;

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof BackupFileError ? error.reason : `not refused: ${String(error)}`;
}

describe('a backup locked with a password (备份到U盘)', () => {
  let file: BackupFile;
  let locked: Uint8Array;
  const shown = () => ({ stationCode: file.header.stationCode, createdAt: file.header.createdAt });

  beforeAll(async () => {
    ({ file } = await backedUpStation());
    locked = await lockBackup(file.data, '幸福里2024', shown());
  });

  it('opens with its password to exactly the backup that was locked, and shows only the station and date before', async () => {
    expect(isLocked(locked)).toBe(true);
    expect(isLocked(file.data)).toBe(false);
    expect(lockedHeader(locked)).toMatchObject(shown());
    // None of the records can be read from the locked bytes.
    const text = new TextDecoder('utf-8', { fatal: false }).decode(locked);
    expect(text).not.toContain('张三');
    const opened = await readBackup(locked, '幸福里2024');
    const plain = await readBackup(file.data);
    expect(opened).toEqual(plain);
  });

  it('asks for the password, names the station, and refuses a wrong one', async () => {
    const asked = await readBackup(locked).catch((e: unknown) => e);
    expect(asked).toBeInstanceOf(BackupFileError);
    expect((asked as BackupFileError).reason).toBe('needsPassword');
    expect((asked as BackupFileError).values).toEqual({ station: file.header.stationCode });
    expect(await refusal(readBackup(locked, '幸福里2025'))).toBe('wrongPassword');
    expect(await refusal(readBackup(locked, ''))).toBe('wrongPassword');
  });

  it('takes the password typed in full-width mode as the same password', async () => {
    const halfWidth = await lockBackup(file.data, 'abc123', shown(), TEST_ITERATIONS);
    expect(await readBackup(halfWidth, 'ａｂｃ１２３')).toMatchObject({ header: { stationCode: file.header.stationCode } });
  });

  it('refuses an altered file: a changed byte of the records, or of what it shows before the password', async () => {
    const flipped = locked.slice();
    flipped[flipped.length - 20] = (flipped[flipped.length - 20] ?? 0) ^ 0x01;
    expect(await refusal(readBackup(flipped, '幸福里2024'))).toBe('wrongPassword');
    const relabelled = new TextEncoder().encode(new TextDecoder().decode(locked.subarray(0, 200)).replace(file.header.stationCode, 'XX-XX-999'));
    const moved = new Uint8Array(locked.length - 200 + relabelled.length);
    moved.set(relabelled, 0);
    moved.set(locked.subarray(200), relabelled.length);
    expect(await refusal(readBackup(moved, '幸福里2024'))).toBe('wrongPassword');
    expect(await refusal(readBackup(locked.subarray(0, 60), '幸福里2024'))).toBe('damaged');
  });

  it('round-trips any password, and no other password opens it', async () => {
    const payload = new TextEncoder().encode('backup bytes');
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: MIN_PASSWORD_LENGTH, maxLength: 24, unit: 'grapheme' }), fc.string({ maxLength: 24 }), async (password, other) => {
        const sealed = await lockBackup(payload, password, { stationCode: 'JN-LX-001', createdAt: '' }, TEST_ITERATIONS);
        expect(await unlockBackup(sealed, password)).toEqual(payload);
        if (other.normalize('NFKC') !== password.normalize('NFKC')) await expect(unlockBackup(sealed, other)).rejects.toThrow('wrongPassword');
      }),
      { numRuns: 8 },
    );
  });

  it('the form asks for six characters, typed the same twice', () => {
    expect(passwordProblem({ lock: false, password: '', again: '' })).toBeNull();
    expect(passwordProblem({ lock: true, password: '12345', again: '12345' })).toBe('backup.create.passwordTooShort');
    expect(passwordProblem({ lock: true, password: '123456', again: '123465' })).toBe('backup.create.passwordMismatch');
    expect(passwordProblem({ lock: true, password: '１２３４５６', again: '123456' })).toBeNull();
    expect(passwordProblem({ lock: true, password: '幸福里站点', again: '幸福里站点' })).toBe('backup.create.passwordTooShort');
    expect(passwordProblem({ lock: true, password: '幸福里站点01', again: '幸福里站点01' })).toBeNull();
  });
});
