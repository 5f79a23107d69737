import { describe, expect, it } from 'vitest';
import { SYNCED_COLLECTIONS, type SyncedCollectionSpec } from '../../../src-renderer/sync/collections';
import { admitPulledDoc } from '../../../src-renderer/sync/docFilter';

function spec(name: string): SyncedCollectionSpec {
  const found = SYNCED_COLLECTIONS.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
}

const team = {
  _id: 'team:0mabc',
  _rev: '3-abc',
  stationId: 'JN-LX-001',
  createdAt: '2024-03-05T08:00:00.000Z',
  updatedAt: '2024-03-05T08:00:00.000Z',
  updatedBy: 'pc-a',
  name: '红马甲志愿服务队',
  namePinyin: 'hongmajia',
  field: 'aid',
  leaderId: '',
  foundedDate: '',
  description: '',
};

describe('which documents from the server may enter a collection', () => {
  it('lets a valid document in as our shape: _id becomes id, no _rev, a deleted flag', () => {
    const result = admitPulledDoc(spec('teams'), team, 'JN-LX-001');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.id).toBe('team:0mabc');
    expect(result.doc._deleted).toBe(false);
    expect(result.doc).not.toHaveProperty('_id');
    expect(result.doc).not.toHaveProperty('_rev');
  });

  it('keeps design documents out', () => {
    expect(admitPulledDoc(spec('catalog'), { _id: '_design/catalog', views: {} }, 'JN-LX-001')).toMatchObject({ ok: false, reason: 'design' });
  });

  it('keeps another type out of a collection', () => {
    expect(admitPulledDoc(spec('volunteers'), team, 'JN-LX-001')).toMatchObject({ ok: false, reason: 'wrongType' });
  });

  it('keeps a document that fails the domain schema out', () => {
    expect(admitPulledDoc(spec('teams'), { ...team, name: '' }, 'JN-LX-001')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(admitPulledDoc(spec('teams'), { ...team, field: 42 }, 'JN-LX-001')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it("keeps another station's document out", () => {
    expect(admitPulledDoc(spec('teams'), { ...team, stationId: 'JN-LX-002' }, 'JN-LX-001')).toMatchObject({ ok: false, reason: 'otherStation' });
  });

  it('a deletion with its body is an ordinary deleted document; without one it asks for the local copy', () => {
    const withBody = admitPulledDoc(spec('teams'), { ...team, _deleted: true }, 'JN-LX-001');
    expect(withBody).toMatchObject({ ok: true, doc: { id: 'team:0mabc', _deleted: true, name: '红马甲志愿服务队' } });
    expect(admitPulledDoc(spec('teams'), { _id: 'team:0mabc', _rev: '4-x', _deleted: true }, 'JN-LX-001')).toEqual({
      ok: false,
      tombstone: true,
      id: 'team:0mabc',
    });
  });

  it('drops fields it does not know rather than storing them', () => {
    const result = admitPulledDoc(spec('teams'), { ...team, injected: '<script>' }, 'JN-LX-001');
    expect(result.ok && 'injected' in result.doc).toBe(false);
  });

  it('catalogue entries carry no station id and are checked by their own schema', () => {
    const entry = { _id: 'field:aid', kind: 'field', code: 'aid', name: '爱心帮扶', body: '', order: 4, updatedAt: '2024-01-01T00:00:00.000Z' };
    expect(admitPulledDoc(spec('catalog'), entry, 'JN-LX-001').ok).toBe(true);
    expect(admitPulledDoc(spec('catalog'), { ...entry, kind: 'bogus' }, 'JN-LX-001')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
