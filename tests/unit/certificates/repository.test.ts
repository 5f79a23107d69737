import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCertificateRepository, NO_SERVICE_KEY, PERIOD_AFTER_ISSUE_KEY, type CertificateRepository } from '../../../src-renderer/data/certificates/repository';
import { ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { computeVerificationCode } from '../../../src-renderer/domain/certificates/verificationCode';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';

function activityInput(date: string, participants: Array<{ volunteerId: string; hours: number }>, title = '重阳节敬老义诊') {
  return { title, date, startTime: '09:00', endTime: '17:00', place: '社区服务中心', field: 'health', participants, servedCount: 10, servedGroups: [] };
}

describe('certificate register', () => {
  let ledger: Ledger;
  let register: CertificateRepository;
  let zhang: string;
  let li: string;

  const request = (overrides: Record<string, unknown> = {}) => ({
    volunteerId: zhang,
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    content: '参加卫生健康志愿服务',
    issuer: TEST_STATION.name,
    personInCharge: '李站长',
    handler: '王经办',
    contact: '13805310001',
    issuedDate: '2025-01-15',
    ...overrides,
  });

  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
    register = createCertificateRepository(ledger.db, ledger.ctx);
    zhang = (await ledger.volunteers.create(volunteerInput({ volunteerNo: 'ZY-0001' }))).id;
    li = (await ledger.volunteers.create(volunteerInput({ name: '李四', gender: 'female', idNumber: withCheckChar('37010219900202002') }))).id;
    await ledger.activities.create(activityInput('2024-03-05', [{ volunteerId: zhang, hours: 3 }, { volunteerId: li, hours: 2 }]));
    await ledger.activities.create(activityInput('2024-10-11', [{ volunteerId: zhang, hours: 2.5 }], '理论宣讲'));
    await ledger.activities.create(activityInput('2023-12-30', [{ volunteerId: zhang, hours: 8 }]));
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('issues a certificate with hours and sessions computed from the records and the volunteer copied in', async () => {
    const c = await register.issue(request({ hours: 999 }));
    expect(c).toMatchObject({
      number: 'JN-LX-001-2025-0001',
      year: 2025,
      sequence: 1,
      volunteerName: '张三',
      idType: 'resident_id',
      idNumber: withCheckChar('37010219800101001'),
      volunteerNo: 'ZY-0001',
      hours: 5.5,
      sessions: 2,
      revokedAt: '',
    });
    expect(c.verificationCode).toBe(await computeVerificationCode(c));
    expect(c.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('numbers certificates in sequence per year, and starts again at 1 in a new year', async () => {
    await register.issue(request());
    expect(await register.previewNumber('2025-06-01')).toBe('JN-LX-001-2025-0002');
    const second = await register.issue(request({ volunteerId: li }));
    const nextYear = await register.issue(request({ issuedDate: '2026-01-05' }));
    expect(second.number).toBe('JN-LX-001-2025-0002');
    expect(nextYear.number).toBe('JN-LX-001-2026-0001');
  });

  it('keeps a revoked certificate in the register and never reuses its number', async () => {
    const first = await register.issue(request());
    await register.revoke(first.id, '时长登记有误', '2025-01-16');
    const replacement = await register.issue(request());
    expect(replacement.number).toBe('JN-LX-001-2025-0002');
    expect((await register.all()).map((c) => c.number)).toEqual(['JN-LX-001-2025-0002', 'JN-LX-001-2025-0001']);
    await expect(register.revoke(first.id, '  ', '2025-01-16')).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses a period with no service and a period that ends after the issue date, issuing nothing', async () => {
    await expect(register.issue(request({ periodFrom: '2022-01-01', periodTo: '2022-12-31' }))).rejects.toMatchObject({
      issues: [{ field: 'periodFrom', key: NO_SERVICE_KEY }],
    });
    await expect(register.issue(request({ issuedDate: '2024-06-01' }))).rejects.toMatchObject({
      issues: [{ field: 'periodTo', key: PERIOD_AFTER_ISSUE_KEY }],
    });
    await expect(register.issue(request({ periodTo: '2023-01-01' }))).rejects.toMatchObject({
      issues: [{ field: 'periodTo', key: 'validation.date.endBeforeStart' }],
    });
    await expect(register.issue(request({ handler: '' }))).rejects.toMatchObject({ issues: [{ field: 'handler', key: 'validation.required' }] });
    expect(await register.all()).toEqual([]);
  });

  it('verifies a number and code as printed, in any case and with the hyphen', async () => {
    const c = await register.issue(request());
    const typed = `${c.verificationCode.slice(0, 4).toLowerCase()}-${c.verificationCode.slice(4)}`;
    expect(await register.verify(c.number.toLowerCase(), typed)).toMatchObject({ status: 'valid', certificate: { id: c.id } });
    expect(await register.verify(c.number, 'ZZZZZZZZ')).toEqual({ status: 'codeMismatch' });
    expect(await register.verify('JN-LX-001-2025-0099', c.verificationCode)).toEqual({ status: 'unknownNumber' });
  });

  it('says when a certificate was revoked, and when its register entry was edited after issue', async () => {
    const c = await register.issue(request());
    const doc = await ledger.db.certificates.findOne(c.id).exec();
    await doc?.incrementalPatch({ hours: 55.5 });
    expect((await register.verify(c.number, c.verificationCode)).status).toBe('registerAltered');
    await doc?.incrementalPatch({ hours: c.hours });
    await register.revoke(c.id, '重新开具', '2025-02-01');
    expect((await register.verify(c.number, c.verificationCode)).status).toBe('revoked');
  });
});
