import type { BulkWriteRow, RxCollection, RxDocumentData } from 'rxdb';
import { now as rxdbNow } from 'rxdb/plugins/utils';
import { admitPulledDoc } from '../../sync/docFilter';
import { recordConflict } from '../conflicts/conflictHandler';
import { canonicalContent, pickWinner } from '../conflicts/winner';
import type { Ledger } from '../session';
import type { BackupRecord, KeptUnreadable } from './format';
import { restorePhotos, type PhotoRestoreCounts } from '../../photos/store/photoBackup';
import { keepUnreadable, restoreLocalState } from './localState';
import { photosOfFile, type PhotoSource } from './photoSection';
import { decideMerge, revisionOver, type MergeAction, type RevVersion } from './mergeDecision';
import { checkStation, type ReadBackup } from './readBackup';
import { BACKUP_COLLECTIONS } from './records';

/** A ledger, or its parts; without `photos` a file's photos are not restored (and not counted). */
export type RestoreTarget = Pick<Ledger, 'db' | 'local' | 'ctx'> & { photos?: PhotoSource };

export type RestoreCounts = Record<MergeAction, number>;

export interface RestoreResult {
  /** Per collection: what happened to its records. */
  collections: Record<string, RestoreCounts>;
  total: RestoreCounts;
  /** Records this app cannot read (a newer app's): kept as they came, carried by the next backup. */
  keptUnreadable: number;
  /** Records naming another station or no record type at all: left out. */
  skipped: number;
  /** Writes the storage refused (the record changed on this PC meanwhile): running the restore again finishes them. */
  failed: number;
  settingsAdded: number;
  /** What happened to the file's photos. */
  photos: PhotoRestoreCounts;
}

/**
 * The station profile last: on a PC with no station yet (restore from the first-run screen) the app opens the
 * station as soon as its profile is stored, and it must find every other record there already.
 */
const RESTORE_ORDER = [...BACKUP_COLLECTIONS.filter((s) => s.name !== 'station'), ...BACKUP_COLLECTIONS.filter((s) => s.name === 'station')];

/** One storage write carries at most this many records, so a big station does not hold one huge transaction. */
const WRITE_CHUNK = 200;
const WRITE_CONTEXT = 'backup-restore';

function emptyCounts(): RestoreCounts {
  return { add: 0, same: 0, take: 0, keep: 0, conflict: 0 };
}

type Doc = RxDocumentData<Record<string, unknown>>;

/** The file's version as the storage stores it: its revision kept, a fresh write time (the clock middleware orders it). */
function storedForm(version: RevVersion, over?: Doc): Doc {
  const rev = over ? revisionOver(over._rev, version._rev) : version._rev;
  return { ...version, _rev: rev, _attachments: {}, _meta: { lwt: rxdbNow() } };
}

/**
 * Whether this very pair of versions is on the conflict register already (an earlier restore of the same
 * file, or a sync that met them): then the record has been merged before and nothing happens again.
 */
async function alreadyOnRecord(target: RestoreTarget, collectionName: string, docId: string, a: RevVersion, b: RevVersion): Promise<boolean> {
  const entries = await target.db.conflicts.find({ selector: { collectionName, docId } }).exec();
  const pair = new Set([canonicalContent(a), canonicalContent(b)]);
  return entries.some((entry) => {
    const sides = [entry.winner, entry.loser].map((side) => {
      try {
        return canonicalContent(JSON.parse(side) as Record<string, unknown>);
      } catch {
        return '';
      }
    });
    return sides.every((side) => pair.has(side));
  });
}

/** The conflict register and the city catalogue only pick a winner; every other type keeps the loser for review. */
function keepsLosers(name: string): boolean {
  return name !== 'conflicts' && name !== 'catalog';
}

async function writeRows(db: RestoreTarget['db'], collection: RxCollection, rows: BulkWriteRow<Record<string, unknown>>[]): Promise<number> {
  // Below RxDB's storage wrapper, which would give every write a new revision: the file's revision is kept,
  // so the restored records are the backed-up ones, and the same file restored again finds them the same.
  const storage = collection.storageInstance.originalStorageInstance;
  let failed = 0;
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    const chunk = rows.slice(i, i + WRITE_CHUNK);
    const result = await db.lockedRun(() => storage.bulkWrite(chunk, WRITE_CONTEXT));
    failed += result.error.length;
  }
  return failed;
}

