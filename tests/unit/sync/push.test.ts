import { describe, expect, it } from 'vitest';
import { SYNCED_COLLECTIONS } from '../../../src-renderer/sync/collections';
import { createAuthGate } from '../../../src-renderer/sync/authGate';
import { createCouchApi } from '../../../src-renderer/sync/couchApi';
import type { CouchClient, CouchRequest } from '../../../src-renderer/sync/couchClient';
import { createBatchLimit, createPushHandler, type PushRow } from '../../../src-renderer/sync/push';
import { createRejectedStore } from '../../../src-renderer/sync/rejectedStore';
import { createRetryGate } from '../../../src-renderer/sync/retryGate';
import { SyncError } from '../../../src-renderer/sync/syncError';
import { volunteerFields } from '../../support/volunteerFields';
import { freshLocalDbs } from '../../support/localDbs';

type Doc = Record<string, unknown>;

/** An in-memory stand-in for one station database, answering the calls the push makes. */
function fakeServer() {
  const docs = new Map<string, { rev: number; body: Doc; deleted: boolean }>();
  const state = { maxBatch: Infinity, failNext: 0, bulkCalls: [] as number[] };

  function answer(req: CouchRequest<unknown>): unknown {
    if (state.failNext > 0) {
      state.failNext -= 1;
      throw new SyncError('server', 'HTTP 500');
    }
    const body = req.body as { keys?: string[]; docs?: Doc[] } | undefined;
    if (req.path.endsWith('/_all_docs')) {
      return {
        rows: (body?.keys ?? []).map((key) => {
          const d = docs.get(key);
          if (!d) return { key, error: 'not_found' };
          return { key, id: key, value: { rev: `${d.rev}-x`, ...(d.deleted ? { deleted: true } : {}) }, doc: d.deleted ? null : { ...d.body, _id: key, _rev: `${d.rev}-x` } };
        }),
      };
    }
    if (req.path.endsWith('/_bulk_docs')) {
      const list = body?.docs ?? [];
      if (list.length > state.maxBatch) throw new SyncError('tooLarge', 'HTTP 413', 413);
      state.bulkCalls.push(list.length);
      return list.map((doc) => {
        const id = String(doc._id);
        // As the station server: a bare deletion (a personal record's) names no station; anything else must be ours.
        const ours = doc.stationId === undefined ? doc._deleted === true : doc.stationId === 'JN-LX-001';
        if (!ours) return { id, error: 'forbidden', reason: 'stationId must be "JN-LX-001"' };
        const current = docs.get(id);
        if (current && !current.deleted && doc._rev !== `${current.rev}-x`) return { id, error: 'conflict', reason: 'Document update conflict.' };
        // CouchDB 3: a write over a deletion carries no _rev; naming the tombstone's revision is a conflict.
        if (current?.deleted === true && doc._rev !== undefined) return { id, error: 'conflict', reason: 'Document update conflict.' };
        const { _id, _rev, _deleted, ...fields } = doc;
        const rev = (current?.rev ?? 0) + 1;
        docs.set(id, { rev, body: fields, deleted: _deleted === true });
        return { id, ok: true, rev: `${rev}-x` };
      });
    }
    const id = decodeURIComponent(req.path.split('/').pop() ?? '');
    const d = docs.get(id);
    if (!d) throw new SyncError('notFound', 'HTTP 404', 404);
    return { ...d.body, _id: id, _rev: `${d.rev}-x`, ...(d.deleted ? { _deleted: true } : {}) };
  }

  const client: CouchClient = {
    serverUrl: 'http://city.test',
    username: 'station-jn-lx-001',
    auth: createAuthGate(1000),
    request: <T>(req: CouchRequest<T>) => Promise.resolve().then(() => req.schema.parse(answer(req))),
  };
  return { docs, state, api: createCouchApi(client, 'station-jn-lx-001') };
}

function volunteer(id: string, overrides: Doc = {}): Doc & { _deleted: boolean } {
  return { id, ...volunteerFields(), _deleted: false, ...overrides };
}

const freshLocalDb = freshLocalDbs('push-test');

async function setup() {
  const server = fakeServer();
  const local = freshLocalDb();
  const rejected = createRejectedStore(local);
  await rejected.load();
  const gate = createRetryGate();
  const errors: SyncError[] = [];
  const sent: number[] = [];
  const spec = SYNCED_COLLECTIONS.find((s) => s.name === 'volunteers');
  if (!spec) throw new Error('spec');
  const batch = createBatchLimit(100);
  const push = createPushHandler({
    api: server.api,
    spec,
    stationId: () => 'JN-LX-001',
    batch,
    rejected,
    gate,
    now: () => new Date('2024-03-07T10:00:00.000Z'),
    onError: (e) => errors.push(e),
    onSent: (n) => sent.push(n),
    onBusy: () => undefined,
  });
  return { server, rejected, gate, errors, sent, push, batch };
}

const row = (doc: Doc, assumed?: Doc): PushRow => ({ newDocumentState: doc, ...(assumed ? { assumedMasterState: assumed } : {}) });

