import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideMerge, revisionOver, type RevVersion } from '../../../src-renderer/data/backup/mergeDecision';
import { revisionHeight } from '../../../src-renderer/data/backup/records';

const rev = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.constantFrom('aaaaaaaaaa', 'bbbbbbbbbb')).map(([h, t]) => `${h}-${t}`);
const version = fc.record({
  _rev: rev,
  _deleted: fc.boolean(),
  id: fc.constant('volunteer:1'),
  phone: fc.constantFrom('13900001111', '13900002222'),
  updatedAt: fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'),
}) as fc.Arbitrary<RevVersion>;

describe('how a restore merges one record', () => {
  it('adds what the PC lacks and writes nothing where revision or content is the same', () => {
    fc.assert(
      fc.property(version, version, fc.boolean(), (local, file, sameLine) => {
        expect(decideMerge(null, file, sameLine)).toBe('add');
        const action = decideMerge(local, file, sameLine);
        const same = local._rev === file._rev || (local.phone === file.phone && local._deleted === file._deleted && local.updatedAt === file.updatedAt);
        expect(action === 'same').toBe(same);
      }),
    );
  });

  it("never takes or keeps one silently unless the file is of this database; there the higher revision is the later", () => {
    fc.assert(
      fc.property(version, version, fc.boolean(), (local, file, sameLine) => {
        const action = decideMerge(local, file, sameLine);
        if (!sameLine) expect(['same', 'conflict']).toContain(action);
        if (action === 'take') expect(revisionHeight(file._rev)).toBeGreaterThan(revisionHeight(local._rev) ?? 0);
        if (action === 'keep') expect(revisionHeight(local._rev)).toBeGreaterThan(revisionHeight(file._rev) ?? 0);
        // Seen from the other side, the same pair is ordered the same way.
        const swapped = decideMerge(file, local, sameLine);
        const mirror = { take: 'keep', keep: 'take', same: 'same', conflict: 'conflict', add: 'add' } as const;
        expect(swapped).toBe(mirror[action]);
      }),
    );
  });

  it('stores a replacing version above the PC revision, so heights in one database only grow', () => {
    fc.assert(
      fc.property(rev, rev, (localRev, fileRev) => {
        const stored = revisionOver(localRev, fileRev);
        expect(revisionHeight(stored)).toBeGreaterThan(revisionHeight(localRev) ?? 0);
        if ((revisionHeight(fileRev) ?? 0) > (revisionHeight(localRev) ?? 0)) expect(stored).toBe(fileRev);
      }),
    );
  });
});
