/**
 * gzip and SHA-256 from the platform itself (CompressionStream and Web Crypto exist in Chromium, Electron's
 * renderer and Node 20), so the backup needs no library.
 */
async function pipe(data: Blob, transform: ReadableWritablePair<Uint8Array, Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = data.stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function gzip(data: Uint8Array): Promise<Uint8Array> {
  return gzipParts([data.slice().buffer]);
}

/**
 * gzip of the parts one after another, read as a stream: photo files stored in IndexedDB are Blobs that
 * stay files until read, so a backup's hundreds of MB of photos are never joined in memory uncompressed.
 */
export function gzipParts(parts: BlobPart[]): Promise<Uint8Array> {
  return pipe(new Blob(parts), new CompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>);
}

/** Throws on a damaged or truncated stream (gzip's CRC and length checks). */
export function gunzip(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  return pipe(new Blob([data.slice().buffer]), new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>);
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data.slice().buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
