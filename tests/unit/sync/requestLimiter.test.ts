import { describe, expect, it } from 'vitest';
import { createRequestLimiter } from '../../../src-renderer/sync/requestLimiter';

describe('request limiter', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const limiter = createRequestLimiter(3);
    let active = 0;
    let peak = 0;
    const task = async (n: number) => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 5 + (n % 3)));
      active -= 1;
      return n;
    };
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => limiter.run(() => task(n))));
    expect(results).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(peak).toBe(3);
  });

  it('a failing task frees its slot', async () => {
    const limiter = createRequestLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
