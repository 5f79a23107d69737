/** What the browser engine says of the app's storage (navigator.storage.estimate()). */
export interface StorageEstimateNow {
  usage: number;
  quota: number;
}

export type StorageLevel = 'ok' | 'low' | 'critical';

const MB = 1024 * 1024;
/**
 * A year of a busy station's records is a few megabytes, photos tens to hundreds: under 1 GB left is the
 * time to act while saving still works; under 200 MB a photo import or a restore may not fit.
 */
export const LOW_FREE_BYTES = 1024 * MB;
export const CRITICAL_FREE_BYTES = 200 * MB;

/** How worried the keeper should be. Chromium's quota follows the free disk space, so "free" is quota − usage. */
export function storageLevel({ usage, quota }: StorageEstimateNow): StorageLevel {
  const free = Math.max(0, quota - usage);
  if (free < CRITICAL_FREE_BYTES) return 'critical';
  if (free < LOW_FREE_BYTES) return 'low';
  return 'ok';
}

/** Bytes as a keeper reads them: KB, MB with one decimal, GB with one decimal. */
export function bytesText(bytes: number): string {
  if (bytes < MB) return `${Math.max(0, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / 1024 / MB).toFixed(1)} GB`;
}
