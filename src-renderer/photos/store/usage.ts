import type { PhotoRow } from './photoDb';

export interface PhotoUsage {
  count: number;
  bytes: number;
  /** Full files the server already holds: what eviction can drop. */
  evictableBytes: number;
  pending: number;
  tooLarge: number;
}

function blobBytes(blob: Blob | null): number {
  return blob?.size ?? 0;
}

/** What the photos take on this PC: every stored full file and thumbnail, deleted rows awaiting their tombstone too. */
export function photoUsage(rows: readonly PhotoRow[]): PhotoUsage {
  const usage: PhotoUsage = { count: 0, bytes: 0, evictableBytes: 0, pending: 0, tooLarge: 0 };
  for (const row of rows) {
    usage.bytes += blobBytes(row.full) + blobBytes(row.thumb);
    if (row.deleted) continue;
    usage.count += 1;
    if (row.state === 'onServer') usage.evictableBytes += blobBytes(row.full);
    if (row.state === 'pending') usage.pending += 1;
    if (row.state === 'tooLarge') usage.tooLarge += 1;
  }
  return usage;
}

/**
 * Which full files to drop so the photos use at most `budgetBytes`: only those the server holds, oldest
 * (lowest seq) first, and no more than needed. Pending and refused photos are never dropped: this PC has the
 * only copy.
 */
export function evictionPlan(rows: readonly PhotoRow[], budgetBytes: number): string[] {
  let over = photoUsage(rows).bytes - Math.max(0, budgetBytes);
  const chosen: string[] = [];
  const candidates = rows.filter((r) => !r.deleted && r.state === 'onServer' && r.full !== null).sort((a, b) => a.seq - b.seq);
  for (const row of candidates) {
    if (over <= 0) break;
    chosen.push(row.id);
    over -= blobBytes(row.full);
  }
  return chosen;
}
