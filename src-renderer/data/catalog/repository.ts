import { map, type Observable } from 'rxjs';
import type { CatalogEntryDoc } from '../../domain/entities/catalogEntry';
import type { LedgerDatabase } from '../database';
import { toPlain } from '../repository';

export type CatalogKind = CatalogEntryDoc['kind'];
export type CatalogRepository = ReturnType<typeof createCatalogRepository>;

/**
 * What the city publishes (service fields, themes, published projects, notices). Read-only here: it only
 * ever arrives by sync from the city's catalogue database, so this repository has no writes.
 */
export function createCatalogRepository(db: LedgerDatabase) {
  const byKind = (kind: CatalogKind) => db.catalog.find({ selector: { kind }, sort: [{ kind: 'asc' }, { order: 'asc' }] });
  return {
    byKind$: (kind: CatalogKind): Observable<CatalogEntryDoc[]> => byKind(kind).$.pipe(map((docs) => docs.map(toPlain))),
    byKind: async (kind: CatalogKind): Promise<CatalogEntryDoc[]> => (await byKind(kind).exec()).map(toPlain),
    count$: (): Observable<number> => db.catalog.count().$,
  };
}