describe('pushing to the station database', () => {
  it('writes new records and reports no conflicts', async () => {
    const { server, push, sent } = await setup();
    expect(await push([row(volunteer('volunteer:1')), row(volunteer('volunteer:2'))])).toEqual([]);
    expect(server.docs.get('volunteer:1')?.body.name).toBe('张三');
    expect(sent).toEqual([2]);
  });

  it('an edit of a record deleted on the server is a delete/edit conflict, not a resurrection', async () => {
    const { server, push } = await setup();
    const original = volunteer('volunteer:1');
    await push([row(original)]);
    await push([row({ ...original, _deleted: true }, original)]);
    expect(server.docs.get('volunteer:1')?.deleted).toBe(true);
    // A volunteer's deletion leaves no ID number or phone on the server: the tombstone has no body.
    expect(server.docs.get('volunteer:1')?.body).toEqual({});
    // A PC that still had the record live edits it offline and pushes with the live version as assumed.
    const edited = { ...original, notes: '离线修改', updatedAt: '2024-03-06T08:00:00.000Z' };
    const conflicts = await push([row(edited, original)]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id: 'volunteer:1', _deleted: true, name: '张三' });
    expect(server.docs.get('volunteer:1')?.deleted).toBe(true);
  });

  it('keeping the edit of a record deleted on the server brings it back, as CouchDB 3 takes it (no tombstone _rev)', async () => {
    const { server, push } = await setup();
    const original = volunteer('volunteer:1');
    await push([row(original)]);
    const deleted = { ...original, _deleted: true };
    await push([row(deleted, original)]);
    // The conflict was resolved for the edit: RxDB pushes it with the server's deletion as assumed.
    const kept = { ...original, notes: '保留修改', updatedAt: '2024-03-06T08:00:00.000Z' };
    expect(await push([row(kept, deleted)])).toEqual([]);
    expect(server.docs.get('volunteer:1')).toMatchObject({ deleted: false, body: { notes: '保留修改' } });
    // A second deletion of something already deleted on the server needs no write.
    await push([row(deleted, kept)]);
    const calls = server.state.bulkCalls.length;
    expect(await push([row({ ...deleted, notes: '又删了' }, deleted)])).toEqual([]);
    expect(server.state.bulkCalls.length).toBe(calls);
  });

  it('a record changed on the server since this PC last saw it comes back as a conflict', async () => {
    const { server, push } = await setup();
    const original = volunteer('volunteer:1');
    await push([row(original)]);
    await push([row({ ...original, notes: '另一台电脑' }, original)]);
    const conflicts = await push([row({ ...original, notes: '这台电脑' }, original)]);
    expect(conflicts).toEqual([expect.objectContaining({ id: 'volunteer:1', notes: '另一台电脑', _deleted: false })]);
    expect(server.docs.get('volunteer:1')?.body.notes).toBe('另一台电脑');
  });

  it('a version the server already has (its answer was lost) counts as sent, not as a conflict', async () => {
    const { server, push } = await setup();
    const original = volunteer('volunteer:1');
    await push([row(original)]);
    expect(await push([row(original)])).toEqual([]);
    expect(server.docs.get('volunteer:1')?.rev).toBe(1);
  });

  it('a refused record is listed with the server’s reason; the rest go through; once fixed it is sent and leaves the list', async () => {
    const { server, push, rejected } = await setup();
    const foreign = volunteer('volunteer:9', { stationId: 'JN-LX-002' });
    expect(await push([row(foreign), row(volunteer('volunteer:1'))])).toEqual([]);
    expect(server.docs.has('volunteer:1')).toBe(true);
    expect(server.docs.has('volunteer:9')).toBe(false);
    expect(rejected.list()).toEqual([expect.objectContaining({ docId: 'volunteer:9', status: 403, reason: expect.stringContaining('stationId') as string })]);
    // RxDB now believes the server has the refused version; the fix is pushed with that as assumed.
    expect(await push([row({ ...foreign, stationId: 'JN-LX-001' }, foreign)])).toEqual([]);
    expect(server.docs.get('volunteer:9')?.body.stationId).toBe('JN-LX-001');
    expect(rejected.list()).toEqual([]);
  });

  it('deleting a record the server never had needs no request', async () => {
    const { server, push } = await setup();
    expect(await push([row(volunteer('volunteer:5', { _deleted: true }))])).toEqual([]);
    expect(server.state.bulkCalls).toEqual([]);
  });

  it('halves the batch on HTTP 413 until it fits; a single record too large is refused on its own', async () => {
    const { server, push, batch, rejected } = await setup();
    server.state.maxBatch = 3;
    const rows = Array.from({ length: 10 }, (_, i) => row(volunteer(`volunteer:${i}`)));
    expect(await push(rows)).toEqual([]);
    expect(server.docs.size).toBe(10);
    expect(batch.get()).toBeLessThanOrEqual(3);
    expect(Math.max(...server.state.bulkCalls)).toBeLessThanOrEqual(3);
    server.state.maxBatch = 0;
    expect(await push([row(volunteer('volunteer:big'))])).toEqual([]);
    expect(rejected.get('volunteer:big')?.status).toBe(413);
  });

  it('after a failure it waits at the gate, reports the error once, and retries when the gate opens', async () => {
    const { server, push, gate, errors } = await setup();
    server.state.failNext = 1;
    const pushing = push([row(volunteer('volunteer:1'))]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gate.blocked().has('volunteers')).toBe(true);
    expect(errors.map((e) => e.kind)).toEqual(['server']);
    expect(server.docs.has('volunteer:1')).toBe(false);
    gate.open();
    expect(await pushing).toEqual([]);
    expect(server.docs.has('volunteer:1')).toBe(true);
  });

  it('stops waiting when the service stops', async () => {
    const { server, push, gate } = await setup();
    server.state.failNext = 1;
    const pushing = push([row(volunteer('volunteer:1'))]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    gate.close();
    await expect(pushing).rejects.toThrow('sync stopped');
  });
});
