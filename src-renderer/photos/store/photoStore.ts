import type { Observable } from 'rxjs';
import { isStorageFull } from '../../data/errors';
import { comparePhotos, type LocalPhoto, type PhotoKind, type PhotoMeta, type PhotoMime, type PhotoOwner, type PhotoOwnerType } from '../photo';
import { live$ } from './liveQuery';
import { nextSeq, openPhotoDb, ownerKey, toLocalPhoto, type PhotoDb, type PhotoRow } from './photoDb';
import { PhotoError } from './photoError';
import { evictionPlan, photoUsage, type PhotoUsage } from './usage';

export interface AddPhotoInput {
  owner: PhotoOwner;
  kind: PhotoKind;
  mime: PhotoMime;
  full: Blob;
  /** Null for a PDF: lists show a document icon instead. */
  thumb: Blob | null;
  width?: number;
  height?: number;
  takenAt?: string;
  fileName: string;
}

/** The station's photos on this PC (photos/photo.ts says why they live outside RxDB). */
export interface PhotoStore {
  /** Stores a (compressed) photo whole or not at all; a full disk throws a PhotoError (photos.errors.storageFull). */
  add(input: AddPhotoInput): Promise<LocalPhoto>;
  /** Live list for one record, oldest first (by seq), deleted ones left out. */
  forOwner$(owner: PhotoOwner): Observable<LocalPhoto[]>;
  /** Counts per owner id (for list thumbnails/badges). */
  countsByOwner$(type: PhotoOwnerType): Observable<Map<string, number>>;
  get(id: string): Promise<LocalPhoto | undefined>;
  /** The full file: local blob, or fetched from the server when evicted (throws a PhotoError with i18n key when offline). */
  full(id: string): Promise<Blob>;
  remove(id: string): Promise<void>;
  /** Storage used by photos on this PC, and what could be freed (full files the server already holds). */
  usage$(): Observable<PhotoUsage>;
  /** Drop full files the server holds, oldest first, until photos use at most `budgetBytes`; thumbnails stay. Returns the bytes freed. */
  evictTo(budgetBytes: number): Promise<number>;
}

/** Fetches a photo's full file from the server (the photo channel provides it while it has a connection). */
export type FullFileFetcher = (meta: PhotoMeta) => Promise<Blob>;

/** What the photo channel (photos/sync) reads and writes; the screens never use it. */
export interface PhotoChannelSide {
  readonly db: PhotoDb;
  /** The server's copy of evicted files comes through this; null while there is no connection. */
  setFetcher(fetcher: FullFileFetcher | null): void;
  /** Photos added here and not yet on the server, oldest first. */
  pendingUploads(): Promise<PhotoRow[]>;
  /** Photos deleted here whose server document may still be live. */
  pendingDeletions(): Promise<PhotoRow[]>;
  markOnServer(id: string, rev: string): Promise<void>;
  markTooLarge(id: string): Promise<void>;
  /** The server document is gone (tombstone written, or it never got there): the row goes. */
  forget(id: string): Promise<void>;
  /** A photo document from the server: kept with its thumbnail; its full file stays on the server until opened. */
  putPulled(meta: PhotoMeta, rev: string, thumb: Blob | null): Promise<void>;
  /** Another PC deleted this photo. A row deleted here but not yet tombstoned goes too. */
  pulledDeletion(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  putSetting(key: string, value: unknown): Promise<void>;
}

export interface OpenPhotoStoreOptions {
  name: string;
  /** The ledger's write context: which station the photos belong to, which PC adds them. */
  context: () => { stationId: string; deviceId: string };
  /** For tests: called with the Dexie database before it is first used (e.g. to add a middleware). */
  onOpen?: (db: PhotoDb) => void;
}

export type OpenedPhotoStore = PhotoStore & { readonly channel: PhotoChannelSide; close(): void };

/** Runs a write; a full disk becomes the keeper's sentence. The Dexie transaction aborts whole, so nothing is half-written. */
async function writing<T>(fileName: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isStorageFull(error)) throw new PhotoError('photos.errors.storageFull', { name: fileName }, { cause: error });
    throw error;
  }
}

