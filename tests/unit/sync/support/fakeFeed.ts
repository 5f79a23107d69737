import type { ChangesApi } from '../../../../src-renderer/sync/changeFeed';
import type { Sequence } from '../../../../src-renderer/sync/couchApi';

type Doc = Record<string, unknown> & { _id: string };

/** A station database's change feed in memory: integer sequences, one change per document, like pouchdb-server. */
export function fakeChangesApi(docs: Doc[]) {
  const calls: { since: Sequence | undefined; limit: number }[] = [];
  const failures: Error[] = [];
  const api: ChangesApi = {
    changes(since, limit) {
      calls.push({ since, limit });
      const failure = failures.shift();
      if (failure) return Promise.reject(failure);
      const from = Number(since ?? 0);
      const page = docs.slice(from, from + limit);
      return Promise.resolve({
        results: page.map((doc) => ({ id: doc._id, ...(doc._deleted === true ? { deleted: true } : {}), doc })),
        last_seq: from + page.length,
      });
    },
  };
  return { api, calls, failWith: (error: Error) => failures.push(error) };
}
