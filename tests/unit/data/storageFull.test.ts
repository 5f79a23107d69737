import { afterEach, describe, expect, it } from 'vitest';
import { isStorageFull } from '../../../src-renderer/data/errors';
import { openLedger, type Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import { TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';
import { fillingDisk } from '../../support/fillingDisk';

describe('a full disk', () => {
  let ledger: Ledger | undefined;
  afterEach(async () => {
    await ledger?.close();
  });

  it('refuses the save with an error the app names as a full disk, writes nothing of it, and keeps what was saved before', async () => {
    const { disk, middleware } = fillingDisk();
    const name = `full-disk-${process.pid}`;
    ledger = await openLedger({
      storage: await createLedgerStorage({ onCreate: (db) => void db.use(middleware) }),
      name,
      localName: `${name}-local`,
    });
    await ledger.setUpStation(TEST_STATION);
    const kept = await ledger.volunteers.create(volunteerInput());
    disk.full = true;
    const refused = await ledger.volunteers.create(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219900202002') })).catch((e: unknown) => e);
    expect(isStorageFull(refused)).toBe(true);
    const edit = await ledger.volunteers.update(kept.id, { ...volunteerInput(), phone: '13900000000' }).catch((e: unknown) => e);
    expect(isStorageFull(edit)).toBe(true);
    disk.full = false;
    const all = await ledger.volunteers.all();
    expect(all.map((v) => [v.name, v.phone])).toEqual([['张三', '13912345678']]);
  });

  it('is told apart from other failures', () => {
    expect(isStorageFull(new Error('validation failed'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
    expect(isStorageFull(new Error('write failed', { cause: new DOMException('x', 'QuotaExceededError') }))).toBe(true);
  });
});
