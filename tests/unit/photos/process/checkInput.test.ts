import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInput, jpegFileName } from '../../../../src-renderer/photos/process/checkInput';
import { sniffFileKind } from '../../../../src-renderer/photos/process/fileKind';
import { MAX_IMAGE_INPUT_BYTES, MAX_PDF_BYTES } from '../../../../src-renderer/photos/process/limits';
import { PhotoInputError } from '../../../../src-renderer/photos/process/photoInputError';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

const HEADS = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe1]),
  png: bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]),
  webp: bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '),
  gif: bytes('GIF89a'),
  bmp: bytes('BM', [0, 0, 0, 0]),
  pdf: bytes('%PDF-1.4\n'),
  heic: bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1'),
  heicMif1: bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'heic'),
  mp4: bytes([0, 0, 0, 0x18], 'ftypisom'),
  zip: bytes('PK', [3, 4]),
};

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof PhotoInputError ? error.problem : 'other';
  }
}

describe('sniffFileKind', () => {
  it('knows a file by its bytes, not its name', () => {
    expect(sniffFileKind(HEADS.jpeg)).toBe('jpeg');
    expect(sniffFileKind(HEADS.png)).toBe('png');
    expect(sniffFileKind(HEADS.webp)).toBe('webp');
    expect(sniffFileKind(HEADS.gif)).toBe('gif');
    expect(sniffFileKind(HEADS.bmp)).toBe('bmp');
    expect(sniffFileKind(HEADS.pdf)).toBe('pdf');
    expect(sniffFileKind(HEADS.heic)).toBe('heic');
    expect(sniffFileKind(HEADS.heicMif1)).toBe('heic');
    expect(sniffFileKind(HEADS.mp4)).toBe('unknown');
    expect(sniffFileKind(HEADS.zip)).toBe('unknown');
    expect(sniffFileKind(new Uint8Array())).toBe('unknown');
  });
});

describe('checkInput', () => {
  it('takes images and PDFs within their limits, and says what is wrong with the rest', () => {
    expect(checkInput(HEADS.jpeg, 3_000_000, 'a.jpg')).toEqual({ kind: 'image', format: 'jpeg' });
    expect(checkInput(HEADS.png, 10, 'image.png')).toEqual({ kind: 'image', format: 'png' });
    expect(checkInput(HEADS.pdf, MAX_PDF_BYTES, '签到表.pdf')).toEqual({ kind: 'pdf' });
    expect(problemOf(() => checkInput(HEADS.pdf, MAX_PDF_BYTES + 1, '签到表.pdf'))).toBe('pdfTooLarge');
    expect(problemOf(() => checkInput(HEADS.jpeg, MAX_IMAGE_INPUT_BYTES + 1, 'a.jpg'))).toBe('imageTooLarge');
    expect(problemOf(() => checkInput(HEADS.heic, 2_000_000, 'IMG_0001.jpg'))).toBe('heic');
    expect(problemOf(() => checkInput(HEADS.zip, 2_000, 'photos.zip'))).toBe('notSupported');
    expect(problemOf(() => checkInput(HEADS.jpeg, 0, 'empty.jpg'))).toBe('empty');
  });

  it('puts the sizes in the PDF message in MB as the keeper reads them', () => {
    try {
      checkInput(HEADS.pdf, 7.34 * 1024 * 1024, 'scan.pdf');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PhotoInputError);
      expect((error as PhotoInputError).values).toEqual({ size: 7.3, max: 5 });
      expect((error as PhotoInputError).messageKey).toBe('photos.input.pdfTooLarge');
    }
  });

  it('accepts a PDF exactly up to the limit, whatever its size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * MAX_PDF_BYTES }), (size) => {
        expect(problemOf(() => checkInput(HEADS.pdf, size, 'x.pdf'))).toBe(size <= MAX_PDF_BYTES ? undefined : 'pdfTooLarge');
      }),
    );
  });
});

describe('jpegFileName', () => {
  it('keeps the picked name with a .jpg extension', () => {
    expect(jpegFileName('IMG_2024.PNG')).toBe('IMG_2024.jpg');
    expect(jpegFileName('活动现场.jpeg')).toBe('活动现场.jpg');
    expect(jpegFileName('scan.2024.03.webp')).toBe('scan.2024.03.jpg');
    expect(jpegFileName('no-extension')).toBe('no-extension.jpg');
    expect(jpegFileName('.png')).toBe('photo.jpg');
  });
});
