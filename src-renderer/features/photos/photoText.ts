/** `2024-03-05T14:20:11` (EXIF wall-clock time) → `2024-03-05 14:20`, as lists and the printed sheet show it. */
export function formatTakenAt(takenAt: string): string {
  return takenAt.slice(0, 16).replace('T', ' ');
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** A size as the keeper reads it: `820 KB`, `3.4 MB`, `2 GB`, `1.25 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${Number((bytes / GB).toFixed(2))} GB`;
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / KB))} KB`;
}

/** Names for a pasted picture, which the clipboard calls `image.png` every time: the moment it was pasted. */
export function pastedFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `paste-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}.png`;
}
