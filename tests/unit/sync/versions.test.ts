import { describe, expect, it } from 'vitest';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { createAuthGate } from '../../../src-renderer/sync/authGate';
import { specOf, type SyncedCollectionName } from '../../../src-renderer/sync/collections';
import { createCouchApi } from '../../../src-renderer/sync/couchApi';
import type { CouchClient, CouchRequest } from '../../../src-renderer/sync/couchClient';
import { admitPulledDoc } from '../../../src-renderer/sync/docFilter';
import { createBatchLimit, createPushHandler } from '../../../src-renderer/sync/push';
import { createRejectedStore } from '../../../src-renderer/sync/rejectedStore';
import { createRetryGate } from '../../../src-renderer/sync/retryGate';
import { volunteerFields } from '../../support/volunteerFields';
import { activityV0Fields } from '../../support/activityV0';
import { freshLocalDbs } from '../../support/localDbs';

type Doc = Record<string, unknown>;
const STATION = 'JN-LX-001';
const spec = (name: SyncedCollectionName) => specOf(name);
const VOLUNTEER_VERSION = spec('volunteers').wire.schemaVersion;

function volunteerOnServer(overrides: Doc = {}): Doc {
  return { _id: 'volunteer:0mabc', _rev: '2-abc', ...volunteerFields({ stationId: STATION, updatedBy: 'pc-new', ...overrides }) };
}

/** What a newer app (one schema version up, same major) writes: our fields plus two of its own. */
const NEWER = { [WIRE_VERSION_FIELD]: VOLUNTEER_VERSION + 1, [WIRE_MAJOR_FIELD]: 1, wechatId: 'zhangsan-wx', insurance: { until: '2025-12-31' } };

const activityV0: Doc = { _id: 'activity:0mold', _rev: '1-old', ...activityV0Fields({ stationId: STATION }) };

