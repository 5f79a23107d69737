import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exifTakenAt, parseExifDate } from '../../../../src-renderer/photos/process/exifTakenAt';
import { exifTiffBlock, jpegSegments } from '../../../../src-renderer/photos/process/jpegSegments';
import { bareJpeg, concat, exifTiff, withExif } from '../../../support/exifJpeg';

/**
 * APP1 segments written by ExifTool 12 (a different writer from tests/support/exifJpeg.ts): one into a
 * Photoshop-saved JPEG (big-endian, resolution and colour-space tags before the EXIF pointer), one made
 * from scratch little-endian with orientation 6 and GPS, the layout Android phones write.
 */
const EXIFTOOL_INTO_PHOTOSHOP_MM =
  '/+EArEV4aWYAAE1NACoAAAAIAAUBEgADAAAAAQABAAABGgAFAAAAAQAAAEoBGwAFAAAAAQAAAFIBKAADAAAAAQACAACHaQAEAAAAAQAAAFoAAAAAAAAASAAAAAEAAABIAAAAAQAEkAMAAgAAABQAAACQoAEAAwAAAAEAAQAAoAIABAAAAAEAAAChoAMABAAAAAEAAAChAAAAADIwMjM6MTE6MDIgMDg6MTU6MzAA';
const EXIFTOOL_PHONE_LIKE_II =
  '/+EBQkV4aWYAAElJKgAIAAAABwASAQMAAQAAAAYAAAAaAQUAAQAAAGIAAAAbAQUAAQAAAGoAAAAoAQMAAQAAAAEAAAATAgMAAQAAAAEAAABphwQAAQAAAHIAAAAliAQAAQAAAMgAAAAAAAAAAQAAAAEAAAABAAAAAQAAAAUAAJAHAAQAAAAwMjMyA5ACABQAAAC0AAAAAZEHAAQAAAABAgMAAKAHAAQAAAAwMTAwAaADAAEAAAD//wAAAAAAADIwMjI6MDc6MTUgMTk6MDU6MDAABQAAAAEABAAAAAIDAAABAAIAAgAAAE4AAAACAAUAAwAAAAoBAAADAAIAAgAAAEUAAAAEAAUAAwAAACIBAAAAAAAAJAAAAAEAAAAmAAAAAQAAADwAAAABAAAAdQAAAAEAAAAHAAAAAQAAAAwAAAABAAAA';

function jpegWithSegment(base64Segment: string): Uint8Array {
  const bare = bareJpeg();
  const app0End = 4 + 16; // SOI + APP0 (its length field says 16)
  return concat([bare.subarray(0, app0End), new Uint8Array(Buffer.from(base64Segment, 'base64')), bare.subarray(app0End)]);
}

describe('exifTakenAt', () => {
  it('reads DateTimeOriginal from segments ExifTool wrote, in both byte orders', () => {
    expect(exifTakenAt(jpegWithSegment(EXIFTOOL_INTO_PHOTOSHOP_MM))).toBe('2023-11-02T08:15:30');
    expect(exifTakenAt(jpegWithSegment(EXIFTOOL_PHONE_LIKE_II))).toBe('2022-07-15T19:05:00');
  });

  it('reads it after a JFIF APP0 or straight after SOI, whichever byte order and pointer type', () => {
    for (const byteOrder of ['II', 'MM'] as const) {
      for (const pointerType of [4, 13] as const) {
        const tiff = exifTiff({ byteOrder, pointerType, orientation: 6, dateTimeOriginal: '2024:03:05 14:20:11', gps: { latitude: 36.65, longitude: 117.12 } });
        expect(exifTakenAt(withExif(bareJpeg(), tiff))).toBe('2024-03-05T14:20:11');
        const noApp0 = concat([new Uint8Array([0xff, 0xd8]), bareJpeg().subarray(20)]);
        expect(exifTakenAt(withExif(noApp0, tiff))).toBe('2024-03-05T14:20:11');
      }
    }
  });

  it('falls back to DateTimeDigitized, and has nothing without either or with a clock never set', () => {
    expect(exifTakenAt(withExif(bareJpeg(), exifTiff({ byteOrder: 'II', dateTimeDigitized: '2021:01:31 23:59:59' })))).toBe('2021-01-31T23:59:59');
    expect(exifTakenAt(withExif(bareJpeg(), exifTiff({ byteOrder: 'MM', orientation: 1 })))).toBeUndefined();
    expect(exifTakenAt(withExif(bareJpeg(), exifTiff({ byteOrder: 'II', dateTimeOriginal: '0000:00:00 00:00:00' })))).toBeUndefined();
    expect(exifTakenAt(bareJpeg())).toBeUndefined();
  });

  it('never throws on cut-off or scrambled files, and finds no EXIF in a file that is not a JPEG', () => {
    const full = withExif(bareJpeg(), exifTiff({ byteOrder: 'MM', dateTimeOriginal: '2024:03:05 14:20:11' }));
    fc.assert(
      fc.property(fc.nat({ max: full.length }), fc.array(fc.tuple(fc.nat({ max: full.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (cut, flips) => {
        const bytes = full.slice(0, cut);
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        const taken = exifTakenAt(bytes);
        expect(taken === undefined || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(taken)).toBe(true);
      }),
    );
    expect(exifTiffBlock(new Uint8Array(Buffer.from('%PDF-1.7 Exif')))).toBeNull();
  });
});

describe('jpegSegments', () => {
  it('lists the header segments up to the image data', () => {
    const markers = jpegSegments(withExif(bareJpeg(), exifTiff({ byteOrder: 'II', dateTimeOriginal: '2024:03:05 14:20:11' }))).map((s) => s.marker);
    expect(markers).toEqual([0xe0, 0xe1, 0xdb, 0xda]);
  });
});

describe('parseExifDate', () => {
  it('turns every possible EXIF date into the same wall-clock time, ISO-shaped', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 19);
        const exif = `${iso.slice(0, 10).replaceAll('-', ':')} ${iso.slice(11)}`;
        expect(parseExifDate(exif)).toBe(iso);
      }),
    );
  });

  it('refuses impossible dates', () => {
    for (const text of ['2023:02:29 10:00:00', '2024:13:01 10:00:00', '2024:04:31 10:00:00', '2024:01:01 24:00:00', '    :  :     :  :  ', '']) {
      expect(parseExifDate(text)).toBeUndefined();
    }
    expect(parseExifDate('2024:02:29 10:00:00')).toBe('2024-02-29T10:00:00');
  });
});
