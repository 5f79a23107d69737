import { describe, expect, it } from 'vitest';
import { createSharedFeed } from '../../../src-renderer/sync/changeFeed';
import type { DbInfo } from '../../../src-renderer/sync/couchApi';
import { SyncError } from '../../../src-renderer/sync/syncError';
import { fakeFeedApi } from './support/fakeFeed';

const docs = Array.from({ length: 25 }, (_, i) => ({ _id: `${i % 2 === 0 ? 'volunteer' : 'activity'}:${String(i).padStart(4, '0')}` }));
const consumers = ['volunteers', 'activities', 'teams'] as const;

function feedOver(options: { pageSize?: number; maxPages?: number; onLoadStart?: (info: DbInfo) => void } = {}) {
  const server = fakeFeedApi(docs);
  const feed = createSharedFeed({
    ...(options.onLoadStart ? { onLoadStart: options.onLoadStart } : {}),
    api: server.api,
    consumers,
    owns: (consumer, id) => id.startsWith(consumer === 'volunteers' ? 'volunteer:' : consumer === 'activities' ? 'activity:' : 'team:'),
    pageSize: options.pageSize ?? 10,
    minPageSize: 2,
    maxPages: options.maxPages ?? 8,
  });
  const asked = (since: number) => server.calls.filter((c) => c.since === since).length;
  return { server, feed, asked };
}

