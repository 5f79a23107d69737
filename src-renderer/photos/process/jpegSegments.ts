/** One marker segment of a JPEG file before its image data. */
export interface JpegSegment {
  /** The marker's second byte: 0xe0 APP0 (JFIF), 0xe1 APP1 (EXIF, XMP), 0xdb quantisation table … */
  marker: number;
  /** Where the segment's payload starts (after the marker and the two length bytes). */
  start: number;
  /** Payload length in bytes (the length field counts itself; this does not). */
  length: number;
}

const START_OF_SCAN = 0xda;
const END_OF_IMAGE = 0xd9;

/**
 * The header segments of a JPEG, up to the start of the image data. Enough to find the camera's EXIF block
 * (APP1 starting `Exif\0\0`) and to prove a re-encoded file carries none. Returns [] for anything that is
 * not a JPEG, and stops quietly at a truncated or malformed segment: a photo is never refused because of
 * damaged metadata.
 */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return [];
  const segments: JpegSegment[] = [];
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) break;
    const marker = bytes[offset + 1] ?? 0;
    // Fill bytes (0xff 0xff …) may stand between segments.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === END_OF_IMAGE) break;
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (length < 2 || offset + 2 + length > bytes.length) break;
    segments.push({ marker, start: offset + 4, length: length - 2 });
    if (marker === START_OF_SCAN) break;
    offset += 2 + length;
  }
  return segments;
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/** The TIFF block inside the JPEG's EXIF segment (what EXIF offsets count from), or null when there is none. */
export function exifTiffBlock(bytes: Uint8Array): Uint8Array | null {
  for (const segment of jpegSegments(bytes)) {
    if (segment.marker !== 0xe1 || segment.length < EXIF_HEADER.length + 8) continue;
    if (EXIF_HEADER.every((value, i) => bytes[segment.start + i] === value)) {
      return bytes.subarray(segment.start + EXIF_HEADER.length, segment.start + segment.length);
    }
  }
  return null;
}
