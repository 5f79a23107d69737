/**
 * Runs `work` over `items` with at most `limit()` at once, read again each time one finishes (the link
 * meter may have changed its mind). The first failure stops new items from starting and is thrown once
 * the running ones settle.
 */
export async function forEachLimited<T>(items: readonly T[], limit: () => number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let running = 0;
  let failure: { error: unknown } | null = null;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (failure === null && next < items.length && running < Math.max(1, limit())) {
        const item = items[next] as T;
        next += 1;
        running += 1;
        work(item)
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            running -= 1;
            pump();
          });
      }
      if (running === 0) resolve();
    };
    pump();
  });
  if (failure !== null) throw (failure as { error: unknown }).error;
}
