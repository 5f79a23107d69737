import type { DBCore, Middleware } from 'dexie';

/**
 * A disk that fills up: while `disk.full` is set, every write through the Dexie middleware fails the way
 * Chromium fails it (QuotaExceededError); reads go on.
 */
export function fillingDisk(): { disk: { full: boolean }; middleware: Middleware<DBCore> } {
  const disk = { full: false };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (disk.full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request)),
        };
      },
    }),
  };
  return { disk, middleware };
}
