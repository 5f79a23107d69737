import { describe, expect, it } from 'vitest';
import { startChangesWatcher, WATCH_PAGE_SIZE } from '../../../src-renderer/sync/changesWatcher';
import type { ChangesResult, CouchApi } from '../../../src-renderer/sync/couchApi';
import { createOwnWrites, notingOwnWrites } from '../../../src-renderer/sync/ownWrites';

interface Change {
  seq: number;
  id: string;
  rev: string;
}

/**
 * A station database's change feed as CouchDB answers a long-poll: changes after `since` (or, for `now`,
 * only those written after the poll began), at most `limit`; a poll with nothing to say waits until a write.
 * A write's own answer reaches the writer `answerDelayMs` after the feed has announced it.
 */
function fakeFeed(answerDelayMs = 0) {
  const log: Change[] = [];
  const polls: { since: string; limit: number }[] = [];
  let wake: (() => void) | null = null;
  const after = (since: number, limit: number): ChangesResult => {
    const results = log.filter((c) => c.seq > since).slice(0, limit);
    return { results: results.map((c) => ({ id: c.id, changes: [{ rev: c.rev }] })), last_seq: String(results.at(-1)?.seq ?? since) };
  };
  const api = {
    info: () => Promise.resolve({ db_name: 'station-a', doc_count: 0, update_seq: String(log.length) }),
    async waitForChange(since: string, _waitMs: number, limit: number, signal: AbortSignal): Promise<ChangesResult> {
      polls.push({ since, limit });
      const from = since === 'now' ? log.length : Number(since);
      for (let waits = 0; log.length <= from && waits < 1000; waits++) {
        if (signal.aborted) throw new DOMException('aborted', 'AbortError');
        await new Promise<void>((resolve) => {
          wake = resolve;
          signal.addEventListener('abort', () => resolve(), { once: true });
        });
      }
      return after(from, limit);
    },
    bulkDocs(docs: Record<string, unknown>[]) {
      const results = docs.map((doc) => {
        const change = { seq: log.length + 1, id: String(doc._id), rev: `1-${log.length + 1}` };
        log.push(change);
        return { id: change.id, ok: true, rev: change.rev };
      });
      wake?.();
      return new Promise<typeof results>((resolve) => setTimeout(() => resolve(results), answerDelayMs));
    },
  };
  return { api: api as unknown as CouchApi, polls, log };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function watch(feed: ReturnType<typeof fakeFeed>) {
  const own = createOwnWrites();
  const pushing = notingOwnWrites(feed.api, own);
  let woken = 0;
  const watcher = startChangesWatcher({ api: feed.api, waitMs: 25_000, settleMs: 1, backoffBaseMs: 10, backoffMaxMs: 100, own, onChange: () => (woken += 1) });
  return { pushing, watcher, woken: () => woken };
}

describe('the change watcher', () => {
  it('is not woken by its own push that the feed announces before the push’s answer arrives', async () => {
    const feed = fakeFeed(200);
    const { pushing, watcher, woken } = watch(feed);
    await settle();
    await pushing.bulkDocs([{ _id: 'volunteer:late-answer' }]);
    await settle();
    expect(woken()).toBe(0);
    // Someone else's change after it still wakes it.
    await feed.api.bulkDocs([{ _id: 'volunteer:other-pc' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(woken()).toBe(1);
    watcher.stop();
  });

  it('is not woken by this PC’s own pushes, and reads past a big one in pages, not one request per change', async () => {
    const feed = fakeFeed();
    const { pushing, watcher, woken } = watch(feed);
    await settle();
    await pushing.bulkDocs(Array.from({ length: 1_200 }, (_, i) => ({ _id: `volunteer:${i}` })));
    await settle();
    expect(woken()).toBe(0);
    // The first poll, then the three pages of 1,200 own changes, then one waiting at the end.
    expect(feed.polls.length).toBeLessThanOrEqual(2 + Math.ceil(1_200 / WATCH_PAGE_SIZE));
    watcher.stop();
  });

  it('asks for one sync for a burst of 300 changes from another PC, then waits for what comes next', async () => {
    const feed = fakeFeed();
    const { watcher, woken } = watch(feed);
    await settle();
    // Another PC writes 300 records (not through this PC's API).
    await feed.api.bulkDocs(Array.from({ length: 300 }, (_, i) => ({ _id: `activity:${i}` })));
    await settle();
    expect(woken()).toBe(1);
    expect(feed.polls.at(-1)?.since).toBe('now');
    expect(feed.polls.length).toBeLessThanOrEqual(3);
    await feed.api.bulkDocs([{ _id: 'activity:late' }]);
    await settle();
    expect(woken()).toBe(2);
    watcher.stop();
  });

  it('an own push mixed with another PC’s edit still wakes it', async () => {
    const feed = fakeFeed();
    const { pushing, watcher, woken } = watch(feed);
    await settle();
    await pushing.bulkDocs([{ _id: 'volunteer:mine' }]);
    await settle();
    expect(woken()).toBe(0);
    await feed.api.bulkDocs([{ _id: 'volunteer:theirs' }]);
    await settle();
    expect(woken()).toBe(1);
    watcher.stop();
  });
});
