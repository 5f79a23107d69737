import { describe, expect, it } from 'vitest';
import { createSharedFeed } from '../../../src-renderer/sync/changeFeed';
import { ownsStationChange, SYNCED_COLLECTIONS, type SyncedCollectionSpec } from '../../../src-renderer/sync/collections';
import { createPullHandler } from '../../../src-renderer/sync/pull';
import type { SyncError } from '../../../src-renderer/sync/syncError';
import { SyncError as Failure } from '../../../src-renderer/sync/syncError';
import { fakeFeedApi } from './support/fakeFeed';

const STATION = 'JN-LX-001';

function spec(name: string): SyncedCollectionSpec {
  const found = SYNCED_COLLECTIONS.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
}

function team(n: number): Record<string, unknown> & { _id: string } {
  return {
    _id: `team:${String(n).padStart(6, '0')}`,
    _rev: '1-abc',
    stationId: STATION,
    createdAt: '2024-03-05T08:00:00.000Z',
    updatedAt: '2024-03-05T08:00:00.000Z',
    updatedBy: 'pc-a',
    name: `第${n}志愿服务队`,
    namePinyin: 'di',
    field: 'aid',
    leaderId: '',
    foundedDate: '',
    description: '',
  };
}

function other(n: number): Record<string, unknown> & { _id: string } {
  return { _id: `activity:${String(n).padStart(6, '0')}`, stationId: STATION };
}

function setUp(docs: (Record<string, unknown> & { _id: string })[], pageSize = 4) {
  const server = fakeFeedApi(docs);
  const feed = createSharedFeed({
    api: server.api,
    consumers: SYNCED_COLLECTIONS.filter((c) => c.source === 'station').map((c) => c.name),
    owns: ownsStationChange,
    pageSize,
    minPageSize: 1,
    maxPages: 100,
  });
  const seen = { dropped: [] as string[], errors: [] as SyncError[] };
  const pullFor = (name: string) =>
    createPullHandler({
      source: feed,
      spec: spec(name),
      idPrefix: `${spec(name).docType ?? ''}:`,
      stationId: () => STATION,
      localCopy: () => Promise.resolve(null),
      onDropped: (ids) => seen.dropped.push(...ids),
      onAdmitted: () => undefined,
      onError: (error) => seen.errors.push(error),
    });
  return { server, feed, seen, pullFor };
}

/** A PC whose first load is done and whose feed starts at the beginning. */
const FROM_START = { sequence: 0, loadedUpTo: null };

