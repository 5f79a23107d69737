import { describe, expect, it } from 'vitest';
import {
  computeVerificationCode,
  formatVerificationCode,
  normalizeVerificationCode,
  verificationPayload,
} from '../../../src-renderer/domain/certificates/verificationCode';

const FACTS = {
  number: 'JN-LX-001-2024-0007',
  idNumber: '370102198001010015',
  hours: 36.5,
  periodFrom: '2024-01-01',
  periodTo: '2024-12-31',
};

describe('verification code', () => {
  it('is SHA-256 of the payload, first 40 bits in Crockford base32 (vector computed separately)', async () => {
    expect(verificationPayload(FACTS)).toBe('v1|JN-LX-001-2024-0007|370102198001010015|73|2024-01-01|2024-12-31');
    // python3: sha256(payload)[:5] as a 40-bit number, 8 groups of 5 bits over 0123456789ABCDEFGHJKMNPQRSTVWXYZ
    expect(await computeVerificationCode(FACTS)).toBe('JW8FFC29');
  });

  it('changes when the hours or the period on the certificate are altered', async () => {
    expect(await computeVerificationCode({ ...FACTS, hours: 37 })).toBe('WT6897F6');
    expect(await computeVerificationCode({ ...FACTS, periodTo: '2024-11-30' })).toBe('3D3FM7X9');
    expect(await computeVerificationCode({ ...FACTS, idNumber: '370102198001010023' })).not.toBe('JW8FFC29');
    expect(await computeVerificationCode({ ...FACTS, number: 'JN-LX-001-2024-0008' })).not.toBe('JW8FFC29');
  });

  it('does not change with how the same facts are written', async () => {
    expect(await computeVerificationCode({ ...FACTS, number: ' jn-lx-001-2024-0007 ', hours: 36.50000001, idNumber: '3701 0219 8001 0100 15' })).toBe('JW8FFC29');
  });

  it('reads a typed code as Crockford does: case, hyphens, spaces, O for 0 and I or L for 1', () => {
    expect(normalizeVerificationCode('jw8f-fc29')).toBe('JW8FFC29');
    expect(normalizeVerificationCode(' 1O2L I ')).toBe('10211');
    expect(formatVerificationCode('JW8FFC29')).toBe('JW8F-FC29');
  });
});
