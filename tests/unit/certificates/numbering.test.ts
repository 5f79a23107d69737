import { describe, expect, it } from 'vitest';
import { formatCertificateNumber, nextCertificateSequence, parseCertificateNumber } from '../../../src-renderer/domain/certificates/numbering';

describe('certificate numbers', () => {
  it('joins station code, year and a four-digit sequence', () => {
    expect(formatCertificateNumber('JN-LX-001', 2024, 7)).toBe('JN-LX-001-2024-0007');
    expect(formatCertificateNumber('JN-LX-001', 2024, 10000)).toBe('JN-LX-001-2024-10000');
  });

  it('refuses a sequence below 1 or a year that is not four digits', () => {
    expect(() => formatCertificateNumber('JN', 2024, 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber('JN', 24, 1)).toThrow(RangeError);
  });

  it('reads a number back, station codes with hyphens included', () => {
    expect(parseCertificateNumber('jn-lx-001-2024-0007')).toEqual({ stationCode: 'JN-LX-001', year: 2024, sequence: 7 });
    expect(parseCertificateNumber('JN-LX-001-2024-7')).toBeNull();
    expect(parseCertificateNumber('JN-LX-001-2024-0000')).toBeNull();
  });
});

describe('nextCertificateSequence', () => {
  it('starts at 1 for the first certificate of a year', () => {
    expect(nextCertificateSequence([], 2024)).toBe(1);
  });

  it('continues after the highest number of the year, never filling gaps', () => {
    const register = [
      { year: 2024, sequence: 1 },
      { year: 2024, sequence: 2 },
      { year: 2024, sequence: 5 },
    ];
    expect(nextCertificateSequence(register, 2024)).toBe(6);
  });

  it('restarts at 1 when the year changes, whatever last year reached', () => {
    const register = [
      { year: 2024, sequence: 7 },
      { year: 2023, sequence: 40 },
    ];
    expect(nextCertificateSequence(register, 2025)).toBe(1);
    expect(nextCertificateSequence(register, 2023)).toBe(41);
  });
});
