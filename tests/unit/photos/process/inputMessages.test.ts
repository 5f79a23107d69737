import { describe, expect, it } from 'vitest';
import { photos as en } from '../../../../src-renderer/i18n/en/photos';
import { photos as zh } from '../../../../src-renderer/i18n/zh-CN/photos';
import { PhotoInputError, type PhotoInputProblem } from '../../../../src-renderer/photos/process/photoInputError';

const PROBLEMS: Record<PhotoInputProblem, true> = {
  empty: true,
  heic: true,
  notSupported: true,
  unreadable: true,
  imageTooLarge: true,
  tooManyPixels: true,
  pdfTooLarge: true,
};

const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('messages of a file that cannot be added', () => {
  it('each problem is said in Chinese and English with the file name and the same placeholders', () => {
    for (const problem of Object.keys(PROBLEMS) as PhotoInputProblem[]) {
      const key = new PhotoInputError(problem, 'x.jpg').messageKey.split('.').pop() as PhotoInputProblem;
      expect(zh.input[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(placeholders(zh.input[key])).toContain('name');
      expect(placeholders(en.input?.[key])).toEqual(placeholders(zh.input[key]));
    }
  });
});
