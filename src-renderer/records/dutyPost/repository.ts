import { map, type Observable } from 'rxjs';
import type { WriteContext } from '../../domain/entities/common';
import type { LedgerDatabase } from '../../data/database';
import { ValidationError } from '../../data/errors';
import { createEntityStore, toPlain } from '../../data/repository';
import { parseDutyPostInput, type DutyPostDoc, type DutyPostFields } from './shape';

export type DutyPostRepository = ReturnType<typeof createDutyPostRepository>;

/** Posts still staffed first, then by name as Chinese sorts it. */
function byActiveAndName(a: DutyPostDoc, b: DutyPostDoc): number {
  return Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
}

export function createDutyPostRepository(db: LedgerDatabase, ctx: WriteContext) {
  const collection = db.dutyPosts;
  const store = createEntityStore<DutyPostFields, DutyPostDoc>(collection, 'dutyPost', ctx);
  const validate = (input: unknown): DutyPostFields => {
    const parsed = parseDutyPostInput(input);
    if (!parsed.ok) throw new ValidationError(parsed.issues);
    return parsed.value;
  };
  return {
    store,
    get: store.get,
    remove: store.remove,
    restore: store.restore,
    create: async (input: unknown) => store.insert(validate(input)),
    update: async (id: string, input: unknown) => store.patch(id, validate(input)),
    all$: (): Observable<DutyPostDoc[]> => collection.find().$.pipe(map((docs) => docs.map((d) => toPlain(d)).sort(byActiveAndName))),
    all: async (): Promise<DutyPostDoc[]> => (await collection.find().exec()).map((d) => toPlain(d)).sort(byActiveAndName),
  };
}
