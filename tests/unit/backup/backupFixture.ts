import type { RxCollection } from 'rxdb';
import { recordConflict } from '../../../src-renderer/data/conflicts/conflictHandler';
import { createCertificateRepository } from '../../../src-renderer/data/certificates/repository';
import { putSetting } from '../../../src-renderer/data/local/localDb';
import type { Ledger } from '../../../src-renderer/data/session';
import { queryStored } from '../../../src-renderer/data/storageInternals';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';
import { createBackup } from '../../../src-renderer/data/backup/createBackup';

export const SYNC_PASSWORD = 'S3cret-sync-password-7f2';

function activityInput(date: string, participants: Array<{ volunteerId: string; hours: number }>, title: string) {
  return { title, date, startTime: '09:00', endTime: '12:00', place: '社区服务中心', field: 'health', participants, servedCount: 10, servedGroups: [] };
}

/**
 * A small station with one of each thing a backup must carry: volunteers, activities, a certificate, a
 * deleted volunteer, an open conflict, a local setting and the web-mode credentials (which must stay out).
 */
export async function fillStation(ledger: Ledger): Promise<{ zhang: string; li: string; deleted: string }> {
  await ledger.setUpStation(TEST_STATION);
  const zhang = (await ledger.volunteers.create(volunteerInput({ volunteerNo: 'ZY-0001' }))).id;
  const li = (await ledger.volunteers.create(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219900202002') }))).id;
  const deleted = (await ledger.volunteers.create(volunteerInput({ name: '王五', idNumber: withCheckChar('37010219750505003') }))).id;
  await ledger.volunteers.remove(deleted);
  await ledger.activities.create(activityInput('2024-03-05', [{ volunteerId: zhang, hours: 3 }, { volunteerId: li, hours: 2 }], '重阳节敬老义诊'));
  await ledger.activities.create(activityInput('2024-10-11', [{ volunteerId: zhang, hours: 2.5 }], '理论宣讲'));
  await createCertificateRepository(ledger.db, ledger.ctx).issue({
    volunteerId: zhang,
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    content: '参加卫生健康志愿服务',
    issuer: TEST_STATION.name,
    personInCharge: '李站长',
    handler: '王经办',
    contact: '13805310001',
    issuedDate: '2025-01-15',
  });
  const current = (await ledger.volunteers.get(li)) as unknown as Record<string, unknown>;
  const other = { ...current, phone: '13900001111', updatedBy: 'pc-other', _deleted: false };
  await recordConflict(ledger.db.conflicts, ledger.ctx, 'volunteers', { ...current, _deleted: false }, other);
  await putSetting(ledger.local, 'language', 'en');
  await putSetting(ledger.local, 'web-credentials', { username: 'JN-LX-001', password: SYNC_PASSWORD });
  return { zhang, li, deleted };
}

/** Every stored record of every collection, deletions included, with its revision; the write time is the storage's own. */
export async function storedRecords(ledger: Ledger): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [name, collection] of Object.entries(ledger.db.collections)) {
    const docs = await queryStored(collection as unknown as RxCollection, { selector: {}, sort: [{ id: 'asc' }] });
    out[name] = docs.map((doc) => {
      const { _meta: _ignored, ...rest } = doc as Record<string, unknown>;
      return rest;
    });
  }
  return out;
}

/**
 * Runs `work` on a fresh ledger and closes it, whatever happens: RxDB's free tier allows 13 open collections
 * per process, so two ledgers (8 each) are never open at once.
 */
export async function withLedger<T>(work: (ledger: Ledger) => Promise<T>, options: { name?: string } = {}): Promise<T> {
  const ledger = await openTestLedger(options);
  try {
    return await work(ledger);
  } finally {
    await ledger.close();
  }
}

/** A filled station's backup file, its stored records and who is who in it. */
export async function backedUpStation() {
  return withLedger(async (source) => {
    const ids = await fillStation(source);
    const file = await createBackup(source, '0.1.0');
    return { file, records: await storedRecords(source), deviceId: source.ctx.deviceId, ids };
  });
}
