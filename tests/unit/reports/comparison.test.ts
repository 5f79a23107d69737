import { describe, expect, it } from 'vitest';
import { formatPercentChange, metricChange } from '../../../src-renderer/domain/reports/comparison';

describe('formatPercentChange', () => {
  it.each([
    [0.125, '+12.5%'],
    [1.5, '+150%'],
    [-0.03, '\u22123%'],
    [-1, '\u2212100%'],
    [1 / 3, '+33.3%'],
    [-2 / 3, '\u221266.7%'],
    [0.0004, '0%'],
    [-0.0004, '0%'],
    [0, '0%'],
  ])('%d → %s', (ratio, text) => {
    expect(formatPercentChange(ratio)).toBe(text);
  });
});

describe('metricChange', () => {
  it('has no ratio when last year is zero, so the report says there was no data', () => {
    expect(metricChange(12, 0)).toEqual({ current: 12, previous: 0, ratio: null });
    expect(metricChange(0, 0).ratio).toBeNull();
  });

  it('is −100% when this year is zero and last year was not', () => {
    expect(metricChange(0, 8).ratio).toBe(-1);
  });
});
