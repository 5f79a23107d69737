import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetPercent, DEFAULT_PHOTO_BUDGET, PHOTO_BUDGETS } from '../../../../src-renderer/features/photos/photoBudget';
import { withPhotoColumn } from '../../../../src-renderer/features/photos/photoListColumn';
import { formatBytes, formatTakenAt, pastedFileName } from '../../../../src-renderer/features/photos/photoText';
import { inPages } from '../../../../src-renderer/features/photos/print/photoCaption';
import { uploadStatus, type PhotoProgress } from '../../../../src-renderer/features/photos/uploadStatus';

describe('uploadStatus', () => {
  const progress = (state: PhotoProgress['state'], sentBytes = 0, totalBytes = 100): PhotoProgress => ({ state, sentBytes, totalBytes });

  it('lets the stored state decide for good, the live progress only for a pending photo', () => {
    expect(uploadStatus('onServer', undefined)).toEqual({ kind: 'onServer' });
    expect(uploadStatus('tooLarge', progress('sending', 50))).toEqual({ kind: 'tooLarge' });
    expect(uploadStatus('pending', undefined)).toEqual({ kind: 'pending' });
    expect(uploadStatus('pending', progress('queued'))).toEqual({ kind: 'queued' });
    expect(uploadStatus('pending', progress('failed'))).toEqual({ kind: 'failed' });
    expect(uploadStatus('pending', progress('done', 100))).toEqual({ kind: 'onServer' });
    expect(uploadStatus('pending', progress('tooLarge'))).toEqual({ kind: 'tooLarge' });
  });

  it('never shows 100 % before the server has answered, nor anything outside 0–99', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (sent, total) => {
        const status = uploadStatus('pending', progress('sending', sent, total));
        expect(status.kind).toBe('sending');
        if (status.kind !== 'sending') return;
        expect(status.percent).toBeGreaterThanOrEqual(0);
        expect(status.percent).toBeLessThanOrEqual(99);
        if (total > 0 && sent <= total) expect(status.percent).toBe(Math.min(99, Math.floor((sent / total) * 100)));
      }),
    );
  });
});

describe('photo texts', () => {
  it('shows the time taken to the minute and sizes as the keeper reads them', () => {
    expect(formatTakenAt('2024-03-05T14:20:11')).toBe('2024-03-05 14:20');
    expect(formatBytes(0)).toBe('0 KB');
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(820 * 1024)).toBe('820 KB');
    expect(formatBytes(3.44 * 1024 * 1024)).toBe('3.4 MB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
    expect(formatBytes(1.25 * 1024 ** 3)).toBe('1.25 GB');
  });

  it('names a pasted picture by the moment it was pasted', () => {
    expect(pastedFileName(new Date(2024, 2, 5, 9, 7, 3))).toBe('paste-20240305-090703.png');
  });
});

describe('photo budget', () => {
  it('offers the default among its choices and fills the bar up to 100 %', () => {
    expect(PHOTO_BUDGETS).toContain(DEFAULT_PHOTO_BUDGET);
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1 }), (bytes, budget) => {
        const percent = budgetPercent(bytes, budget);
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
        if (bytes >= budget) expect(percent).toBe(100);
      }),
    );
  });
});

describe('printed photo pages and list columns', () => {
  it('splits photos into pages keeping every one once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat()), fc.integer({ min: 1, max: 8 }), (items, size) => {
        const pages = inPages(items, size);
        expect(pages.flat()).toEqual(items);
        expect(pages.every((page) => page.length >= 1 && page.length <= size)).toBe(true);
        expect(pages.length).toBe(Math.ceil(items.length / size));
      }),
    );
  });

  it('puts the photo column before a list’s actions, or last', () => {
    const photo = { key: 'photos' };
    expect(withPhotoColumn([{ key: 'date' }, { key: 'actions' }], photo).map((c) => c.key)).toEqual(['date', 'photos', 'actions']);
    expect(withPhotoColumn([{ key: 'date' }], photo).map((c) => c.key)).toEqual(['date', 'photos']);
  });
});
