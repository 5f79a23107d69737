import { describe, expect, it } from 'vitest';
import { recordConflict } from '../../../src-renderer/data/conflicts/conflictHandler';
import { compareVersions, pickWinner, sameContent, type Version } from '../../../src-renderer/data/conflicts/winner';
import type { ConflictDoc } from '../../../src-renderer/domain/entities/conflict';

function version(overrides: Partial<Version> = {}): Version {
  return {
    id: 'volunteer:1',
    stationId: 'JN-LX-001',
    name: '张三',
    notes: '',
    updatedAt: '2024-03-05T08:00:00.000Z',
    updatedBy: 'pc-a',
    _deleted: false,
    ...overrides,
  };
}

describe('picking the winner of a conflict', () => {
  it('the later edit wins, whichever side is local', () => {
    const early = version({ notes: '早', updatedAt: '2024-03-05T08:00:00.000Z' });
    const late = version({ notes: '晚', updatedAt: '2024-03-05T09:00:00.000Z', updatedBy: 'pc-b' });
    expect(pickWinner(early, late).winner).toBe(late);
    expect(pickWinner(late, early).winner).toBe(late);
  });

  it('the PC id breaks a tie of times, then the content, so every PC picks the same one', () => {
    const a = version({ notes: 'a', updatedBy: 'pc-a' });
    const b = version({ notes: 'b', updatedBy: 'pc-b' });
    expect(pickWinner(a, b).winner).toBe(b);
    expect(pickWinner(b, a).winner).toBe(b);
    const x = version({ notes: 'x' });
    const y = version({ notes: 'y' });
    expect(pickWinner(x, y).winner).toBe(pickWinner(y, x).winner);
    expect(compareVersions(x, y)).toBe(-compareVersions(y, x));
  });

  it('a version that still exists beats a deletion, even an older one against a newer delete', () => {
    const edited = version({ notes: '修改', updatedAt: '2024-03-05T08:00:00.000Z' });
    const deleted = version({ _deleted: true, updatedAt: '2024-03-06T08:00:00.000Z' });
    expect(pickWinner(deleted, edited).winner).toBe(edited);
    expect(pickWinner(edited, deleted).winner).toBe(edited);
  });

  it('in the conflict register, a reviewed entry beats an open one', () => {
    const open = version({ id: 'conflict:1', resolved: false, updatedAt: '2024-03-06T08:00:00.000Z' });
    const reviewed = version({ id: 'conflict:1', resolved: true, updatedAt: '2024-03-05T08:00:00.000Z' });
    expect(pickWinner(open, reviewed).winner).toBe(reviewed);
  });

  it('compares content only: revisions and RxDB metadata do not make versions differ', () => {
    const a = { ...version(), _rev: '1-abc', _meta: { lwt: 1 } };
    const b = { ...version(), _rev: '2-def', _meta: { lwt: 2 }, _attachments: {} };
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(version(), version({ _deleted: true }))).toBe(false);
    expect(sameContent(version(), version({ notes: '不同' }))).toBe(false);
  });
});

describe('recording the losing version', () => {
  function register() {
    const stored: ConflictDoc[] = [];
    return {
      stored,
      bulkInsert(docs: ConflictDoc[]) {
        const error: { status: number }[] = [];
        for (const doc of docs) {
          if (stored.some((s) => s.id === doc.id)) error.push({ status: 409 });
          else stored.push(doc);
        }
        return Promise.resolve({ error });
      },
    };
  }
  const ctx = { deviceId: 'pc-here', now: () => new Date('2024-03-07T10:00:00.000Z') };

  it('keeps the loser whole, marks a delete/edit conflict as such, and records the same conflict once', async () => {
    const reg = register();
    const winner = version({ notes: '修改' });
    const loser = version({ _deleted: true });
    await recordConflict(reg, ctx, 'volunteers', winner, loser);
    await recordConflict(reg, ctx, 'volunteers', winner, loser);
    expect(reg.stored).toHaveLength(1);
    const entry = reg.stored[0];
    expect(entry).toMatchObject({
      collectionName: 'volunteers',
      docId: 'volunteer:1',
      kind: 'delete-edit',
      loserDeleted: true,
      winnerDeleted: false,
      resolved: false,
      stationId: 'JN-LX-001',
      updatedBy: 'pc-here',
      createdAt: '2024-03-07T10:00:00.000Z',
    });
    expect(JSON.parse(entry?.loser ?? '{}')).toMatchObject({ name: '张三', _deleted: true });
    expect(entry?.id).toMatch(/^conflict:[0-9a-f]{40}$/);
  });

  it('an edit/edit conflict with other content is a new entry', async () => {
    const reg = register();
    await recordConflict(reg, ctx, 'volunteers', version({ notes: 'a' }), version({ notes: 'b' }));
    await recordConflict(reg, ctx, 'volunteers', version({ notes: 'a' }), version({ notes: 'c' }));
    expect(reg.stored.map((s) => s.kind)).toEqual(['edit-edit', 'edit-edit']);
  });

  it('a write failure other than "already recorded" is not swallowed', async () => {
    const failing = { bulkInsert: () => Promise.resolve({ error: [{ status: 500 }] }) };
    await expect(recordConflict(failing, ctx, 'volunteers', version(), version({ notes: 'x' }))).rejects.toThrow(/status 500/);
  });
});