describe('pulling documents of other app versions', () => {
  it('keeps the fields of a newer version in unknownFields instead of stripping them, and leaves the stamp behind', () => {
    const admitted = admitPulledDoc(spec('volunteers'), volunteerOnServer(NEWER), STATION);
    expect(admitted).toMatchObject({ ok: true, doc: { name: '张三', unknownFields: { wechatId: 'zhangsan-wx', insurance: { until: '2025-12-31' } } } });
    if (!admitted.ok) return;
    expect(admitted.doc).not.toHaveProperty(WIRE_VERSION_FIELD);
    expect(admitted.doc).not.toHaveProperty('wechatId');
  });

  it('adds no unknownFields to a document of this version', () => {
    const admitted = admitPulledDoc(spec('volunteers'), volunteerOnServer({ [WIRE_VERSION_FIELD]: VOLUNTEER_VERSION, [WIRE_MAJOR_FIELD]: 1 }), STATION);
    expect(admitted.ok && admitted.doc).not.toHaveProperty('unknownFields');
  });

  it('migrates an older version’s document as RxDB migrates a stored one (an activity of version 0 gets its totals)', () => {
    expect(admitPulledDoc(spec('activities'), activityV0, STATION)).toMatchObject({ ok: true, doc: { totalHours: 3.5, participantCount: 2 } });
    const stamped = admitPulledDoc(spec('activities'), { ...activityV0, [WIRE_VERSION_FIELD]: 0 }, STATION);
    expect(stamped).toMatchObject({ ok: true, doc: { totalHours: 3.5, participantCount: 2 } });
  });

  it('keeps a document of a newer major out (and a malformed stamp), but applies a deletion of one', () => {
    expect(admitPulledDoc(spec('volunteers'), volunteerOnServer({ ...NEWER, [WIRE_MAJOR_FIELD]: 2 }), STATION)).toMatchObject({ ok: false, reason: 'newerMajor' });
    expect(admitPulledDoc(spec('volunteers'), volunteerOnServer({ [WIRE_VERSION_FIELD]: '2' }), STATION)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(admitPulledDoc(spec('volunteers'), volunteerOnServer({ [WIRE_MAJOR_FIELD]: 2, _deleted: true }), STATION)).toMatchObject({ ok: false, tombstone: true });
  });
});

/** One station database in memory: the calls a push makes, and what it holds afterwards. */
function fakeServer() {
  const docs = new Map<string, { rev: number; body: Doc }>();
  function answer(req: CouchRequest<unknown>): unknown {
    const body = req.body as { keys?: string[]; docs?: Doc[] } | undefined;
    if (req.path.endsWith('/_all_docs')) {
      return {
        rows: (body?.keys ?? []).map((key) => {
          const d = docs.get(key);
          return d ? { key, id: key, value: { rev: `${d.rev}-x` }, doc: { ...d.body, _id: key, _rev: `${d.rev}-x` } } : { key, error: 'not_found' };
        }),
      };
    }
    if (req.path.endsWith('/_bulk_docs')) {
      return (body?.docs ?? []).map((doc) => {
        const id = String(doc._id);
        const current = docs.get(id);
        if (current && doc._rev !== `${current.rev}-x`) return { id, error: 'conflict', reason: 'Document update conflict.' };
        const { _id, _rev, ...fields } = doc;
        const rev = (current?.rev ?? 0) + 1;
        docs.set(id, { rev, body: fields });
        return { id, ok: true, rev: `${rev}-x` };
      });
    }
    throw new Error(`unexpected request ${req.path}`);
  }
  const client: CouchClient = {
    serverUrl: 'http://city.test',
    username: 'station-jn-lx-001',
    auth: createAuthGate(1000),
    request: <T>(req: CouchRequest<T>) => Promise.resolve().then(() => req.schema.parse(answer(req))),
  };
  const put = (doc: Doc) => {
    const { _id, _rev, ...body } = doc;
    docs.set(String(_id), { rev: 1, body });
  };
  return { docs, put, api: createCouchApi(client, 'station-jn-lx-001') };
}

const freshLocalDb = freshLocalDbs('versions-test');

async function pushVolunteers() {
  const server = fakeServer();
  const local = freshLocalDb();
  const rejected = createRejectedStore(local);
  await rejected.load();
  const push = createPushHandler({
    api: server.api,
    spec: spec('volunteers'),
    stationId: () => STATION,
    batch: createBatchLimit(100),
    rejected,
    gate: createRetryGate(),
    now: () => new Date('2024-03-07T10:00:00.000Z'),
    onError: (e) => {
      throw e;
    },
    onSent: () => undefined,
    onBusy: () => undefined,
  });
  return { server, push, rejected };
}

describe('pushing documents of other app versions back', () => {
  it('an edit of a newer version’s record goes back with that version’s fields, stamped with ours', async () => {
    const { server, push } = await pushVolunteers();
    const onServer = volunteerOnServer(NEWER);
    server.put(onServer);
    const pulled = admitPulledDoc(spec('volunteers'), { ...onServer, _rev: '1-x' }, STATION);
    if (!pulled.ok) throw new Error('not admitted');
    const edited = { ...pulled.doc, phone: '13800000000', updatedAt: '2024-03-07T10:00:00.000Z', updatedBy: 'pc-old' };

    expect(await push([{ newDocumentState: edited, assumedMasterState: pulled.doc }])).toEqual([]);
    const stored = server.docs.get('volunteer:0mabc')?.body;
    expect(stored).toMatchObject({ phone: '13800000000', wechatId: 'zhangsan-wx', insurance: { until: '2025-12-31' } });
    expect(stored).toMatchObject({ [WIRE_VERSION_FIELD]: VOLUNTEER_VERSION, [WIRE_MAJOR_FIELD]: 1 });
    expect(stored).not.toHaveProperty('unknownFields');
  });

  it('a record the server holds in a form this app cannot read is put on record as a conflict before ours replaces it', async () => {
    const { server, push } = await pushVolunteers();
    const unreadable = volunteerOnServer({ [WIRE_VERSION_FIELD]: 7, [WIRE_MAJOR_FIELD]: 2, name: { family: '张', given: '三' } });
    server.put(unreadable);
    const { _id, _rev, ...fields } = volunteerOnServer();
    const ours = { ...fields, id: String(_id), phone: '13800000000', updatedBy: 'pc-old', _deleted: false };

    expect(await push([{ newDocumentState: ours, assumedMasterState: { ...ours, phone: '' } }])).toEqual([]);
    const conflicts = [...server.docs.entries()].filter(([id]) => id.startsWith('conflict:'));
    expect(conflicts).toHaveLength(1);
    const entry = conflicts[0]?.[1].body ?? {};
    expect(entry).toMatchObject({ collectionName: 'volunteers', docId: 'volunteer:0mabc', resolved: false });
    const kept = JSON.parse(String(entry.loser)) as Doc;
    expect(kept).toMatchObject({ name: { family: '张', given: '三' }, [WIRE_MAJOR_FIELD]: 2 });
    expect(server.docs.get('volunteer:0mabc')?.body).toMatchObject({ name: '张三', phone: '13800000000' });

    // Pushing the same again (a lost answer) does not record it twice.
    server.put({ ...unreadable, _id: 'volunteer:0mabc' });
    await push([{ newDocumentState: ours, assumedMasterState: { ...ours, phone: '' } }]);
    expect([...server.docs.keys()].filter((id) => id.startsWith('conflict:'))).toHaveLength(1);
  });
});
