import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_LONG_EDGE, THUMB_LONG_EDGE } from '../../../../src-renderer/photos/process/limits';
import { fitLongEdge } from '../../../../src-renderer/photos/process/scale';

const side = fc.integer({ min: 1, max: 20_000 });

describe('fitLongEdge', () => {
  it('brings the long edge to exactly the limit when larger, keeps proportions within rounding, never enlarges', () => {
    fc.assert(
      fc.property(side, side, fc.constantFrom(FULL_LONG_EDGE, THUMB_LONG_EDGE), (width, height, max) => {
        const fitted = fitLongEdge({ width, height }, max);
        const longEdge = Math.max(width, height);
        expect(fitted.width).toBeGreaterThanOrEqual(1);
        expect(fitted.height).toBeGreaterThanOrEqual(1);
        if (longEdge <= max) {
          expect(fitted).toEqual({ width, height });
          return;
        }
        expect(Math.max(fitted.width, fitted.height)).toBe(max);
        // The long side stays the long side (a square stays square).
        if (width > height) expect(fitted.width).toBeGreaterThanOrEqual(fitted.height);
        if (height > width) expect(fitted.height).toBeGreaterThanOrEqual(fitted.width);
        if (width === height) expect(fitted.width).toBe(fitted.height);
        // Each side is within half a pixel of the exact scaled value (or clamped up to 1 px).
        const ratio = max / longEdge;
        expect(Math.abs(fitted.width - Math.max(1, width * ratio))).toBeLessThanOrEqual(0.5);
        expect(Math.abs(fitted.height - Math.max(1, height * ratio))).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('gives a phone photo its usual sizes', () => {
    expect(fitLongEdge({ width: 4032, height: 3024 }, FULL_LONG_EDGE)).toEqual({ width: 1600, height: 1200 });
    expect(fitLongEdge({ width: 3024, height: 4032 }, THUMB_LONG_EDGE)).toEqual({ width: 180, height: 240 });
    expect(fitLongEdge({ width: 20_000, height: 1 }, THUMB_LONG_EDGE)).toEqual({ width: 240, height: 1 });
  });
});
