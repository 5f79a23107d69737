import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCertificateRepository, type CertificateRepository } from '../../../src-renderer/data/certificates/repository';
import type { Ledger } from '../../../src-renderer/data/session';
import { findSharedNumbers, unresolvedSharedNumbers } from '../../../src-renderer/domain/certificates/duplicateNumbers';
import type { ActivityDoc } from '../../../src-renderer/domain/entities/activity';
import type { CertificateDoc } from '../../../src-renderer/domain/entities/certificate';
import type { VolunteerDoc } from '../../../src-renderer/domain/entities/volunteer';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';

/**
 * Two PCs of one station, both offline, each issue certificates numbered from what they can see: both
 * start at 0001. Sync then brings the other PC's certificates into this PC's register. (The two
 * databases are opened one after the other: RxDB's free tier caps the collections open in one process.)
 */

const request = (volunteerId: string, overrides: Record<string, unknown> = {}) => ({
  volunteerId,
  periodFrom: '2025-01-01',
  periodTo: '2025-06-30',
  content: '参加卫生健康志愿服务',
  issuer: TEST_STATION.name,
  personInCharge: '李站长',
  handler: '王经办',
  contact: '13805310001',
  issuedDate: '2025-07-01',
  ...overrides,
});

interface SharedRecords {
  volunteers: VolunteerDoc[];
  activities: ActivityDoc[];
  zhang: string;
  li: string;
}

/** What both PCs had from an earlier sync: two volunteers and the activities they served in. */
let shared: SharedRecords;
/** Certificates PC 2 issued offline: 李四 0001, 0002 and 0003 (the last two for shorter periods). */
let fromOtherPc: CertificateDoc[];

let ledger: Ledger | undefined;

async function openStationPc(): Promise<{ pc: Ledger; register: CertificateRepository }> {
  const pc = await openTestLedger();
  ledger = pc;
  await pc.setUpStation(TEST_STATION);
  return { pc, register: createCertificateRepository(pc.db, pc.ctx) };
}

/** This PC (PC 1): it had the shared records, issued 张三's certificate offline, then synced. */
async function openThisPcAfterSync(): Promise<{ pc: Ledger; register: CertificateRepository; mine: CertificateDoc }> {
  const { pc, register } = await openStationPc();
  await pc.db.volunteers.bulkInsert(shared.volunteers);
  await pc.db.activities.bulkInsert(shared.activities);
  const mine = await register.issue(request(shared.zhang));
  await pc.db.certificates.bulkInsert(fromOtherPc);
  return { pc, register, mine };
}

