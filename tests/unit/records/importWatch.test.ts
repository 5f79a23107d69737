import { afterEach, describe, expect, it } from 'vitest';
import { markImportEnded, markImportStarted, takeInterruptedImport } from '../../../src-renderer/data/imports/importWatch';
import { openLocalDb, putSetting, type LocalDb } from '../../../src-renderer/data/local/localDb';

let local: LocalDb | undefined;
afterEach(() => local?.close());

function open(): LocalDb {
  local = openLocalDb(`import-watch-${crypto.randomUUID()}`);
  return local;
}

describe('an import the page did not live to finish', () => {
  it('is reported once, by file name, when the screen opens again', async () => {
    const db = open();
    await markImportStarted(db, '四万行.xlsx', new Date('2025-07-01T09:00:00Z'));
    expect(await takeInterruptedImport(db)).toEqual({ fileName: '四万行.xlsx', startedAt: '2025-07-01T09:00:00.000Z' });
    expect(await takeInterruptedImport(db)).toBeNull();
  });

  it('is not reported when the file was read and checked, refused or cancelled', async () => {
    const db = open();
    await markImportStarted(db, '花名册.xlsx');
    await markImportEnded(db);
    expect(await takeInterruptedImport(db)).toBeNull();
  });

  it('ignores a mark it cannot read', async () => {
    const db = open();
    await putSetting(db, 'importInProgress', { fileName: 42 });
    expect(await takeInterruptedImport(db)).toBeNull();
  });
});
