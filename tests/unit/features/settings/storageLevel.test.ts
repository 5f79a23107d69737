import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesText, CRITICAL_FREE_BYTES, LOW_FREE_BYTES, storageLevel } from '../../../../src-renderer/features/settings/storageLevel';

const GB = 1024 * 1024 * 1024;

describe('the storage warning in Settings', () => {
  it('warns below 1 GB left and urgently below 200 MB, whatever the quota', () => {
    expect(storageLevel({ usage: 50 * 1024 * 1024, quota: 120 * GB })).toBe('ok');
    expect(storageLevel({ usage: 10 * GB, quota: 10.5 * GB })).toBe('low');
    expect(storageLevel({ usage: 10 * GB, quota: 10 * GB + 100 * 1024 * 1024 })).toBe('critical');
    expect(storageLevel({ usage: 2 * GB, quota: 1 * GB })).toBe('critical');
    fc.assert(
      fc.property(fc.nat({ max: 500 * GB }), fc.nat({ max: 500 * GB }), (usage, quota) => {
        const free = Math.max(0, quota - usage);
        const expected = free < CRITICAL_FREE_BYTES ? 'critical' : free < LOW_FREE_BYTES ? 'low' : 'ok';
        expect(storageLevel({ usage, quota })).toBe(expected);
      }),
    );
  });

  it('writes sizes as a keeper reads them', () => {
    expect(bytesText(2048)).toBe('2 KB');
    expect(bytesText(5.25 * 1024 * 1024)).toBe('5.3 MB');
    expect(bytesText(3.5 * GB)).toBe('3.5 GB');
  });
});