export function openPhotoStore(options: OpenPhotoStoreOptions): OpenedPhotoStore {
  const db = openPhotoDb(options.name);
  options.onOpen?.(db);
  let fetcher: FullFileFetcher | null = null;

  const channel: PhotoChannelSide = {
    db,
    setFetcher(next) {
      fetcher = next;
    },
    async pendingUploads() {
      const rows = await db.photos.where('state').equals('pending').toArray();
      return rows.filter((row) => !row.deleted && row.full !== null).sort((a, b) => a.seq - b.seq);
    },
    async pendingDeletions() {
      return (await db.photos.toArray()).filter((row) => row.deleted).sort((a, b) => a.seq - b.seq);
    },
    async markOnServer(id, rev) {
      await db.photos.update(id, { state: 'onServer', rev });
    },
    async markTooLarge(id) {
      await db.photos.update(id, { state: 'tooLarge' });
    },
    async forget(id) {
      await db.photos.delete(id);
    },
    async putPulled(meta, rev, thumb) {
      await writing(meta.fileName, () =>
        db.transaction('rw', db.photos, async () => {
          const existing = await db.photos.get(meta.id);
          if (existing) {
            // Our own upload coming back, or a photo already pulled: only the server's word is new.
            await db.photos.update(meta.id, { state: 'onServer', rev, thumb: existing.thumb ?? thumb });
            return;
          }
          const row: PhotoRow = { id: meta.id, seq: await nextSeq(db), ownerKey: ownerKey(meta.owner), ownerType: meta.owner.type, state: 'onServer', deleted: false, meta, full: null, thumb, rev };
          await db.photos.add(row);
        }),
      );
    },
    async pulledDeletion(id) {
      await db.photos.delete(id);
    },
    async getSetting<T>(key: string) {
      return (await db.settings.get(key))?.value as T | undefined;
    },
    async putSetting(key, value) {
      await db.settings.put({ key, value });
    },
  };

  return {
    channel,
    async add(input) {
      const { stationId, deviceId } = options.context();
      if (stationId === '') throw new PhotoError('photos.errors.noStation', { name: input.fileName });
      const meta: PhotoMeta = {
        id: `photo:${crypto.randomUUID()}`,
        stationId,
        owner: { type: input.owner.type, id: input.owner.id },
        kind: input.kind,
        mime: input.mime,
        bytes: input.full.size,
        ...(input.width !== undefined ? { width: input.width } : {}),
        ...(input.height !== undefined ? { height: input.height } : {}),
        ...(input.takenAt !== undefined ? { takenAt: input.takenAt } : {}),
        fileName: input.fileName,
        addedBy: deviceId,
      };
      const row = await writing(input.fileName, () =>
        db.transaction('rw', db.photos, async () => {
          const made: PhotoRow = { id: meta.id, seq: await nextSeq(db), ownerKey: ownerKey(meta.owner), ownerType: meta.owner.type, state: 'pending', deleted: false, meta, full: input.full, thumb: input.thumb };
          await db.photos.add(made);
          return made;
        }),
      );
      return toLocalPhoto(row);
    },
    forOwner$(owner) {
      const key = ownerKey(owner);
      return live$(async () => (await db.photos.where('ownerKey').equals(key).toArray()).filter((row) => !row.deleted).sort((x, y) => comparePhotos(x.meta, y.meta)).map(toLocalPhoto));
    },
    countsByOwner$(type) {
      return live$(async () => {
        const counts = new Map<string, number>();
        for (const row of await db.photos.where('ownerType').equals(type).toArray()) {
          if (!row.deleted) counts.set(row.meta.owner.id, (counts.get(row.meta.owner.id) ?? 0) + 1);
        }
        return counts;
      });
    },
    async get(id) {
      const row = await db.photos.get(id);
      return row && !row.deleted ? toLocalPhoto(row) : undefined;
    },
    async full(id) {
      const row = await db.photos.get(id);
      if (!row || row.deleted) throw new PhotoError('photos.errors.notFound', { id });
      if (row.full) return row.full;
      if (!fetcher) throw new PhotoError('photos.errors.offline', { name: row.meta.fileName });
      let blob: Blob;
      try {
        blob = await fetcher(row.meta);
      } catch (error) {
        if (error instanceof PhotoError) throw error;
        throw new PhotoError('photos.errors.offline', { name: row.meta.fileName }, { cause: error });
      }
      // Kept again until the next eviction; a full disk only means it is not kept, the keeper still sees it.
      await db.photos.update(id, { full: blob }).catch(() => undefined);
      return blob;
    },
    async remove(id) {
      await db.transaction('rw', db.photos, async () => {
        const row = await db.photos.get(id);
        if (!row) return;
        // A refused photo never reached the server; any other may have (a pending one's answer can be lost),
        // so it stays as a deletion for the channel, its files dropped now.
        if (row.state === 'tooLarge') await db.photos.delete(id);
        else await db.photos.update(id, { deleted: true, full: null, thumb: null });
      });
    },
    usage$() {
      return live$(async () => photoUsage(await db.photos.toArray()));
    },
    async evictTo(budgetBytes) {
      return db.transaction('rw', db.photos, async () => {
        const rows = await db.photos.toArray();
        let freed = 0;
        for (const id of evictionPlan(rows, budgetBytes)) {
          const row = rows.find((r) => r.id === id);
          freed += row?.full?.size ?? 0;
          await db.photos.update(id, { full: null });
        }
        return freed;
      });
    },
    close() {
      db.close();
    },
  };
}
