import { describe, expect, it } from 'vitest';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { createSharedFeed } from '../../../src-renderer/sync/changeFeed';
import { ownsStationChange, specOf, SYNCED_COLLECTIONS } from '../../../src-renderer/sync/collections';
import { createDroppedStore, type UnreadableDoc } from '../../../src-renderer/sync/droppedStore';
import { createPullHandler } from '../../../src-renderer/sync/pull';
import { freshLocalDbs } from '../../support/localDbs';
import { fakeFeedApi } from './support/fakeFeed';

const STATION = 'JN-LX-001';

function team(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> & { _id: string } {
  return {
    _id: `team:${String(n).padStart(6, '0')}`,
    _rev: '1-x',
    stationId: STATION,
    createdAt: '2024-03-05T08:00:00.000Z',
    updatedAt: '2024-03-05T08:00:00.000Z',
    updatedBy: 'pc-a',
    name: `服务队${n}`,
    namePinyin: `fuwudui${n}`,
    field: 'aid',
    leaderId: '',
    foundedDate: '',
    description: '',
    ...extra,
  };
}

const freshLocalDb = freshLocalDbs('versions-kept');

describe('records this app cannot read', () => {
  it('are handed over whole, as the server holds them, not just counted; readable ones enter as before', async () => {
    const newerMajor = team(2, { [WIRE_VERSION_FIELD]: 9, [WIRE_MAJOR_FIELD]: 2, name: { zh: '服务队2' } });
    const server = fakeFeedApi([team(1), newerMajor, team(3, { name: '' })]);
    const feed = createSharedFeed({
      api: server.api,
      consumers: SYNCED_COLLECTIONS.filter((c) => c.source === 'station').map((c) => c.name),
      owns: ownsStationChange,
      pageSize: 10,
      minPageSize: 1,
      maxPages: 10,
    });
    const unreadable: UnreadableDoc[] = [];
    const dropped: string[] = [];
    const pull = createPullHandler({
      source: feed,
      spec: specOf('teams'),
      idPrefix: 'team:',
      stationId: () => STATION,
      localCopy: () => Promise.resolve(null),
      onDropped: (ids) => dropped.push(...ids),
      onUnreadable: (docs) => unreadable.push(...docs),
      onAdmitted: () => undefined,
      onError: (error) => {
        throw error;
      },
    });
    const result = await pull(undefined, 10);
    expect(result.documents.map((d) => d.id)).toEqual(['team:000001']);
    expect(unreadable.map((d) => [d.docId, d.reason])).toEqual([
      ['team:000002', 'newerMajor'],
      ['team:000003', 'invalid'],
    ]);
    expect(JSON.parse(unreadable[0]?.body ?? '{}')).toMatchObject({ name: { zh: '服务队2' }, [WIRE_MAJOR_FIELD]: 2 });
    expect(dropped).toEqual([]);
  });

  it('are kept on this PC across a restart (latest version of each), and counted', async () => {
    const local = freshLocalDb();
    const store = createDroppedStore(local);
    await store.load();
    const counts: number[] = [];
    store.onChange((n) => counts.push(n));
    store.keep([{ collection: 'teams', docId: 'team:000002', reason: 'newerMajor', body: '{"v":1}' }]);
    store.keep([{ collection: 'teams', docId: 'team:000002', reason: 'newerMajor', body: '{"v":2}' }]);
    expect(store.count()).toBe(1);
    expect(counts).toEqual([1]);

    // The writes are queued; a fresh store reads what they left.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = createDroppedStore(local);
    await again.load();
    expect(again.unreadable()).toEqual([{ collection: 'teams', docId: 'team:000002', reason: 'newerMajor', body: '{"v":2}' }]);
    expect(again.count()).toBe(1);
  });
});

describe('the collections’ wire shapes', () => {
  it('follow the RxDB schemas: every version after the first has a migration the pull can run', () => {
    for (const spec of SYNCED_COLLECTIONS) {
      for (let v = 1; v <= spec.wire.schemaVersion; v++) expect(spec.wire.migrations.has(v), `${spec.name} ${v}`).toBe(true);
    }
  });
});
