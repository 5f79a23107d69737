import { useEffect, useState } from 'react';
import { toSyncError } from '../../sync/syncError';

export type ReadState<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; messageKey: string; detail: string };

/**
 * One read from the city server, done again whenever `read` changes (a new year) or `round` does (刷新).
 * While a new read is on its way the state is loading, never the previous answer; a late answer to an older
 * read is dropped.
 */
export function useServerRead<T>(read: () => Promise<T>, round: number): ReadState<T> {
  const [answer, setAnswer] = useState<{ read: () => Promise<T>; round: number; state: ReadState<T> } | null>(null);
  useEffect(() => {
    let live = true;
    read().then(
      (value) => live && setAnswer({ read, round, state: { kind: 'ready', value } }),
      (error: unknown) => {
        const failure = toSyncError(error);
        if (live) setAnswer({ read, round, state: { kind: 'failed', messageKey: failure.messageKey, detail: failure.detail } });
      },
    );
    return () => {
      live = false;
    };
  }, [read, round]);
  return answer !== null && answer.read === read && answer.round === round ? answer.state : { kind: 'loading' };
}
