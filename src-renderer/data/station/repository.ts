import { map, type Observable } from 'rxjs';
import type { WriteContext } from '../../domain/entities/common';
import { parseStationInput, type StationDoc, type StationFields } from '../../domain/entities/station';
import { stationProfileId } from '../../domain/ids';
import type { LedgerDatabase } from '../database';
import { ValidationError } from '../errors';
import { createEntityStore, toPlain } from '../repository';

export type StationRepository = ReturnType<typeof createStationRepository>;

/** The one station profile document of this database (its id is `station:<code>`). */
export function createStationRepository(db: LedgerDatabase, ctx: WriteContext) {
  const store = createEntityStore<StationFields, StationDoc>(db.station, 'station', ctx);

  async function get(): Promise<StationDoc | null> {
    const doc = await db.station.findOne().exec();
    return doc ? toPlain(doc) : null;
  }

  return {
    get,
    profile$: (): Observable<StationDoc | null> => db.station.findOne().$.pipe(map((doc) => (doc ? toPlain(doc) : null))),

    /** Creates the profile on first run, updates it afterwards. The station code never changes once set. */
    async save(input: unknown): Promise<StationDoc> {
      const parsed = parseStationInput(input);
      if (!parsed.ok) throw new ValidationError(parsed.issues);
      const existing = await get();
      if (!existing) return store.insert(parsed.value, stationProfileId(parsed.value.code));
      if (existing.code !== parsed.value.code) {
        throw new ValidationError([{ field: 'code', key: 'validation.station.codeLocked' }]);
      }
      return store.patch(existing.id, parsed.value);
    },
  };
}
