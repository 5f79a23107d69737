/**
 * Builds the EXIF block a phone camera writes (TIFF header, IFD0 with the orientation, an EXIF IFD with the
 * dates, a GPS IFD with the location) in either byte order, and splices it into a JPEG as its APP1 segment,
 * where cameras put it: straight after SOI, or after a JFIF APP0 when there is one. Unit tests read it back;
 * the e2e test feeds such a photo to the app and checks what is stored has none of it.
 * (Cross-checked once by hand with ImageMagick's `identify -verbose`, which reads these fields back.)
 */
export interface ExifFields {
  byteOrder: 'II' | 'MM';
  orientation?: number;
  dateTimeOriginal?: string;
  dateTimeDigitized?: string;
  /** Degrees; written as degrees/minutes/seconds rationals with N/S and E/W references. */
  gps?: { latitude: number; longitude: number };
  /** Some writers type the EXIF pointer as IFD (13) rather than LONG (4). */
  pointerType?: 4 | 13;
}

const SHORT = 3;
const ASCII = 2;
const LONG = 4;
const RATIONAL = 5;

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** The value's bytes in the block's byte order; a pointer to another IFD is filled in at layout. */
  value: Uint8Array | { ifd: number };
}

function writer(little: boolean) {
  const u16 = (n: number) => {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, n, little);
    return b;
  };
  const u32 = (n: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, little);
    return b;
  };
  const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)).concat(0));
  const rationals = (pairs: [number, number][]) => concat(pairs.flatMap(([n, d]) => [u32(n), u32(d)]));
  return { u16, u32, ascii, rationals };
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function dms(degrees: number): [number, number][] {
  const abs = Math.abs(degrees);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
  return [[d, 1], [m, 1], [s, 100]];
}

/** The TIFF block (what follows `Exif\0\0`). */
export function exifTiff(fields: ExifFields): Uint8Array {
  const little = fields.byteOrder === 'II';
  const w = writer(little);
  const pointerType = fields.pointerType ?? LONG;
  const ifds: Entry[][] = [[], [], []]; // IFD0, EXIF IFD, GPS IFD
  if (fields.orientation !== undefined) ifds[0]!.push({ tag: 0x0112, type: SHORT, count: 1, value: concat([w.u16(fields.orientation), w.u16(0)]) });
  ifds[0]!.push({ tag: 0x0131, type: ASCII, count: 10, value: w.ascii('TestCam 1') });
  ifds[0]!.push({ tag: 0x8769, type: pointerType, count: 1, value: { ifd: 1 } });
  if (fields.gps) ifds[0]!.push({ tag: 0x8825, type: LONG, count: 1, value: { ifd: 2 } });
  ifds[1]!.push({ tag: 0x829a, type: RATIONAL, count: 1, value: w.rationals([[1, 120]]) });
  if (fields.dateTimeOriginal !== undefined) ifds[1]!.push({ tag: 0x9003, type: ASCII, count: fields.dateTimeOriginal.length + 1, value: w.ascii(fields.dateTimeOriginal) });
  if (fields.dateTimeDigitized !== undefined) ifds[1]!.push({ tag: 0x9004, type: ASCII, count: fields.dateTimeDigitized.length + 1, value: w.ascii(fields.dateTimeDigitized) });
  if (fields.gps) {
    const { latitude, longitude } = fields.gps;
    ifds[2]!.push({ tag: 0x0001, type: ASCII, count: 2, value: concat([w.ascii(latitude >= 0 ? 'N' : 'S'), new Uint8Array(2)]) });
    ifds[2]!.push({ tag: 0x0002, type: RATIONAL, count: 3, value: w.rationals(dms(latitude)) });
    ifds[2]!.push({ tag: 0x0003, type: ASCII, count: 2, value: concat([w.ascii(longitude >= 0 ? 'E' : 'W'), new Uint8Array(2)]) });
    ifds[2]!.push({ tag: 0x0004, type: RATIONAL, count: 3, value: w.rationals(dms(longitude)) });
  }
  const used = ifds.filter((entries) => entries.length > 0);
  // Layout: header, then each IFD followed by its values longer than four bytes.
  const ifdOffsets: number[] = [];
  let at = 8;
  for (const entries of used) {
    ifdOffsets.push(at);
    at += 2 + entries.length * 12 + 4;
    for (const entry of entries) if (entry.value instanceof Uint8Array && entry.value.length > 4) at += entry.value.length + (entry.value.length % 2);
  }
  const parts: Uint8Array[] = [new Uint8Array([...fields.byteOrder].map((c) => c.charCodeAt(0))), w.u16(42), w.u32(8)];
  used.forEach((entries, index) => {
    const sorted = [...entries].sort((a, b) => a.tag - b.tag);
    let dataAt = (ifdOffsets[index] ?? 0) + 2 + sorted.length * 12 + 4;
    const data: Uint8Array[] = [];
    parts.push(w.u16(sorted.length));
    for (const entry of sorted) {
      parts.push(w.u16(entry.tag), w.u16(entry.type), w.u32(entry.count));
      if (!(entry.value instanceof Uint8Array)) {
        parts.push(w.u32(ifdOffsets[used.indexOf(ifds[entry.value.ifd]!)] ?? 0));
      } else if (entry.value.length <= 4) {
        parts.push(concat([entry.value, new Uint8Array(4 - entry.value.length)]));
      } else {
        parts.push(w.u32(dataAt));
        const padded = concat([entry.value, new Uint8Array(entry.value.length % 2)]);
        data.push(padded);
        dataAt += padded.length;
      }
    }
    parts.push(w.u32(0), ...data);
  });
  return concat(parts);
}

/** A JPEG's bytes with an APP1 `Exif` segment holding `tiff`, placed as cameras place it. */
export function withExif(jpeg: Uint8Array, tiff: Uint8Array): Uint8Array {
  const payload = concat([new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0]), tiff]);
  const length = payload.length + 2;
  const segment = concat([new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff]), payload]);
  // After a JFIF APP0 if the file starts with one, else straight after SOI.
  let insertAt = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) insertAt = 4 + (((jpeg[4] ?? 0) << 8) | (jpeg[5] ?? 0));
  return concat([jpeg.subarray(0, insertAt), segment, jpeg.subarray(insertAt)]);
}

/** A structurally valid JPEG header with no picture worth decoding: SOI, JFIF APP0, a DQT, SOS, EOI. */
export function bareJpeg(): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const dqt = [0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array<number>(64).fill(1)];
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
  return new Uint8Array([0xff, 0xd8, ...app0, ...dqt, ...sos, 0x12, 0x34, 0xff, 0xd9]);
}
