/** What a file really is, from its first bytes: keepers rename files, and many systems export HTML as ".xls". */
export type FileKind = 'empty' | 'xlsx' | 'ods' | 'zip' | 'ole' | 'pdf' | 'image' | 'html' | 'xmlSpreadsheet' | 'text' | 'binary';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97–2003 (.xls), WPS (.et) and password-protected .xlsx all use the OLE compound format. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x42, 0x4d],
];
/** How much of a text file is looked at to decide whether it is text at all. */
const SNIFF_LENGTH = 4096;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Zip entry names are stored as plain bytes, so a search finds them without unpacking. */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (c) => c.charCodeAt(0));
  const first = needle[0];
  outer: for (let i = 0; i <= bytes.length - needle.length; i += 1) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_LENGTH);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
  }
  return control > head.length / 100;
}

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) {
    if (containsAscii(bytes, 'xl/workbook.xml') || containsAscii(bytes, 'xl/worksheets/')) return 'xlsx';
    if (containsAscii(bytes, 'opendocument.spreadsheet')) return 'ods';
    return 'zip';
  }
  if (startsWith(bytes, OLE)) return 'ole';
  if (startsWith(bytes, PDF)) return 'pdf';
  if (IMAGES.some((m) => startsWith(bytes, m))) return 'image';
  if (looksBinary(bytes)) return 'binary';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_LENGTH)).trimStart().toLowerCase();
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xmlSpreadsheet';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<table')) return 'html';
  return 'text';
}
