import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/**
 * The latest value of an observable (an RxDB query); `undefined` until the first result arrives, so
 * screens can tell "still loading" from "empty". Pass a memoised observable (useMemo) so the query is
 * made once per change of what it depends on.
 */
export function useObservable<T>(observable: Observable<T>): T | undefined {
  const [state, setState] = useState<{ source: Observable<T>; value: T | undefined }>({ source: observable, value: undefined });
  useEffect(() => {
    const subscription = observable.subscribe({ next: (value) => setState({ source: observable, value }) });
    return () => subscription.unsubscribe();
  }, [observable]);
  // A value from the previous query must not show while the new one loads.
  return state.source === observable ? state.value : undefined;
}
