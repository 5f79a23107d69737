import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Files built to hurt an importer, generated compactly for the tests and the benchmark: zip bombs (honest
 * and lying about their sizes, overlapping parts), sheets declaring a million rows or cells, zips of
 * thousands of parts, and CSV files too big or too long. The .xlsx ones are real packages (content types,
 * workbook, one sheet) so nothing but their size gives them away.
 */

export interface ZipPart {
  name: string;
  /** The part's content; deflated unless `stored`. */
  content?: Uint8Array;
  /** Already deflated bytes and what they inflate to (for content too big to hold). */
  deflated?: { data: Uint8Array; size: number; crc: number };
  stored?: boolean;
  /** What the directory says the part unpacks to, when it should lie. */
  declaredSize?: number;
  /** Points the directory at an earlier part's bytes instead of its own (overlapping parts). */
  sameDataAs?: string;
}

const encoder = new TextEncoder();
const text = (s: string) => encoder.encode(s);

/** A zip file by PKWARE's APPNOTE: local headers and data, central directory, end record. */
export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets = new Map<string, { offset: number; method: number; compressed: number; size: number; crc: number }>();
  let offset = 0;
  for (const part of parts) {
    const name = text(part.name);
    const shared = part.sameDataAs === undefined ? undefined : offsets.get(part.sameDataAs);
    let entry = shared;
    if (!entry) {
      const content = part.content ?? new Uint8Array();
      const method = part.stored ? 0 : 8;
      const data = part.deflated?.data ?? (method === 0 ? content : new Uint8Array(deflateRawSync(content)));
      const size = part.deflated?.size ?? content.length;
      const crc = part.deflated?.crc ?? crc32(content);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(8, method, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, part.declaredSize ?? size, true);
      local.setUint16(26, name.length, true);
      entry = { offset, method, compressed: data.length, size, crc };
      offsets.set(part.name, entry);
      chunks.push(new Uint8Array(local.buffer), name, data);
      offset += 30 + name.length + data.length;
    }
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, entry.method, true);
    header.setUint32(16, entry.crc, true);
    header.setUint32(20, entry.compressed, true);
    header.setUint32(24, part.declaredSize ?? entry.size, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, entry.offset, true);
    central.push(new Uint8Array(header.buffer), name);
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Math.min(parts.length, 0xffff), true);
  end.setUint16(10, Math.min(parts.length, 0xffff), true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of all) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

const SHEET_PATH = 'xl/worksheets/sheet1.xml';

/** The parts every .xlsx has besides its sheet. */
function packageParts(): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      content: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      content: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      content: text(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
  ];
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const ROWS_PER_PIECE = 10_000;

/** Sheet XML of `rows` rows, built piece by piece and deflated as a whole; `row(i)` gives row i's XML. */
function deflatedSheet(rows: number, row: (i: number) => string): { data: Uint8Array; size: number; crc: number } {
  const pieces: Buffer[] = [Buffer.from(SHEET_HEAD)];
  for (let start = 1; start <= rows; start += ROWS_PER_PIECE) {
    const end = Math.min(rows, start + ROWS_PER_PIECE - 1);
    let xml = '';
    for (let i = start; i <= end; i += 1) xml += row(i);
    pieces.push(Buffer.from(xml));
  }
  pieces.push(Buffer.from(SHEET_TAIL));
  const content = Buffer.concat(pieces);
  return { data: new Uint8Array(deflateRawSync(content, { level: 1 })), size: content.length, crc: crc32(content) };
}

/** An .xlsx whose one sheet really has `rows` rows of one number each (a million compresses to about 3 MB). */
export function manyRowsXlsx(rows: number): Uint8Array {
  return buildZip([...packageParts(), { name: SHEET_PATH, deflated: deflatedSheet(rows, (i) => `<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`) }]);
}

/** An .xlsx with `rows` row elements and no cells at all: a sheet formatted a million rows down. */
export function emptyRowsXlsx(rows: number): Uint8Array {
  return buildZip([...packageParts(), { name: SHEET_PATH, deflated: deflatedSheet(rows, (i) => `<row r="${i}" ht="15" customHeight="1"/>`) }]);
}

