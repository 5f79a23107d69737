/**
 * At most `max` requests in flight; the rest wait their turn. A request's timeout starts only when it
 * gets a slot, so waiting behind the browser's per-host connection limit never looks like a dead server.
 */
export interface RequestLimiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createRequestLimiter(max: number): RequestLimiter {
  let active = 0;
  const waiting: (() => void)[] = [];

  // A finished request hands its slot straight to the next in line, so `active` never overshoots.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  return {
    async run(task) {
      if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      else active += 1;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
