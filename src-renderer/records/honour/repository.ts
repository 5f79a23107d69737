import type { RxDocument } from 'rxdb';
import { map, type Observable } from 'rxjs';
import type { WriteContext } from '../../domain/entities/common';
import { HONOUR_LEVELS } from '../../domain/honours/honourKinds';
import type { LedgerDatabase } from '../../data/database';
import { ValidationError } from '../../data/errors';
import { createEntityStore, toPlain } from '../../data/repository';
import { parseHonourInput, type HonourDoc, type HonourFields } from './shape';

export type HonourRepository = ReturnType<typeof createHonourRepository>;

/** Newest year first; within a year the higher level first, then as recorded. */
function byYearAndLevel(a: HonourDoc, b: HonourDoc): number {
  return b.year - a.year || HONOUR_LEVELS.indexOf(a.level) - HONOUR_LEVELS.indexOf(b.level) || a.createdAt.localeCompare(b.createdAt);
}

export function createHonourRepository(db: LedgerDatabase, ctx: WriteContext) {
  const collection = db.honours;
  const store = createEntityStore<HonourFields, HonourDoc>(collection, 'honour', ctx);
  const validate = (input: unknown): HonourFields => {
    const parsed = parseHonourInput(input);
    if (!parsed.ok) throw new ValidationError(parsed.issues);
    return parsed.value;
  };
  const sorted = (docs: RxDocument<HonourDoc>[]): HonourDoc[] => docs.map((d) => toPlain(d)).sort(byYearAndLevel);
  return {
    store,
    get: store.get,
    remove: store.remove,
    restore: store.restore,
    create: async (input: unknown) => store.insert(validate(input)),
    update: async (id: string, input: unknown) => store.patch(id, validate(input)),
    /** Every honour on record, kept current. */
    all$: (): Observable<HonourDoc[]> => collection.find().$.pipe(map(sorted)),
    all: async (): Promise<HonourDoc[]> => sorted(await collection.find().exec()),
    /** The honours of one volunteer, team or project (its page shows them). */
    of$: (linkId: string): Observable<HonourDoc[]> => collection.find({ selector: { linkId } }).$.pipe(map(sorted)),
  };
}