/** An .xlsx of `rows` rows × `columns` numeric cells. */
export function manyCellsXlsx(rows: number, columns: number): Uint8Array {
  const letters = (n: number) => (n < 26 ? String.fromCharCode(65 + n) : String.fromCharCode(64 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26)));
  const cells = (i: number) => Array.from({ length: columns }, (_, c) => `<c r="${letters(c)}${i}"><v>1</v></c>`).join('');
  return buildZip([...packageParts(), { name: SHEET_PATH, deflated: deflatedSheet(rows, (i) => `<row r="${i}">${cells(i)}</row>`) }]);
}

const MB = 1024 * 1024;
let kernel: { data: Uint8Array; size: number; crc: number } | null = null;

/** `mb` megabytes of spaces, deflated (the same kernel for every bomb of one run). */
function bombKernel(mb: number): { data: Uint8Array; size: number; crc: number } {
  if (kernel?.size === mb * MB) return kernel;
  const content = Buffer.alloc(mb * MB, 0x20);
  kernel = { data: new Uint8Array(deflateRawSync(content, { level: 9 })), size: content.length, crc: crc32(content) };
  return kernel;
}

export interface BombOptions {
  /** Megabytes each bomb part really unpacks to. */
  megabytes: number;
  /** Parts pointing at the same compressed bytes (the overlapping-files construction); 1 is a plain bomb. */
  overlapping?: number;
  /** The directory claims this size for each part instead of the truth. */
  declaredBytes?: number;
}

/** An .xlsx whose sheet (and, overlapping, many more parts) unpack to far more than the file's size. */
export function zipBombXlsx(options: BombOptions): Uint8Array {
  const data = bombKernel(options.megabytes);
  const extra = Array.from({ length: (options.overlapping ?? 1) - 1 }, (_, i): ZipPart => ({
    name: `xl/worksheets/sheet${i + 2}.xml`,
    sameDataAs: SHEET_PATH,
    declaredSize: options.declaredBytes,
  }));
  return buildZip([...packageParts(), { name: SHEET_PATH, deflated: data, declaredSize: options.declaredBytes }, ...extra]);
}

/** An .xlsx of `parts` tiny parts besides the usual ones. */
export function manyPartsXlsx(parts: number): Uint8Array {
  const tiny = Array.from({ length: parts }, (_, i): ZipPart => ({ name: `xl/media/image${i}.png`, content: text('x'), stored: true }));
  return buildZip([...packageParts(), { name: SHEET_PATH, content: text(SHEET_HEAD + SHEET_TAIL) }, ...tiny]);
}

/** A CSV of exactly `bytes` bytes: a header, then roster-like lines, the last one padded. */
export function bigCsv(bytes: number): Uint8Array {
  const header = text('姓名,身份证号,政治面貌,注册时间\n');
  const line = text('张三,370102198001010015,群众,2023-03-05\n');
  const out = new Uint8Array(bytes);
  out.set(header.subarray(0, bytes));
  let at = header.length;
  while (at + line.length <= bytes) {
    out.set(line, at);
    at += line.length;
  }
  out.fill(0x20, at);
  return out;
}

/** A CSV of `rows` short lines ("1,2"), a million of them in 4 MB. */
export function manyRowsCsv(rows: number): Uint8Array {
  return text('序号,姓名\n' + '1,2\n'.repeat(rows));
}

/** Excel's longest cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * Cell texts of Excel's full length, each shaped to make some reader backtrack: long runs before a
 * character that fails the match, unclosed brackets, separators only.
 */
export function hostileCellTexts(): string[] {
  const fill = (unit: string, tail = '') => unit.repeat(Math.floor((EXCEL_CELL_LIMIT - tail.length) / unit.length)) + tail;
  const spacesAfter = (head: string, tail: string) => head + ' '.repeat(EXCEL_CELL_LIMIT - head.length - tail.length) + tail;
  return [
    // The shapes that made the old patterns backtrack: a bracket, a date or an hour, then a long run of spaces that fails at the end.
    spacesAfter('张(', 'x'),
    spacesAfter('张三[', 'x'),
    spacesAfter('2023-03-05', 'x'),
    spacesAfter('9', 'x'),
    spacesAfter('下午', '9:x'),
    fill('张三 ', '!'),
    fill(' ', '2023-03-05x'),
    `2023${fill(' ', 'x').slice(4)}`,
    fill('1', 'x'),
    fill('1', '.5.'),
    fill('('),
    fill('张(', ')'),
    fill('[0'),
    `张三(${fill('1', ')').slice(4)}`,
    fill('9点', '!'),
    fill('上午 9 ', ':'),
    fill('、'),
    fill('*'),
    fill('370102198001010015'),
    fill('2023年3月', '?'),
  ];
}
