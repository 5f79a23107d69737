/**
 * What a picked, dropped or pasted file really is, from its first bytes: the name and the browser's MIME
 * type are guesses (a phone's HEIC photo renamed .jpg, a PDF with no extension, a pasted image named
 * `image.png`), the bytes are not.
 */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'pdf' | 'heic' | 'unknown';

/** How many leading bytes sniffFileKind needs. */
export const SNIFF_BYTES = 16;

/** Images Chromium decodes, which the app re-encodes as JPEG. */
export const DECODABLE_IMAGES: readonly FileKind[] = ['jpeg', 'png', 'webp', 'gif', 'bmp'];

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

function ascii(head: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...head.subarray(from, from + length));
}

export function sniffFileKind(head: Uint8Array): FileKind {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && ascii(head, 1, 3) === 'PNG') return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 0, 2) === 'BM') return 'bmp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  // ISO base media: a box size, then `ftyp` and the major brand (HEIC from iPhones and many Android phones).
  if (ascii(head, 4, 4) === 'ftyp' && HEIF_BRANDS.has(ascii(head, 8, 4))) return 'heic';
  return 'unknown';
}
