import { exifTiffBlock } from './jpegSegments';

const TAG_EXIF_IFD = 0x8769;
const TAG_DATE_TIME_ORIGINAL = 0x9003;
const TAG_DATE_TIME_DIGITIZED = 0x9004;
const TYPE_ASCII = 2;
const TYPE_LONG = 4;
/** TIFF's IFD type: some writers give the EXIF pointer this type instead of LONG. */
const TYPE_IFD = 13;
const IFD_ENTRY_BYTES = 12;

/**
 * When a JPEG's picture was taken, from its EXIF `DateTimeOriginal` (else `DateTimeDigitized`), as
 * `YYYY-MM-DDTHH:mm:ss` in the camera's local time (EXIF stores no zone). Undefined when the file has no
 * such date or it is blank or impossible (cameras write `0000:00:00 00:00:00` when their clock was never set).
 *
 * One tag is all the app needs, so this reads just the two IFDs on the way to it rather than pulling in an
 * EXIF library; the canvas re-encode drops everything else (orientation is applied by the browser's decoder).
 */
export function exifTakenAt(jpeg: Uint8Array): string | undefined {
  const tiff = exifTiffBlock(jpeg);
  if (!tiff || tiff.length < 8) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = String.fromCharCode(tiff[0] ?? 0, tiff[1] ?? 0);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  if (view.getUint16(2, little) !== 42) return undefined;

  const ifd0 = readIfd(view, view.getUint32(4, little), little);
  const exifPointer = ifd0.get(TAG_EXIF_IFD);
  if (!exifPointer || (exifPointer.type !== TYPE_LONG && exifPointer.type !== TYPE_IFD)) return undefined;
  const exif = readIfd(view, view.getUint32(exifPointer.at + 8, little), little);
  for (const tag of [TAG_DATE_TIME_ORIGINAL, TAG_DATE_TIME_DIGITIZED]) {
    const entry = exif.get(tag);
    if (!entry || entry.type !== TYPE_ASCII) continue;
    const taken = parseExifDate(readAscii(view, entry, little));
    if (taken) return taken;
  }
  return undefined;
}

interface IfdEntry {
  type: number;
  count: number;
  /** Offset of the 12-byte entry inside the TIFF block. */
  at: number;
}

function readIfd(view: DataView, offset: number, little: boolean): Map<number, IfdEntry> {
  const entries = new Map<number, IfdEntry>();
  if (offset < 8 || offset + 2 > view.byteLength) return entries;
  const count = view.getUint16(offset, little);
  for (let i = 0; i < count; i += 1) {
    const at = offset + 2 + i * IFD_ENTRY_BYTES;
    if (at + IFD_ENTRY_BYTES > view.byteLength) break;
    entries.set(view.getUint16(at, little), { type: view.getUint16(at + 2, little), count: view.getUint32(at + 4, little), at });
  }
  return entries;
}

function readAscii(view: DataView, entry: IfdEntry, little: boolean): string {
  // Up to four bytes sit in the entry itself; longer values (a date is 20) sit at the offset it gives.
  const start = entry.count <= 4 ? entry.at + 8 : view.getUint32(entry.at + 8, little);
  if (start + entry.count > view.byteLength) return '';
  let text = '';
  for (let i = 0; i < entry.count; i += 1) {
    const code = view.getUint8(start + i);
    if (code === 0) break;
    text += String.fromCharCode(code);
  }
  return text;
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;

/** `2024:03:05 14:20:11` → `2024-03-05T14:20:11`; undefined for a blank or impossible date. */
export function parseExifDate(text: string): string | undefined {
  const match = EXIF_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1900 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1) as [string, string, string, string, string, string];
  return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
}
