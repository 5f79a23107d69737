import { DECODABLE_IMAGES, sniffFileKind, type FileKind } from './fileKind';
import { MAX_IMAGE_INPUT_BYTES, MAX_PDF_BYTES } from './limits';
import { megabytes, PhotoInputError } from './photoInputError';

/** What the app does with a file it accepts. */
export type AcceptedInput = { kind: 'image'; format: FileKind } | { kind: 'pdf' };

/**
 * Decides from the first bytes and the size whether a file can be added, before anything is decoded;
 * throws a PhotoInputError that says what is wrong and what to do. Pure, so Node tests cover every case.
 */
export function checkInput(head: Uint8Array, size: number, fileName: string): AcceptedInput {
  if (size === 0) throw new PhotoInputError('empty', fileName);
  const format = sniffFileKind(head);
  if (format === 'heic') throw new PhotoInputError('heic', fileName);
  if (format === 'pdf') {
    if (size > MAX_PDF_BYTES) throw new PhotoInputError('pdfTooLarge', fileName, { size: megabytes(size), max: megabytes(MAX_PDF_BYTES) });
    return { kind: 'pdf' };
  }
  if (!DECODABLE_IMAGES.includes(format)) throw new PhotoInputError('notSupported', fileName);
  if (size > MAX_IMAGE_INPUT_BYTES) {
    throw new PhotoInputError('imageTooLarge', fileName, { size: megabytes(size), max: megabytes(MAX_IMAGE_INPUT_BYTES) });
  }
  return { kind: 'image', format };
}

/** The name the stored JPEG goes by: the picked name with its extension made `.jpg`. */
export function jpegFileName(original: string): string {
  const trimmed = original.trim();
  const base = trimmed.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${base === '' ? 'photo' : base}.jpg`;
}
