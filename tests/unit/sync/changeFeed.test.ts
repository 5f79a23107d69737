import { describe, expect, it } from 'vitest';
import { createSharedFeed } from '../../../src-renderer/sync/changeFeed';
import { SyncError } from '../../../src-renderer/sync/syncError';
import { fakeChangesApi } from './support/fakeFeed';

const docs = Array.from({ length: 25 }, (_, i) => ({ _id: `${i % 2 === 0 ? 'volunteer' : 'activity'}:${String(i).padStart(4, '0')}` }));
const consumers = ['volunteers', 'activities', 'teams'] as const;

function feedOver(options: { pageSize?: number; maxPages?: number } = {}) {
  const server = fakeChangesApi(docs);
  const feed = createSharedFeed({
    api: server.api,
    consumers,
    owns: (consumer, id) => id.startsWith(consumer === 'volunteers' ? 'volunteer:' : consumer === 'activities' ? 'activity:' : 'team:'),
    pageSize: options.pageSize ?? 10,
    minPageSize: 2,
    maxPages: options.maxPages ?? 8,
  });
  return { server, feed };
}

describe('the station change feed shared by its collections', () => {
  it('asks the server once for a page every collection reads, and again once all have taken it', async () => {
    const { server, feed } = feedOver();
    const pages = await Promise.all(consumers.map((c) => feed.page(0, c)));
    expect(server.calls).toEqual([{ since: 0, limit: 10 }]);
    expect(pages.map((p) => p.result.last_seq)).toEqual([10, 10, 10]);
    expect(pages[0]?.result.results).toHaveLength(10);
    await feed.page(0, 'volunteers');
    expect(server.calls).toHaveLength(2);
  });

  it('does not keep a failed page: the next reader asks the server again', async () => {
    const { server, feed } = feedOver();
    server.failWith(new SyncError('server', 'HTTP 500'));
    await expect(feed.page(10, 'volunteers')).rejects.toThrow('HTTP 500');
    const page = await feed.page(10, 'activities');
    expect(page.result.last_seq).toBe(20);
    expect(server.calls).toHaveLength(2);
  });

  it('asks for half as many changes after a page timed out, never fewer than the minimum', async () => {
    const { server, feed } = feedOver({ pageSize: 8 });
    for (let i = 0; i < 3; i++) server.failWith(new SyncError('timeout', 'no answer in time'));
    for (let i = 0; i < 3; i++) await expect(feed.page(0, 'teams')).rejects.toThrow();
    const page = await feed.page(0, 'teams');
    expect(server.calls.map((c) => c.limit)).toEqual([8, 4, 2, 2]);
    expect(page.limit).toBe(2);
    expect(page.result.results).toHaveLength(2);
  });

  it('a server error other than a timeout keeps the page size', async () => {
    const { server, feed } = feedOver({ pageSize: 8 });
    server.failWith(new SyncError('server', 'HTTP 503'));
    await expect(feed.page(0, 'teams')).rejects.toThrow();
    await feed.page(0, 'teams');
    expect(server.calls.map((c) => c.limit)).toEqual([8, 8]);
  });

  it('keeps at most the set number of pages, and forgets them all on reset', async () => {
    const { server, feed } = feedOver({ pageSize: 5, maxPages: 2 });
    for (const since of [0, 5, 10]) await feed.page(since, 'volunteers');
    // The oldest page was dropped; the newer two are still there for the others.
    await feed.page(10, 'activities');
    await feed.page(5, 'activities');
    expect(server.calls).toHaveLength(3);
    await feed.page(0, 'activities');
    expect(server.calls).toHaveLength(4);
    feed.reset();
    await feed.page(10, 'teams');
    expect(server.calls).toHaveLength(5);
  });
});
