import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certificateMigrations } from '../../../src-renderer/data/certificates/schema';
import { createCertificateRepository, type CertificateRepository } from '../../../src-renderer/data/certificates/repository';
import type { Ledger } from '../../../src-renderer/data/session';
import type { CertificateDoc } from '../../../src-renderer/domain/entities/certificate';
import { openTestLedger, TEST_STATION, volunteerInput } from '../../support/testLedger';

const ISSUED = '2025-01-15';

function eightHours(date: string, volunteerId: string, hours = 8) {
  return { title: '敬老院助老服务', date, startTime: '08:00', endTime: '16:00', place: '敬老院', field: 'health', participants: [{ volunteerId, hours }], servedCount: 5, servedGroups: [] };
}

describe('the star level a certificate states', () => {
  let ledger: Ledger;
  let register: CertificateRepository;
  let zhang: string;

  const issue = (overrides: Record<string, unknown> = {}) =>
    register.issue({
      volunteerId: zhang,
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      content: '参加助老志愿服务',
      issuer: TEST_STATION.name,
      personInCharge: '李站长',
      handler: '王经办',
      contact: '13805310001',
      issuedDate: ISSUED,
      ...overrides,
    });

  async function dutyShift(date: string, signIn: string, signOut: string) {
    const post = await ledger.dutyPosts.create({ name: '文明交通岗', place: '路口' });
    return ledger.shifts.create({ postId: post.id, date, startTime: '07:00', endTime: '09:00', needed: 2, attendance: [{ volunteerId: zhang, signIn, signOut }] });
  }

  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
    register = createCertificateRepository(ledger.db, ledger.ctx);
    zhang = (await ledger.volunteers.create(volunteerInput())).id;
    // 12 days of 8 hours and one of 2 before the issue date: 98 hours, two short of the first star.
    for (let day = 1; day <= 12; day += 1) await ledger.activities.create(eightHours(`2023-05-${String(day).padStart(2, '0')}`, zhang));
    await ledger.activities.create(eightHours('2024-06-01', zhang, 2));
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('states none below 100 hours, even with hours served after the issue date', async () => {
    await ledger.activities.create(eightHours('2025-02-01', zhang));
    await dutyShift('2025-01-16', '07:00', '09:00');
    expect((await issue()).stars).toBe(0);
  });

  it('counts the duty shifts: two hours on duty bring 98 hours of activities to one star', async () => {
    await dutyShift('2024-12-20', '07:00', '09:00');
    const certificate = await issue();
    expect(certificate.stars).toBe(1);
    // The period certified is the activities'; the star is from everything served up to the issue date.
    expect(certificate.hours).toBe(2);
  });

  it('counts the shift as credited, not as long as it ran', async () => {
    await dutyShift('2024-12-20', '07:00', '08:00');
    expect((await issue()).stars).toBe(0);
  });

  it('counts the issue day itself', async () => {
    await dutyShift(ISSUED, '07:00', '09:00');
    expect((await issue()).stars).toBe(1);
  });
});

describe('certificates issued before stars were stated', () => {
  const before: Omit<CertificateDoc, 'stars'> = {
    id: 'certificate:0001',
    stationId: 'JN-LX-001',
    createdAt: '2024-12-31T08:00:00.000Z',
    updatedAt: '2024-12-31T08:00:00.000Z',
    updatedBy: 'pc-1',
    number: 'JN-LX-001-2024-0001',
    verificationCode: 'K7Q2M9AB',
    volunteerId: 'volunteer:0001',
    volunteerName: '张明',
    idType: 'resident_id',
    idNumber: '370102199003074512',
    volunteerNo: '',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    hours: 120,
    sessions: 14,
    content: '为独居老人义务理发',
    issuer: '幸福里社区新时代文明实践站',
    personInCharge: '李站长',
    handler: '王干事',
    contact: '0531-88888888',
    issuedDate: '2024-12-31',
    year: 2024,
    sequence: 1,
    revokedAt: '',
    revokedReason: '',
  };

  it('state none after the migration, as their paper did, whatever their hours', () => {
    expect(certificateMigrations[2](before)).toMatchObject({ ...before, stars: 0 });
  });

  it('keep a valid level an older app passed through, and drop anything else', () => {
    expect(certificateMigrations[2]({ ...before, stars: 3 }).stars).toBe(3);
    for (const odd of [6, -1, 2.5, '3', null]) expect(certificateMigrations[2]({ ...before, stars: odd }).stars).toBe(0);
  });
});
