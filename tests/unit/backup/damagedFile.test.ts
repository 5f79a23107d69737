import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gunzip, gzip } from '../../../src-renderer/data/backup/gzip';
import { BackupFileError, readBackup } from '../../../src-renderer/data/backup/readBackup';
import { restoreBackup } from '../../../src-renderer/data/backup/restoreBackup';
import { backedUpStation, storedRecords, withLedger } from './backupFixture';

/** gzip's MTIME, XFL and OS bytes (RFC 1952): a change there leaves the content as it was. */
const INERT_GZIP_BYTES = new Set([4, 5, 6, 7, 8, 9]);
/** gzip's FLG byte and its FTEXT bit: "probably text" is a hint no reader acts on (RFC 1952 2.3.1). */
const GZIP_FLG_AT = 3;
const GZIP_FTEXT = 1;

function inert(at: number, xor: number): boolean {
  return INERT_GZIP_BYTES.has(at) || (at === GZIP_FLG_AT && xor === GZIP_FTEXT);
}

async function refusal(data: Uint8Array): Promise<string | null> {
  try {
    await readBackup(data);
    return null;
  } catch (error) {
    if (error instanceof BackupFileError) return error.reason;
    throw error;
  }
}

describe('a damaged backup file', () => {
  it('is refused wherever one byte is changed, unless the byte changes nothing that is read', async () => {
    const { file } = await backedUpStation();
    const original = await gunzip(file.data);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: file.data.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const damaged = file.data.slice();
        damaged[at] = (damaged[at] ?? 0) ^ xor;
        const reason = await refusal(damaged);
        if (inert(at, xor)) expect(reason).toBeNull();
        else expect(reason === 'damaged' || reason === 'notBackup').toBe(true);
        if (reason === null) expect(await gunzip(damaged)).toEqual(original);
      }),
      { numRuns: 60 },
    );
  });

  it('is refused when cut short, at any length', async () => {
    const { file } = await backedUpStation();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: file.data.length - 1 }), async (length) => {
        expect(await refusal(file.data.slice(0, length))).not.toBeNull();
      }),
      { numRuns: 40 },
    );
  });

  it('is refused by its checksum when the body was changed and packed again, and nothing is written', async () => {
    const { file } = await backedUpStation();
    const text = new TextDecoder().decode(await gunzip(file.data));
    const altered = text.replace('"hours":3', '"hours":8');
    expect(altered).not.toBe(text);
    const repacked = await gzip(new TextEncoder().encode(altered));
    expect(await refusal(repacked)).toBe('damaged');
    await withLedger(async (target) => {
      const before = await storedRecords(target);
      await expect(readBackup(repacked).then((read) => restoreBackup(target, read))).rejects.toBeInstanceOf(BackupFileError);
      expect(await storedRecords(target)).toEqual(before);
    });
  });

  it('says which kind of file it is not: another format, or a newer backup format', async () => {
    expect(await refusal(new TextEncoder().encode('姓名,身份证号\n张三,1'))).toBe('notBackup');
    expect(await refusal(await gzip(new TextEncoder().encode('{"format":"other"}\n{}')))).toBe('notBackup');
    const { file } = await backedUpStation();
    const text = new TextDecoder().decode(await gunzip(file.data));
    // Format 2 (photos) is read by this app; a format after it is not.
    const newer = text.replace('"formatVersion":1', '"formatVersion":3');
    expect(await refusal(await gzip(new TextEncoder().encode(newer)))).toBe('newerFormat');
  });
});
