import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src-renderer/sync/backoff';

describe('backoffDelay', () => {
  it('doubles from the base after each failure', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 1000, 60_000, 0.5))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(backoffDelay(10, 1000, 60_000, 0.99)).toBe(60_000);
    expect(backoffDelay(10_000, 1000, 60_000, 0.5)).toBe(60_000);
  });

  it('spreads retries by at most 20 % either way', () => {
    expect(backoffDelay(2, 1000, 60_000, 0)).toBe(1600);
    expect(backoffDelay(2, 1000, 60_000, 0.999_999)).toBe(2400);
  });

  it('does not wait before the first attempt', () => {
    expect(backoffDelay(0, 1000, 60_000)).toBe(0);
  });
});
