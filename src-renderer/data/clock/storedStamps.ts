import type { RxCollection } from 'rxdb';
import { stampMs } from '../../domain/clock/hybridClock';
import type { LedgerDatabase } from '../database';
import { queryStored } from '../storageInternals';

async function highestIn(collection: RxCollection): Promise<number | null> {
  const documents = await queryStored(collection, { selector: {} });
  let highest: number | null = null;
  for (const doc of documents) {
    const ms = stampMs((doc as { updatedAt?: unknown }).updatedAt);
    if (ms !== null && (highest === null || ms > highest)) highest = ms;
  }
  return highest;
}

/**
 * The latest `updatedAt` of any record on this PC, in ms (null when there is none). Read once, by the first
 * run of the write clock on a PC that already holds records (an upgrade): no index orders records by that
 * field, so every record is read, one collection at a time.
 */
export async function highestStoredStamp(db: LedgerDatabase): Promise<number | null> {
  let highest: number | null = null;
  for (const collection of Object.values(db.collections) as RxCollection[]) {
    const ms = await highestIn(collection);
    if (ms !== null && (highest === null || ms > highest)) highest = ms;
  }
  return highest;
}
