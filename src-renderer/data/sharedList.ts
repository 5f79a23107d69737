import { defer, finalize, map, type Observable } from 'rxjs';

/** How long prefetch() keeps a list current for a first screen that has not subscribed yet. */
export const PREFETCH_HOLD_MS = 10_000;

/**
 * One live list query (all volunteers, all teams) shared by every screen that shows it. Every subscriber
 * gets the same plain array for the same query result, so 2,000 volunteers are converted once per change
 * rather than once per screen, and a screen drawn while the list is kept current can start with it (peek)
 * instead of drawing itself empty first and again a moment later.
 */
export interface SharedList<Doc> {
  /** The list, kept current. Shared: subscribers must not change the array or its documents. */
  readonly list$: Observable<Doc[]>;
  /** Reads the list now and keeps it current for PREFETCH_HOLD_MS, for the screen the app starts on. */
  readonly prefetch: () => Promise<void>;
  /** The current list while someone keeps it current (a subscriber or a recent prefetch), else undefined. */
  readonly peek: () => Doc[] | undefined;
}

export function createSharedList<Stored extends object, Doc>(
  results$: () => Observable<readonly Stored[]>,
  toPlain: (stored: Stored) => Doc,
): SharedList<Doc> {
  // Keyed by the query result's own array: RxDB hands every subscriber the same one until the data changes.
  const plainByResult = new WeakMap<readonly Stored[], Doc[]>();
  let latest: Doc[] | undefined;
  let subscribers = 0;

  const list$ = defer(() => {
    subscribers += 1;
    return results$().pipe(
      map((stored) => {
        let plain = plainByResult.get(stored);
        if (!plain) {
          plain = stored.map(toPlain);
          plainByResult.set(stored, plain);
        }
        latest = plain;
        return plain;
      }),
      finalize(() => {
        subscribers -= 1;
        // Nobody keeps it current any more: a later screen must not start with a list that may be stale.
        if (subscribers === 0) latest = undefined;
      }),
    );
  });

  return {
    list$,
    prefetch: () =>
      new Promise<void>((resolve, reject) => {
        const subscription = list$.subscribe({ next: () => resolve(), error: reject });
        setTimeout(() => subscription.unsubscribe(), PREFETCH_HOLD_MS);
      }),
    peek: () => latest,
  };
}
