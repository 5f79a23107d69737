/**
 * The table of contents of a zip file (an .xlsx is one), read without unpacking anything: each part's
 * name, sizes and where its bytes start. A zip library would inflate the parts to answer the same
 * questions, and refusing a zip bomb is exactly about not doing that; the layout is fixed by PKWARE's
 * APPNOTE (end-of-central-directory record → central directory → local headers).
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is nothing Excel writes. */
  method: number;
  compressedSize: number;
  /** As the directory declares it: a hostile file may lie, so unpacking checks it. */
  uncompressedSize: number;
  /** Offset of the part's (compressed) bytes in the file. */
  dataStart: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'corrupt' | 'unpackedTooLarge' };

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_RECORD_LENGTH = 22;
const CENTRAL_HEADER_LENGTH = 46;
const LOCAL_HEADER_LENGTH = 30;
const MAX_COMMENT_LENGTH = 0xffff;
/** A size, offset or count at its maximum means "see the Zip64 record": over 4 GB or 65,535 parts. */
const ZIP64_SIZE = 0xffffffff;
const ZIP64_COUNT = 0xffff;

const corrupt: ZipDirectory = { ok: false, problem: 'corrupt' };
const tooLarge: ZipDirectory = { ok: false, problem: 'unpackedTooLarge' };
const names = new TextDecoder('utf-8');

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let i = last; i >= first; i -= 1) if (view.getUint32(i, true) === END_SIGNATURE) return i;
  return -1;
}

/** The parts of the zip in `bytes`; a file with more than `maxEntries` parts is refused before they are listed. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return corrupt;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // No spreadsheet a station keeps needs Zip64: it means more than 4 GB or 65,535 parts.
  if (count === ZIP64_COUNT || size === ZIP64_SIZE || offset === ZIP64_SIZE) return tooLarge;
  if (count > maxEntries) return tooLarge;
  if (offset + size > end) return corrupt;

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k += 1) {
    if (at + CENTRAL_HEADER_LENGTH > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return corrupt;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64_SIZE || uncompressedSize === ZIP64_SIZE || local === ZIP64_SIZE) return tooLarge;
    const nameEnd = at + CENTRAL_HEADER_LENGTH + nameLength;
    if (nameEnd > end) return corrupt;
    const name = names.decode(bytes.subarray(at + CENTRAL_HEADER_LENGTH, nameEnd));

    if (local + LOCAL_HEADER_LENGTH > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) return corrupt;
    const dataStart = local + LOCAL_HEADER_LENGTH + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) return corrupt;
    entries.push({ name, method, compressedSize, uncompressedSize, dataStart });
    at = nameEnd + extraLength + commentLength;
  }
  return { ok: true, entries };
}