describe('a collection’s pull from the shared station feed', () => {
  it('keeps only its own type, taking whole pages until its batch is full or the feed ends', async () => {
    const docs = [team(1), other(1), other(2), other(3), other(4), team(2), other(5), team(3), other(6), team(4)];
    const { pullFor, server } = setUp(docs);
    const teams = pullFor('teams');
    const first = await teams(FROM_START, 2);
    expect(first.documents.map((d) => d.id)).toEqual(['team:000001', 'team:000002', 'team:000003']);
    expect(first.checkpoint).toEqual({ sequence: 8, loadedUpTo: null });
    const rest = await teams(first.checkpoint, 2);
    expect(rest.documents.map((d) => d.id)).toEqual(['team:000004']);
    expect(rest.checkpoint).toEqual({ sequence: 10, loadedUpTo: null });
    expect(server.calls.map((c) => c.since)).toEqual([0, 4, 8]);
  });

  it('sends design documents and ids of no known type to the station profile’s pull, which counts them as dropped', async () => {
    const docs = [{ _id: '_design/ledger', views: {} }, team(1), { _id: 'nonsense-id', stationId: STATION }];
    const { pullFor, seen } = setUp(docs);
    const teams = await pullFor('teams')(FROM_START, 10);
    expect(teams.documents.map((d) => d.id)).toEqual(['team:000001']);
    expect(seen.dropped).toEqual([]);
    const station = await pullFor('station')(FROM_START, 10);
    expect(station.documents).toEqual([]);
    expect(seen.dropped).toEqual(['_design/ledger', 'nonsense-id']);
  });

  it('remembers a walk that found nothing of its type, so the next pull from the same checkpoint starts after it', async () => {
    const docs = [other(1), other(2), other(3), other(4), other(5), other(6)];
    const { pullFor, server, feed } = setUp(docs, 2);
    const teams = pullFor('teams');
    const empty = await teams(FROM_START, 10);
    expect(empty.documents).toEqual([]);
    expect(server.calls.map((c) => c.since)).toEqual([0, 2, 4, 6]);
    feed.reset();
    // RxDB saved no checkpoint for an empty batch and asks from the same one again.
    await teams(FROM_START, 10);
    expect(server.calls.slice(4).map((c) => c.since)).toEqual([6]);
  });

  it('a failed request is reported and the pull returns what it had, with the checkpoint of exactly that', async () => {
    const docs = [team(1), team(2), other(1), other(2), team(3)];
    const { pullFor, server, seen } = setUp(docs, 2);
    const teams = pullFor('teams');
    server.failWith(new Failure('server', 'HTTP 500'));
    const result = await teams({ sequence: 2, loadedUpTo: null }, 5);
    expect(result.documents).toEqual([]);
    expect(result.checkpoint).toEqual({ sequence: 2, loadedUpTo: null });
    expect(seen.errors.map((e) => e.detail)).toEqual(['HTTP 500']);
    const after = await teams(result.checkpoint, 5);
    expect(after.documents.map((d) => d.id)).toEqual(['team:000003']);
  });

describe('a fresh PC’s first load of a type', () => {
  it('loads the live documents of its type by id, then reads on in the feed from where the database stood', async () => {
    const docs = [team(3), other(1), team(1), { ...team(9), _deleted: true }, other(2), team(2)];
    const { pullFor, server } = setUp(docs, 2);
    const teams = pullFor('teams');
    const first = await teams(undefined, 10);
    expect(first.documents.map((d) => d.id)).toEqual(['team:000001', 'team:000002', 'team:000003']);
    // The load began when the database had 6 changes; the feed after them is empty.
    expect(first.checkpoint).toEqual({ sequence: 6, loadedUpTo: null });
    expect(server.ranges.map((r) => r.start)).toEqual(['team:', 'team:000002\u0000']);
    expect(server.calls.map((c) => c.since)).toEqual([6]);
  });

  it('a document written while the load goes on comes through the feed in the same pull', async () => {
    const docs = [team(1), team(2), team(3)];
    const { pullFor } = setUp(docs, 2);
    const teams = pullFor('teams');
    const first = await teams(undefined, 2);
    expect(first.documents.map((d) => d.id)).toEqual(['team:000001', 'team:000002']);
    expect(first.checkpoint).toEqual({ sequence: 3, loadedUpTo: 'team:000002' });
    docs.push({ ...team(1), name: '改名后的服务队' });
    const rest = await teams(first.checkpoint, 2);
    expect(rest.documents.map((d) => [d.id, d.name])).toEqual([
      ['team:000003', '第3志愿服务队'],
      ['team:000001', '改名后的服务队'],
    ]);
    expect(rest.checkpoint).toEqual({ sequence: 4, loadedUpTo: null });
  });

  it('a failed first request loads nothing and leaves the PC fresh; a failure halfway keeps what was loaded', async () => {
    const docs = [team(1), team(2), team(3)];
    const { pullFor, server, seen } = setUp(docs, 2);
    const teams = pullFor('teams');
    server.failWith(new Failure('server', 'HTTP 503'));
    const failed = await teams(undefined, 10);
    expect(failed).toEqual({ documents: [], checkpoint: undefined });
    expect(seen.errors.map((e) => e.detail)).toEqual(['HTTP 503']);
    server.failWith(new Failure('timeout', 'no answer in time'));
    const partial = await teams({ sequence: 3, loadedUpTo: 'team:000001' }, 10);
    expect(partial).toEqual({ documents: [], checkpoint: { sequence: 3, loadedUpTo: 'team:000001' } });
    const done = await teams(partial.checkpoint, 10);
    expect(done.documents.map((d) => d.id)).toEqual(['team:000002', 'team:000003']);
    expect(done.checkpoint).toEqual({ sequence: 3, loadedUpTo: null });
  });
});

  it('a load that found nothing (so RxDB kept no checkpoint) still reads the feed from where the first load began', async () => {
    const docs = [other(1)];
    const { pullFor, feed } = setUp(docs, 2);
    const teams = pullFor('teams');
    expect((await teams(undefined, 10)).documents).toEqual([]);
    // Another PC creates a team and deletes it again before this PC's next run.
    docs.push(team(1), { ...team(1), _deleted: true });
    feed.reset();
    const next = await teams(undefined, 10);
    expect(next.documents.map((d) => [d.id, d._deleted])).toEqual([
      ['team:000001', false],
      ['team:000001', true],
    ]);
  });
});
