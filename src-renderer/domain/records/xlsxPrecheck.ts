import { READ_LIMITS, type FileProblem, type ReadLimits } from './readLimits';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

/**
 * Decides whether an .xlsx may be opened, before the spreadsheet library unpacks and parses it (which
 * for a hostile file took 30 s and 3.7 GB before any limit applied). First the declared sizes and part
 * count, from the zip's directory alone; then every part is unpacked as a stream, a little at a time and
 * thrown away, to catch sizes that lie and to count the sheets' rows and cells: a zip bomb or a
 * million-row sheet is refused after a bounded amount of work and memory.
 */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1,000×, so ≤ 16 MB comes out. */
const FEED_BYTES = 16 * 1024;

/**
 * Counts <row> and <c> elements in sheet XML arriving in pieces, byte by byte (tag names are ASCII), with
 * or without a namespace prefix. Text cannot hide a "<" (XML escapes it), so the count is exact for what
 * Excel writes and errs on the high side otherwise.
 */
class SheetCounter {
  rowElements = 0;
  /** Rows with at least one cell. */
  rows = 0;
  cells = 0;
  private inName = false;
  private name = '';
  private rowHasCell = false;

  /** Jumps from one "<" to the next (indexOf is native): a part of spaces or long text costs almost nothing. */
  feed(chunk: Uint8Array): void {
    let at = this.inName ? this.readName(chunk, 0) : 0;
    while (at < chunk.length) {
      const open = chunk.indexOf(LESS_THAN, at);
      if (open < 0) return;
      this.inName = true;
      this.name = '';
      at = this.readName(chunk, open + 1);
    }
  }

  /** Reads a tag name from `from` on; returns where it stopped (the chunk's end when the name goes on in the next). */
  private readName(chunk: Uint8Array, from: number): number {
    for (let i = from; i < chunk.length; i += 1) {
      const byte = chunk[i] ?? 0;
      if (isNameByte(byte) && this.name.length < MAX_TAG_NAME) {
        this.name += String.fromCharCode(byte);
        continue;
      }
      this.inName = false;
      this.tag(this.name);
      return i;
    }
    return chunk.length;
  }

  private tag(name: string): void {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'row') {
      this.rowElements += 1;
      this.rowHasCell = false;
    } else if (local === 'c') {
      this.cells += 1;
      if (!this.rowHasCell) this.rows += 1;
      this.rowHasCell = true;
    }
  }
}

const LESS_THAN = 0x3c;
const MAX_TAG_NAME = 24;

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x3a || b === 0x5f || b === 0x2d || b === 0x2e;
}

type Verdict = FileProblem | null;

/** The stored bytes of a part, `FEED_BYTES` at a time, as a stream the inflater can pull from. */
function compressedStream(data: Uint8Array): ReadableStream<BufferSource> {
  let at = 0;
  return new ReadableStream<BufferSource>({
    pull(controller) {
      if (at >= data.length) {
        controller.close();
        return;
      }
      controller.enqueue(data.slice(at, at + FEED_BYTES));
      at += FEED_BYTES;
    },
  });
}

/**
 * Unpacks one part piece by piece, handing each piece to `look` (which may stop it with a verdict); more
 * bytes than declared, fewer, or a broken stream make the file 'corrupt'.
 */
async function unpack(bytes: Uint8Array, entry: ZipEntry, look: (piece: Uint8Array) => Verdict): Promise<Verdict> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) return 'corrupt';
    for (let at = 0; at < data.length; at += FEED_BYTES) {
      const verdict = look(data.subarray(at, at + FEED_BYTES));
      if (verdict) return verdict;
    }
    return null;
  }
  if (entry.method !== DEFLATED) return 'corrupt';
  const reader = compressedStream(data).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let unpacked = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      unpacked += value.length;
      const verdict = unpacked > entry.uncompressedSize ? 'corrupt' : look(value);
      if (verdict) {
        await reader.cancel().catch(() => undefined);
        return verdict;
      }
    }
  } catch {
    return 'corrupt';
  }
  return unpacked === entry.uncompressedSize ? null : 'corrupt';
}

/** null when the .xlsx in `bytes` may be parsed; otherwise why not. Nothing is kept of what is unpacked. */
export async function precheckXlsx(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<Verdict> {
  const directory = readZipDirectory(bytes, limits.maxZipEntries);
  if (!directory.ok) return directory.problem;
  const declared = directory.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUnpackedBytes) return 'unpackedTooLarge';

  let cells = 0;
  for (const entry of directory.entries) {
    const counter = WORKSHEET.test(entry.name) ? new SheetCounter() : null;
    const verdict = await unpack(bytes, entry, (piece) => {
      if (counter === null) return null;
      counter.feed(piece);
      if (counter.rows > limits.maxRows || counter.rowElements > limits.maxRowElements) return 'tooManyRows';
      return cells + counter.cells > limits.maxCells ? 'tooManyCells' : null;
    });
    if (verdict) return verdict;
    cells += counter?.cells ?? 0;
  }
  return null;
}