beforeAll(async () => {
  const { pc, register } = await openStationPc();
  const zhang = (await pc.volunteers.create(volunteerInput())).id;
  const li = (await pc.volunteers.create(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219900202002') }))).id;
  const activity = {
    title: '学雷锋义诊',
    startTime: '09:00',
    endTime: '12:00',
    place: '社区服务中心',
    field: 'health',
    participants: [{ volunteerId: zhang, hours: 3 }, { volunteerId: li, hours: 2 }],
    servedCount: 30,
    servedGroups: [],
  };
  await pc.activities.create({ ...activity, date: '2025-03-05' });
  await pc.activities.create({ ...activity, date: '2025-05-20' });
  shared = {
    volunteers: (await pc.db.volunteers.find().exec()).map((d) => d.toMutableJSON(false)),
    activities: (await pc.db.activities.find().exec()).map((d) => d.toMutableJSON(false)),
    zhang,
    li,
  };
  fromOtherPc = [
    await register.issue(request(li)),
    await register.issue(request(li, { periodTo: '2025-04-30' })),
    await register.issue(request(li, { periodFrom: '2025-04-01' })),
  ];
  await pc.close();
  ledger = undefined;
});

afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

describe('a certificate number given out on two PCs', () => {
  it('the other PC numbered its certificates from 0001 too', () => {
    expect(fromOtherPc.map((c) => c.number)).toEqual(['JN-LX-001-2025-0001', 'JN-LX-001-2025-0002', 'JN-LX-001-2025-0003']);
  });

  it('keeps both certificates in the register and marks exactly those two as sharing a number', async () => {
    const { register, mine } = await openThisPcAfterSync();
    expect(mine.number).toBe('JN-LX-001-2025-0001');
    const all = await register.all();
    expect(all).toHaveLength(4);

    const sharedNumbers = findSharedNumbers(all);
    const other = fromOtherPc[0];
    expect([...sharedNumbers.keys()].sort()).toEqual([mine.id, other?.id].sort());
    expect(sharedNumbers.get(mine.id)).toEqual({ number: 'JN-LX-001-2025-0001', otherIds: [other?.id], resolved: false });
    expect(unresolvedSharedNumbers(sharedNumbers)).toEqual(['JN-LX-001-2025-0001']);
  });

  it('numbers the next certificate above every number in the register for the year', async () => {
    const { register } = await openThisPcAfterSync();
    expect(await register.previewNumber('2025-08-01')).toBe('JN-LX-001-2025-0004');
    const next = await register.issue(request(shared.zhang, { issuedDate: '2025-08-01' }));
    expect(next.number).toBe('JN-LX-001-2025-0004');
    expect(findSharedNumbers(await register.all()).has(next.id)).toBe(false);
  });

  it('verifies each certificate of the shared number by its own code, and says the number is shared', async () => {
    const { register, mine } = await openThisPcAfterSync();
    const other = fromOtherPc[0];
    if (!other) throw new Error('the other PC issued nothing');
    expect(mine.verificationCode).not.toBe(other.verificationCode);

    expect(await register.verify(mine.number, mine.verificationCode)).toMatchObject({
      status: 'valid',
      sharedWith: 1,
      certificate: { id: mine.id, volunteerName: '张三' },
    });
    expect(await register.verify(other.number, other.verificationCode)).toMatchObject({
      status: 'valid',
      sharedWith: 1,
      certificate: { id: other.id, volunteerName: '李四' },
    });
    expect(await register.verify(mine.number, 'ZZZZZZZZ')).toEqual({ status: 'codeMismatch' });
    expect(await register.verify('JN-LX-001-2025-0002', mine.verificationCode)).toEqual({ status: 'codeMismatch' });
  });

  it('once the keeper revokes one of the pair, the number counts as resolved and each paper still verifies as what it is', async () => {
    const { register, mine } = await openThisPcAfterSync();
    const other = fromOtherPc[0];
    if (!other) throw new Error('the other PC issued nothing');
    await register.revoke(mine.id, '编号与另一台电脑开具的证明重复，已重新开具', '2025-07-02');
    const reissued = await register.issue(request(shared.zhang, { issuedDate: '2025-07-02' }));

    const sharedNumbers = findSharedNumbers(await register.all());
    expect(sharedNumbers.get(mine.id)?.resolved).toBe(true);
    expect(sharedNumbers.get(other.id)?.resolved).toBe(true);
    expect(unresolvedSharedNumbers(sharedNumbers)).toEqual([]);
    expect(reissued.number).toBe('JN-LX-001-2025-0004');

    expect(await register.verify(mine.number, mine.verificationCode)).toMatchObject({ status: 'revoked', certificate: { id: mine.id } });
    expect(await register.verify(other.number, other.verificationCode)).toMatchObject({ status: 'valid', certificate: { id: other.id } });
  });

  it('no longer counts a certificate deleted from the register', async () => {
    const { pc, register, mine } = await openThisPcAfterSync();
    await (await pc.db.certificates.findOne(mine.id).exec())?.incrementalRemove();
    expect(findSharedNumbers(await register.all()).size).toBe(0);
    const other = fromOtherPc[0];
    expect(await register.verify('JN-LX-001-2025-0001', other?.verificationCode ?? '')).toMatchObject({ status: 'valid', sharedWith: 0 });
  });
});
