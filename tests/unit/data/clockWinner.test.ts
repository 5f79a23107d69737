import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, pickWinner, type Version } from '../../../src-renderer/data/conflicts/winner';

const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

/** The ISO forms a stamp may come in: the app's own, without milliseconds, with more digits. */
function isoForms(ms: number): string[] {
  const full = new Date(ms).toISOString();
  const forms = [full, `${full.slice(0, 23)}000Z`];
  if (ms % 1000 === 0) forms.push(`${full.slice(0, 19)}Z`);
  return forms;
}

const stamp = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: MIN_MS, max: MAX_MS }).chain((ms) => fc.constantFrom(...isoForms(ms))) },
  { weight: 1, arbitrary: fc.constantFrom('', 'not a time', '2025-13-40T99:99:99Z') },
);

const version: fc.Arbitrary<Version> = fc.record({
  id: fc.constant('volunteer:1'),
  _deleted: fc.boolean(),
  updatedAt: stamp,
  updatedBy: fc.constantFrom('pc-a', 'pc-b', 'pc-c'),
  notes: fc.string({ maxLength: 4 }),
});

describe('conflict winners', () => {
  it('are one total order: the same winner whichever side is local', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        // Antisymmetric; summed, as toBe tells +0 from -0 when both compare equal.
        expect(Math.sign(compareVersions(a, b)) + Math.sign(compareVersions(b, a))).toBe(0);
        if (compareVersions(a, b) >= 0 && compareVersions(b, c) >= 0) expect(compareVersions(a, c)).toBeGreaterThanOrEqual(0);
        // Only versions with the same content and stamps compare equal; any other pair has one winner.
        if (compareVersions(a, b) !== 0) expect(pickWinner(a, b).winner).toBe(pickWinner(b, a).winner);
      }),
      { numRuns: 2000 },
    );
  });

  it('compare stamps as times, whatever ISO form they were written in', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), fc.integer({ min: 1, max: 5000 }), (ms, later) => {
        for (const early of isoForms(ms)) {
          for (const late of isoForms(ms + later)) {
            const a: Version = { id: 'x', _deleted: false, updatedAt: early, updatedBy: 'pc-z' };
            const b: Version = { id: 'x', _deleted: false, updatedAt: late, updatedBy: 'pc-a' };
            expect(compareVersions(b, a), `${late} after ${early}`).toBeGreaterThan(0);
          }
        }
      }),
    );
    // Same time, written two ways: the PC id decides, as for identical stamps.
    const plain: Version = { id: 'x', _deleted: false, updatedAt: '2025-03-01T08:00:00Z', updatedBy: 'pc-a' };
    const withMs: Version = { id: 'x', _deleted: false, updatedAt: '2025-03-01T08:00:00.000Z', updatedBy: 'pc-b' };
    expect(compareVersions(withMs, plain)).toBeGreaterThan(0);
  });

  it('keep the earlier rules first: an existing version beats a deletion, a reviewed entry an open one', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        const kept = { ...a, _deleted: false };
        const deleted = { ...b, _deleted: true };
        expect(compareVersions(kept, deleted)).toBeGreaterThan(0);
        const reviewed = { ...a, _deleted: false, resolved: true };
        const open = { ...b, _deleted: false, resolved: false };
        expect(compareVersions(reviewed, open)).toBeGreaterThan(0);
      }),
    );
  });
});
