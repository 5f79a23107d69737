import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAddFailure } from '../../../../src-renderer/features/photos/addFailure';
import { PhotoInputError, type PhotoInputProblem } from '../../../../src-renderer/photos/process/photoInputError';
import { PhotoError } from '../../../../src-renderer/photos/store/photoError';
import { translators } from '../../../support/translators';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translators());
});

const PROBLEMS: Record<PhotoInputProblem, Record<string, number>> = {
  empty: {},
  heic: {},
  notSupported: {},
  unreadable: {},
  imageTooLarge: { size: 60.2, max: 50 },
  tooManyPixels: { megapixels: 120, max: 100 },
  pdfTooLarge: { size: 7.5, max: 5 },
};

/** A sentence the keeper can read: the file named as picked, every placeholder filled, no raw key. */
function expectSentence(text: string, fileName: string) {
  expect(text).toContain(fileName);
  expect(text).not.toContain('{{');
  expect(text).not.toMatch(/photos\.(input|errors|strip)\./);
}

describe('why a picked file was not added', () => {
  it.each(Object.entries(PROBLEMS))('%s is said in Chinese and English with its figures', (problem, values) => {
    const error = new PhotoInputError(problem as PhotoInputProblem, 'IMG_0001.HEIC', values);
    for (const t of [zh, en]) {
      const text = describeAddFailure(error, 'IMG_0001.HEIC', t);
      expectSentence(text, 'IMG_0001.HEIC');
      for (const figure of Object.values(values)) expect(text).toContain(String(figure));
    }
    expect(describeAddFailure(error, 'IMG_0001.HEIC', zh)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a full disk says so, under the name the keeper picked rather than the stored JPEG’s', () => {
    const error = new PhotoError('photos.errors.storageFull', { name: 'scan.jpg' });
    const text = describeAddFailure(error, 'scan.png', zh);
    expectSentence(text, 'scan.png');
    expect(text).toContain('磁盘已满');
    expectSentence(describeAddFailure(error, 'scan.png', en), 'scan.png');
  });

  it('a station not set up yet says to finish set-up; anything else gets the general sentence', () => {
    expect(describeAddFailure(new PhotoError('photos.errors.noStation', { name: 'a.jpg' }), 'a.jpg', zh)).toContain('首次设置');
    const other = describeAddFailure(new Error('QuotaExceeded? no, something else'), 'b.jpg', zh);
    expectSentence(other, 'b.jpg');
    expect(other).toContain('没能保存');
  });
});
