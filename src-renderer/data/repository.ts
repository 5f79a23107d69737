import type { MangoQuerySortPart, RxCollection, RxDocument } from 'rxdb';
import type { Observable } from 'rxjs';
import type { DocMeta, WriteContext } from '../domain/entities/common';
import { newId, type DocType } from '../domain/ids';
import type { Parsed } from '../domain/issues';
import { NotFoundError, ValidationError } from './errors';
import { createSharedList } from './sharedList';

/**
 * What every entity repository shares: stamping metadata on writes, soft deletes that replicate, and an
 * undo that puts the removed record back as it was.
 */
export interface EntityStore<Fields extends object, Doc extends DocMeta & Fields> {
  readonly collection: RxCollection<Doc>;
  get: (id: string) => Promise<Doc | null>;
  insert: (fields: Fields, id?: string) => Promise<Doc>;
  patch: (id: string, fields: Partial<Fields>) => Promise<Doc>;
  /** Soft delete (RxDB `_deleted`, which replicates); returns the record so the screen can offer undo. */
  remove: (id: string) => Promise<Doc>;
  /** Undo a delete: the record comes back with its old content and a fresh change stamp. */
  restore: (snapshot: Doc) => Promise<Doc>;
}

export function toPlain<Doc>(doc: RxDocument<Doc>): Doc {
  return doc.toMutableJSON(false);
}

export function createEntityStore<Fields extends object, Doc extends DocMeta & Fields>(
  collection: RxCollection<Doc>,
  type: DocType,
  ctx: WriteContext,
): EntityStore<Fields, Doc> {
  const stamp = () => ({ updatedAt: ctx.now().toISOString(), updatedBy: ctx.deviceId });

  async function find(id: string): Promise<RxDocument<Doc>> {
    const doc = await collection.findOne(id).exec();
    if (!doc) throw new NotFoundError(id);
    return doc;
  }

  return {
    collection,
    async get(id) {
      const doc = await collection.findOne(id).exec();
      return doc ? toPlain(doc) : null;
    },
    async insert(fields, id) {
      const now = ctx.now();
      const data = {
        ...fields,
        id: id ?? newId(type, now.getTime()),
        stationId: ctx.stationId,
        createdAt: now.toISOString(),
        ...stamp(),
      } as Doc;
      return toPlain(await collection.insert(data));
    },
    async patch(id, fields) {
      const doc = await find(id);
      const updated = await doc.incrementalPatch({ ...fields, ...stamp() } as Partial<Doc>);
      return toPlain(updated);
    },
    async remove(id) {
      const doc = await find(id);
      const snapshot = toPlain(doc);
      await doc.incrementalRemove();
      return snapshot;
    },
    async restore(snapshot) {
      return toPlain(await collection.upsert({ ...snapshot, ...stamp() }));
    },
  };
}

/** Teams, projects and volunteers are listed by the pinyin of their names. */
interface NamedDoc extends DocMeta {
  namePinyin: string;
}

/** Validating create/update plus the sorted list: all a simple named entity (team, project) needs. */
export function createNamedEntityRepository<Fields extends object, Doc extends NamedDoc & Fields>(
  collection: RxCollection<Doc>,
  type: DocType,
  ctx: WriteContext,
  parse: (input: unknown) => Parsed<Fields>,
) {
  const store = createEntityStore<Fields, Doc>(collection, type, ctx);
  const validate = (input: unknown): Fields => {
    const parsed = parse(input);
    if (!parsed.ok) throw new ValidationError(parsed.issues);
    return parsed.value;
  };
  // The cast names the sort field generically; every Doc here has namePinyin (NamedDoc).
  const sortedQuery = () => collection.find({ sort: [{ namePinyin: 'asc' } as MangoQuerySortPart<Doc>] });
  const sorted = createSharedList(() => sortedQuery().$, toPlain);
  return {
    store,
    get: store.get,
    remove: store.remove,
    restore: store.restore,
    /** Kept current; shared by every screen showing it, so the array and its records must not be changed. */
    all$: (): Observable<Doc[]> => sorted.list$,
    all: async (): Promise<Doc[]> => (await sortedQuery().exec()).map(toPlain),
    /** Reads the list as the app starts, so the first screen is drawn with it (see peek). */
    prefetch: sorted.prefetch,
    /** The list as it is now if it is being kept current (a screen shows it, or a recent prefetch); else undefined. */
    peek: sorted.peek,
    // async so that a validation failure is a rejected promise, like every other failure.
    create: async (input: unknown) => store.insert(validate(input)),
    update: async (id: string, input: unknown) => store.patch(id, validate(input)),
  };
}
