import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as DigestStoreModule from '../../../src-renderer/data/activities/digestStore';
import type { Ledger } from '../../../src-renderer/data/session';
import { openTestLedger } from '../../support/testLedger';
import { activityDocs, expectReportsMatchActivities } from './reportDigestsFixture';

vi.mock('../../../src-renderer/data/activities/digestStore', async (importOriginal) => ({
  ...(await importOriginal<typeof DigestStoreModule>()),
  openDigestStore: () => Promise.reject(new Error('IndexedDB refused to open the store')),
}));

describe('report digests without their store', () => {
  let ledger: Ledger | undefined;
  afterEach(async () => {
    await ledger?.close();
  });

  it('still give the right reports, read from the activities, and say so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      ledger = await openTestLedger();
      await ledger.db.activities.bulkInsert(activityDocs(30, [2023, 2024, 2025], 13));
      await expectReportsMatchActivities(ledger);
      expect(warn.mock.calls.filter(([message]) => String(message).startsWith('Report digests'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});
