/**
 * CSV files saved by Chinese Excel are GB18030 (GBK) unless the keeper picked "CSV UTF-8"; "Unicode text"
 * is UTF-16 with a byte-order mark. UTF-8 is tried strictly first: GB18030 would accept almost any bytes.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const REPLACEMENT = /\uFFFD/g;

/** Text that decoded into many replacement characters was not text in any encoding we know. */
export function isMostlyReadable(text: string): boolean {
  const bad = text.match(REPLACEMENT)?.length ?? 0;
  return bad <= Math.max(2, text.length / 100);
}
