import { describe, expect, it } from 'vitest';
import { findSharedNumbers, normalizeCertificateNumber, unresolvedSharedNumbers } from '../../../../src-renderer/domain/certificates/duplicateNumbers';

const cert = (id: string, number: string, revokedAt = '', _deleted?: boolean) => ({ id, number, revokedAt, ...(_deleted === undefined ? {} : { _deleted }) });

describe('findSharedNumbers', () => {
  it('finds nothing in a register where every number is different', () => {
    const shared = findSharedNumbers([cert('a', 'JN-LX-001-2025-0001'), cert('b', 'JN-LX-001-2025-0002'), cert('c', 'JN-LX-001-2024-0001')]);
    expect(shared.size).toBe(0);
  });

  it('marks both certificates of a number given out on two PCs, each pointing at the other', () => {
    const shared = findSharedNumbers([cert('pc1', 'JN-LX-001-2025-0003'), cert('x', 'JN-LX-001-2025-0002'), cert('pc2', 'JN-LX-001-2025-0003')]);
    expect([...shared.keys()].sort()).toEqual(['pc1', 'pc2']);
    expect(shared.get('pc1')).toEqual({ number: 'JN-LX-001-2025-0003', otherIds: ['pc2'], resolved: false });
    expect(shared.get('pc2')).toEqual({ number: 'JN-LX-001-2025-0003', otherIds: ['pc1'], resolved: false });
    expect(shared.has('x')).toBe(false);
  });

  it('compares numbers regardless of case and stray spaces', () => {
    const shared = findSharedNumbers([cert('a', 'jn-lx-001-2025-0001 '), cert('b', 'JN-LX-001-2025-0001')]);
    expect(shared.get('a')?.otherIds).toEqual(['b']);
  });

  it('lists every other holder when three PCs share one number', () => {
    const shared = findSharedNumbers([cert('a', 'N-2025-0001'), cert('b', 'N-2025-0001'), cert('c', 'N-2025-0001')]);
    expect(shared.get('b')?.otherIds).toEqual(['a', 'c']);
  });

  it('ignores a deleted certificate', () => {
    const shared = findSharedNumbers([cert('a', 'N-2025-0001'), cert('b', 'N-2025-0001', '', true)]);
    expect(shared.size).toBe(0);
  });

  it('still marks the pair once one is revoked, but as resolved', () => {
    const shared = findSharedNumbers([cert('a', 'N-2025-0001', '2025-02-01'), cert('b', 'N-2025-0001')]);
    expect(shared.get('a')).toMatchObject({ resolved: true, otherIds: ['b'] });
    expect(shared.get('b')).toMatchObject({ resolved: true, otherIds: ['a'] });
  });

  it('keeps a number unresolved while two of its three holders are still valid', () => {
    const shared = findSharedNumbers([cert('a', 'N-2025-0001', '2025-02-01'), cert('b', 'N-2025-0001'), cert('c', 'N-2025-0001')]);
    expect(shared.get('a')?.resolved).toBe(false);
  });
});

describe('unresolvedSharedNumbers', () => {
  it('names each number that still needs the keeper once, sorted', () => {
    const shared = findSharedNumbers([
      cert('a', 'N-2025-0007'),
      cert('b', 'N-2025-0007'),
      cert('c', 'N-2025-0002'),
      cert('d', 'N-2025-0002'),
      cert('e', 'N-2025-0005', '2025-03-01'),
      cert('f', 'N-2025-0005'),
    ]);
    expect(unresolvedSharedNumbers(shared)).toEqual(['N-2025-0002', 'N-2025-0007']);
  });
});

describe('normalizeCertificateNumber', () => {
  it('writes a number as the register keeps it', () => {
    expect(normalizeCertificateNumber('  jn-lx-001-2025-0001\t')).toBe('JN-LX-001-2025-0001');
  });
});
