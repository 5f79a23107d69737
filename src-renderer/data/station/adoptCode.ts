import type { RxCollection } from 'rxdb';
import { stationProfileId } from '../../domain/ids';
import { isProvisionalCode } from '../../domain/provisionalCode';
import { RECORD_TYPE_LIST } from '../../records/registry';
import { collectionOf, type LedgerDatabase } from '../database';
import { getSetting, putSetting, type LocalDb } from '../local/localDb';

/** The adoption under way (`{ from, to }`), kept until every record carries the new code. */
const ADOPTING_KEY = 'station.adopting';
/** Every record type but the profile itself (moved to its new id on its own). */
const STAMPED_COLLECTIONS = RECORD_TYPE_LIST.filter((t) => t.docType !== 'station').map((t) => t.collection);
/** Records rewritten per write: bounded, so a big station does not hold one huge transaction. */
const CHUNK = 500;

interface Adoption {
  from: string;
  to: string;
}

export class CodeAdoptionRefused extends Error {
  constructor(readonly reason: 'notProvisional' | 'provisionalTarget') {
    super(reason === 'notProvisional' ? 'this station already has the city’s code' : 'a provisional code cannot be adopted');
  }
}

async function restampCollection(collection: RxCollection<{ id: string; stationId: string }>, from: string, to: string): Promise<number> {
  let moved = 0;
  // Bounded: each pass moves a chunk off the old code, so the count of passes is the records over CHUNK.
  for (let pass = 0; pass < 100_000; pass++) {
    const docs = await collection.find({ selector: { stationId: from }, limit: CHUNK }).exec();
    if (docs.length === 0) return moved;
    // Every field kept as stored (unknownFields of a newer version included); only the code changes.
    const result = await collection.bulkUpsert(docs.map((doc) => ({ ...doc.toMutableJSON(), stationId: to })));
    if (result.error.length > 0) throw new Error(`${collection.name}: ${result.error.length} records could not take the new code`);
    moved += docs.length;
  }
  throw new Error(`${collection.name}: too many records to re-stamp`);
}

/** The profile under its new id (`station:<code>`, what the server accepts), then the old one removed. */
async function moveProfile(db: LedgerDatabase, from: string, to: string): Promise<void> {
  const old = await db.station.findOne(stationProfileId(from)).exec();
  const existing = await db.station.findOne(stationProfileId(to)).exec();
  if (old && !existing) await db.station.insert({ ...old.toMutableJSON(), id: stationProfileId(to), code: to, stationId: to });
  if (old) await old.remove();
}

async function carryOut(db: LedgerDatabase, local: LocalDb, adoption: Adoption): Promise<void> {
  await moveProfile(db, adoption.from, adoption.to);
  for (const name of STAMPED_COLLECTIONS) {
    await restampCollection(collectionOf(db, name), adoption.from, adoption.to);
  }
  await local.settings.delete(ADOPTING_KEY);
}

/**
 * Gives a station that started on a provisional code the city's code: every record is re-stamped and the
 * profile moves to its new id. The intent is written first and the work is idempotent, so a PC closed
 * half-way finishes it when the ledger opens again (resumeCodeAdoption): no record is left on the old code.
 */
export async function adoptStationCode(db: LedgerDatabase, local: LocalDb, current: string, code: string): Promise<void> {
  const to = code.trim();
  if (!isProvisionalCode(current)) throw new CodeAdoptionRefused('notProvisional');
  if (isProvisionalCode(to)) throw new CodeAdoptionRefused('provisionalTarget');
  await putSetting(local, ADOPTING_KEY, { from: current, to } satisfies Adoption);
  await carryOut(db, local, { from: current, to });
}

/** Finishes an adoption a closed PC left half-done; returns the code the station now has, or null. */
export async function resumeCodeAdoption(db: LedgerDatabase, local: LocalDb): Promise<string | null> {
  const adoption = await getSetting<Adoption>(local, ADOPTING_KEY);
  if (!adoption) return null;
  await carryOut(db, local, adoption);
  return adoption.to;
}

/** Records that will take the new code, for the keeper's confirmation. */
export async function recordsUnder(db: LedgerDatabase, code: string): Promise<number> {
  let count = 0;
  // Read, not counted: RxDB counts only queries its indexes answer, and stationId is not indexed.
  for (const name of STAMPED_COLLECTIONS) count += (await collectionOf(db, name).find({ selector: { stationId: code } }).exec()).length;
  return count;
}