/** Lets the answers already given reach their listeners (the feed looks ahead from them). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the station change feed shared by its collections', () => {
  it('asks the server once for a page every collection reads, and again once all have taken it', async () => {
    const { feed, asked } = feedOver();
    const pages = await Promise.all(consumers.map((c) => feed.page(0, c)));
    expect(asked(0)).toBe(1);
    expect(pages.map((p) => p.result.last_seq)).toEqual([10, 10, 10]);
    expect(pages[0]?.result.results).toHaveLength(10);
    await feed.page(0, 'volunteers');
    expect(asked(0)).toBe(2);
  });

  it('has the server prepare the next page while the collections handle this one, but not past the end', async () => {
    const { feed, asked, server } = feedOver();
    await feed.page(0, 'teams');
    await settle();
    expect(asked(10)).toBe(1);
    await feed.page(10, 'teams');
    expect(asked(10)).toBe(1);
    await feed.page(20, 'teams');
    await settle();
    // The page after 20 held only 5 changes: the end of the feed, nothing more to prepare.
    expect(server.calls.map((c) => c.since)).toEqual([0, 10, 20]);
  });

  it('does not keep a failed page: the next reader asks the server again', async () => {
    const { server, feed, asked } = feedOver();
    server.failWith(new SyncError('server', 'HTTP 500'));
    await expect(feed.page(10, 'volunteers')).rejects.toThrow('HTTP 500');
    const page = await feed.page(10, 'activities');
    expect(page.result.last_seq).toBe(20);
    expect(asked(10)).toBe(2);
  });

  it('asks for half as many changes after a page timed out, never fewer than the minimum', async () => {
    const { server, feed } = feedOver({ pageSize: 8 });
    for (let i = 0; i < 3; i++) server.failWith(new SyncError('timeout', 'no answer in time'));
    for (let i = 0; i < 3; i++) await expect(feed.page(0, 'teams')).rejects.toThrow();
    const page = await feed.page(0, 'teams');
    expect(server.calls.slice(0, 4).map((c) => c.limit)).toEqual([8, 4, 2, 2]);
    expect(page.limit).toBe(2);
    expect(page.result.results).toHaveLength(2);
  });

  it('a server error other than a timeout keeps the page size', async () => {
    const { server, feed } = feedOver({ pageSize: 8 });
    server.failWith(new SyncError('server', 'HTTP 503'));
    await expect(feed.page(0, 'teams')).rejects.toThrow();
    await feed.page(0, 'teams');
    await settle();
    expect(server.calls.every((c) => c.limit === 8)).toBe(true);
  });

  it('keeps at most the set number of pages, and forgets them all on reset', async () => {
    const { feed, asked } = feedOver({ pageSize: 5, maxPages: 1 });
    await feed.page(0, 'volunteers');
    await settle();
    // The page prepared after it pushed it out.
    await feed.page(0, 'activities');
    expect(asked(0)).toBe(2);
    await settle();
    const prepared = asked(5);
    await feed.page(5, 'activities');
    expect(asked(5)).toBe(prepared);
    feed.reset();
    await feed.page(5, 'teams');
    expect(asked(5)).toBe(prepared + 1);
  });

  it('a first load reads one type by id range, page after page, from one shared starting sequence', async () => {
    const loadsBegun: number[] = [];
    const { feed, server } = feedOver({ pageSize: 4, onLoadStart: (info) => loadsBegun.push(info.doc_count) });
    const [a, b] = await Promise.all([feed.firstLoad.startSequence(), feed.firstLoad.startSequence()]);
    expect([a, b]).toEqual([25, 25]);
    // The service hears once what the server holds (to tell the keeper how much is coming).
    expect(loadsBegun).toEqual([25]);
    const first = await feed.firstLoad.idRange('activity:', null);
    expect(first.rows.map((r) => r.key)).toEqual(['activity:0001', 'activity:0003', 'activity:0005', 'activity:0007']);
    expect(first.more).toBe(true);
    const next = await feed.firstLoad.idRange('activity:', 'activity:0007');
    expect(next.rows.map((r) => r.key)).toEqual(['activity:0009', 'activity:0011', 'activity:0013', 'activity:0015']);
    // The last page is full, and known to be the last.
    const last = await feed.firstLoad.idRange('activity:', 'activity:0015');
    expect(last.rows.map((r) => r.key)).toEqual(['activity:0017', 'activity:0019', 'activity:0021', 'activity:0023']);
    expect(last.more).toBe(false);
    expect(server.ranges.map((r) => r.limit)).toEqual([5, 5, 5]);
  });

  it('has the server prepare the next page of a first load while this one is written, and not past the last', async () => {
    const { feed, server } = feedOver({ pageSize: 4 });
    const first = await feed.firstLoad.idRange('activity:', null);
    await settle();
    expect(server.ranges.map((r) => r.start)).toEqual(['activity:', 'activity:0007\u0000']);
    const next = await feed.firstLoad.idRange('activity:', first.rows.at(-1)?.key ?? null);
    expect(next.rows.map((r) => r.key)).toEqual(['activity:0009', 'activity:0011', 'activity:0013', 'activity:0015']);
    await settle();
    const last = await feed.firstLoad.idRange('activity:', 'activity:0015');
    await settle();
    expect(last.more).toBe(false);
    // Each page was asked for once; nothing after the last.
    expect(server.ranges.map((r) => r.start)).toEqual(['activity:', 'activity:0007\u0000', 'activity:0015\u0000']);
  });

  it('does not keep a first-load page that failed ahead of time, and forgets prepared pages on reset', async () => {
    const server = fakeFeedApi(docs);
    let failOnce = 'volunteer:0006\u0000';
    const feed = createSharedFeed({
      api: {
        ...server.api,
        idRange: (start, end, limit) => {
          if (start !== failOnce) return server.api.idRange(start, end, limit);
          failOnce = '';
          return Promise.reject(new SyncError('server', 'HTTP 500'));
        },
      },
      consumers,
      owns: () => true,
      pageSize: 4,
      minPageSize: 2,
      maxPages: 8,
    });
    const first = await feed.firstLoad.idRange('volunteer:', null);
    await settle();
    // The page prepared after `first` failed; the load asks the server again and gets it.
    const next = await feed.firstLoad.idRange('volunteer:', first.rows.at(-1)?.key ?? null);
    expect(next.rows.map((r) => r.key)).toEqual(['volunteer:0008', 'volunteer:0010', 'volunteer:0012', 'volunteer:0014']);
    expect(server.ranges.map((r) => r.start)).toEqual(['volunteer:', 'volunteer:0006\u0000', 'volunteer:0014\u0000']);
    await settle();
    feed.reset();
    await feed.firstLoad.idRange('volunteer:', 'volunteer:0014');
    // The page prepared before the reset is asked for again.
    expect(server.ranges.filter((r) => r.start === 'volunteer:0014\u0000')).toHaveLength(2);
  });
});
