import { liveQuery } from 'dexie';
import { Observable } from 'rxjs';

/** Dexie's live query as an rxjs Observable: re-runs `query` whenever a table it read changes (in any window). */
export function live$<T>(query: () => Promise<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => subscriber.next(value),
      error: (error: unknown) => subscriber.error(error),
    });
    return () => subscription.unsubscribe();
  });
}