/**
 * Every photo of the file goes in: they came from this station's own photo store (the station check has
 * passed for the file), and a photo's `stationId` may be a code the station had before it took the city's.
 */
function restoreFilePhotos(store: PhotoSource, backup: ReadBackup): Promise<PhotoRestoreCounts> {
  return restorePhotos(store.channel.db, photosOfFile(backup.body.photos ?? [], backup.photoSection));
}

/**
 * Restores a backup the way replication merges a server's versions (mergeDecision.ts): records the PC
 * lacks are added with their revisions, newer ones on either side win, and two versions changed apart go
 * through the app's conflict rule, the loser to the review screen. Nothing newer on the PC is overwritten
 * silently, and the same file restored twice changes nothing the second time.
 */
export async function restoreBackup(target: RestoreTarget, backup: ReadBackup): Promise<RestoreResult> {
  const { header, body } = backup;
  checkStation(header, target.ctx.stationId);
  const sameLine = header.databaseToken === (await target.db.storageToken);
  const result: RestoreResult = { collections: {}, total: emptyCounts(), keptUnreadable: 0, skipped: 0, failed: 0, settingsAdded: 0, photos: { added: 0, filled: 0, same: 0 } };
  // Photos before records: the station opens as soon as its profile is stored, and its photos are there then.
  if (target.photos) result.photos = await restoreFilePhotos(target.photos, backup);
  const unreadable: KeptUnreadable[] = [...body.unreadable];
  const known = new Set(BACKUP_COLLECTIONS.map((s) => s.name as string));
  // A newer app's collection: this app has no place for it, so its records are kept as they came.
  for (const [name, records] of Object.entries(body.collections)) {
    if (known.has(name)) continue;
    for (const r of records) unreadable.push({ collection: name, docId: r._id, reason: 'unknownCollection', body: JSON.stringify(r) });
  }

  for (const spec of RESTORE_ORDER) {
    const counts = emptyCounts();
    result.collections[spec.name] = counts;
    const records: BackupRecord[] = body.collections[spec.name] ?? [];
    if (records.length === 0) continue;
    const collection = target.db.collections[spec.name] as unknown as RxCollection;
    const fileVersions: (RevVersion & { id: string })[] = [];
    for (const record of records) {
      const admission = admitPulledDoc(spec, record, header.stationCode);
      if (admission.ok) fileVersions.push({ ...admission.doc, _rev: record._rev });
      else if (admission.tombstone || admission.reason === 'invalid' || admission.reason === 'newerMajor') {
        unreadable.push({ collection: spec.name, docId: record._id, reason: admission.tombstone ? 'invalid' : admission.reason, body: JSON.stringify(record) });
      } else result.skipped += 1;
    }
    const stored = await collection.storageInstance.findDocumentsById(
      fileVersions.map((v) => v.id),
      true,
    );
    const locals = new Map(stored.map((doc) => [String((doc as Doc).id), doc as Doc]));
    const rows: BulkWriteRow<Record<string, unknown>>[] = [];
    for (const file of fileVersions) {
      const local = locals.get(file.id) ?? null;
      const localVersion = local ? (local as unknown as RevVersion) : null;
      let action = decideMerge(localVersion, file, sameLine);
      if (action === 'conflict' && localVersion && (await alreadyOnRecord(target, spec.name, file.id, localVersion, file))) action = 'same';
      counts[action] += 1;
      if (action === 'add') rows.push({ document: storedForm(file) });
      else if (action === 'take' && local) rows.push({ previous: local, document: storedForm(file, local) });
      else if (action === 'conflict' && local && localVersion) {
        const { winner, loser } = pickWinner<RevVersion>(localVersion, file);
        if (keepsLosers(spec.name) && !(winner._deleted && loser._deleted)) {
          await recordConflict(target.db.conflicts, target.ctx, spec.name, winner, loser);
        }
        if (winner === file) rows.push({ previous: local, document: storedForm(file, local) });
      }
    }
    result.failed += await writeRows(target.db, collection, rows);
  }
  for (const counts of Object.values(result.collections)) {
    for (const action of Object.keys(counts) as MergeAction[]) result.total[action] += counts[action];
  }
  result.keptUnreadable = await keepUnreadable(target.local, unreadable);
  result.settingsAdded = await restoreLocalState(target.local, body);
  // A PC that kept no station yet now keeps this one: what it writes from here on is stamped with its code.
  if (target.ctx.stationId === '' && header.stationCode !== '') target.ctx.stationId = header.stationCode;
  return result;
}
