import type { AddPhotoInput } from '../store/photoStore';
import { checkInput, jpegFileName } from './checkInput';
import { exifTakenAt } from './exifTakenAt';
import { SNIFF_BYTES } from './fileKind';
import { FULL_JPEG_QUALITY, FULL_LONG_EDGE, MAX_IMAGE_PIXELS, THUMB_JPEG_QUALITY, THUMB_LONG_EDGE } from './limits';
import { PhotoInputError } from './photoInputError';
import { renderJpeg } from './renderJpeg';

/** A file made ready for the photo store: what `PhotoStore.add` takes besides the owner and kind. */
export type PreparedPhoto = Omit<AddPhotoInput, 'owner' | 'kind'>;

/**
 * Turns a picked, dropped or pasted file into what is stored: an image is decoded with its EXIF
 * orientation applied, drawn at most FULL_LONG_EDGE px and re-encoded as JPEG (which drops every piece
 * of metadata, the location among them) plus a THUMB_LONG_EDGE thumbnail; only the time it was taken is
 * carried over, read from the original bytes first. A PDF (a scanned sign-in sheet) is kept as it is.
 * Throws a PhotoInputError with the keeper's message for anything it cannot take. Browser only.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const accepted = checkInput(head, file.size, file.name);
  if (accepted.kind === 'pdf') {
    return { mime: 'application/pdf', full: new Blob([file], { type: 'application/pdf' }), thumb: null, fileName: file.name };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const takenAt = accepted.format === 'jpeg' ? exifTakenAt(bytes) : undefined;
  const bitmap = await decode(file);
  try {
    if (bitmap.width * bitmap.height > MAX_IMAGE_PIXELS) {
      throw new PhotoInputError('tooManyPixels', file.name, { megapixels: Math.round((bitmap.width * bitmap.height) / 1e6), max: MAX_IMAGE_PIXELS / 1e6 });
    }
    const full = await renderJpeg(bitmap, FULL_LONG_EDGE, FULL_JPEG_QUALITY);
    const thumb = await renderJpeg(bitmap, THUMB_LONG_EDGE, THUMB_JPEG_QUALITY);
    return {
      mime: 'image/jpeg',
      full: full.blob,
      thumb: thumb.blob,
      width: full.width,
      height: full.height,
      ...(takenAt === undefined ? {} : { takenAt }),
      fileName: jpegFileName(file.name),
    };
  } finally {
    bitmap.close();
  }
}

async function decode(file: File): Promise<ImageBitmap> {
  try {
    // 'from-image' turns a phone's sideways pixels (EXIF orientation 6, 8 …) upright before anything is drawn.
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoInputError('unreadable', file.name);
  }
}
