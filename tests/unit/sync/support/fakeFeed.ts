import type { FeedApi } from '../../../../src-renderer/sync/changeFeed';
import type { Sequence } from '../../../../src-renderer/sync/couchApi';

type Doc = Record<string, unknown> & { _id: string };

/**
 * A station database in memory, as the feed sees it: `log` is its change feed (integer sequences, like
 * pouchdb-server; a later entry with the same id is a newer version), and the live documents by id.
 */
export function fakeFeedApi(log: Doc[]) {
  const calls: { since: Sequence | undefined; limit: number }[] = [];
  const ranges: { start: string; limit: number }[] = [];
  const failures: Error[] = [];
  const live = () => {
    const latest = new Map<string, Doc>();
    for (const doc of log) latest.set(doc._id, doc);
    return [...latest.values()].filter((doc) => doc._deleted !== true).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  };
  const api: FeedApi = {
    changes(since, limit) {
      calls.push({ since, limit });
      const failure = failures.shift();
      if (failure) return Promise.reject(failure);
      const from = Number(since ?? 0);
      const page = log.slice(from, from + limit);
      return Promise.resolve({
        results: page.map((doc) => ({ id: doc._id, ...(doc._deleted === true ? { deleted: true } : {}), doc })),
        last_seq: from + page.length,
      });
    },
    idRange(startKey, endKey, limit) {
      ranges.push({ start: startKey, limit });
      const failure = failures.shift();
      if (failure) return Promise.reject(failure);
      const rows = live()
        .filter((doc) => doc._id >= startKey && doc._id <= endKey)
        .slice(0, limit)
        .map((doc) => ({ key: doc._id, id: doc._id, value: { rev: '1-x' }, doc }));
      return Promise.resolve({ rows });
    },
    info() {
      return Promise.resolve({ db_name: 'station-jn-lx-001', doc_count: live().length, update_seq: log.length });
    },
  };
  return { api, calls, ranges, failWith: (error: Error) => failures.push(error) };
}
