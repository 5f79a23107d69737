/**
 * Writes a long list in chunks, each chunk with one bulk write. DESIGN.md §3: one huge bulk insert is
 * pathological for replication (every document shares one write timestamp), and a keeper must be able to
 * stop a long import. A chunk is written whole or not at all (the writer guarantees that); cancelling
 * takes effect between chunks, never inside one.
 */
export const DEFAULT_CHUNK_SIZE = 100;
export const MIN_CHUNK_SIZE = 50;
export const MAX_CHUNK_SIZE = 200;

export interface ChunkedWriteOptions {
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (written: number, total: number) => void;
  /** Gives the event loop a turn between chunks so the progress bar moves; zero-delay timer by default. */
  pause?: () => Promise<void>;
}

export interface ChunkedWriteResult {
  /** Items written, always a sum of whole chunks. */
  written: number;
  total: number;
  cancelled: boolean;
  /** The error that stopped the run; the chunk it came from was not written. */
  error?: unknown;
}

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function clampChunkSize(size: number | undefined): number {
  if (size === undefined || !Number.isFinite(size)) return DEFAULT_CHUNK_SIZE;
  return Math.min(MAX_CHUNK_SIZE, Math.max(MIN_CHUNK_SIZE, Math.floor(size)));
}

export async function writeInChunks<T>(
  items: readonly T[],
  writeChunk: (chunk: readonly T[]) => Promise<void>,
  options: ChunkedWriteOptions = {},
): Promise<ChunkedWriteResult> {
  const size = clampChunkSize(options.chunkSize);
  const pause = options.pause ?? defaultPause;
  const total = items.length;
  let written = 0;
  options.onProgress?.(0, total);
  while (written < total) {
    if (options.signal?.aborted) return { written, total, cancelled: true };
    const chunk = items.slice(written, written + size);
    try {
      await writeChunk(chunk);
    } catch (error) {
      return { written, total, cancelled: false, error };
    }
    written += chunk.length;
    options.onProgress?.(written, total);
    await pause();
  }
  return { written, total, cancelled: false };
}
