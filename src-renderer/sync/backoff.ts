/**
 * The wait before retry number `failures` (1 = first failure): doubling from `baseMs`, never above `maxMs`,
 * spread by up to ±20 % (`random` in [0, 1)) so many stations that lost the server together do not all
 * come back in the same second.
 */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: number = Math.random()): number {
  if (failures <= 0) return 0;
  // 2^30 already exceeds any sane cap; stopping the exponent there keeps the number finite.
  const exponent = Math.min(failures - 1, 30);
  const raw = Math.min(maxMs, baseMs * 2 ** exponent);
  const jitter = 0.8 + 0.4 * Math.min(Math.max(random, 0), 1);
  return Math.round(Math.min(maxMs, raw * jitter));
}
