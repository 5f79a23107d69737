import { median, percentile, round } from './stats';

/**
 * What the rounds of a timing say beside the figure: each round's p95 (rounds that disagree show a machine
 * that was busy for a while), the median and the range over every sample, none left out.
 */
export function describeRounds(rounds: readonly (readonly number[])[], unit = 'ms'): string {
  const all = rounds.flat();
  if (all.length === 0) return 'no samples';
  const p95s = rounds.map((r) => round(percentile(r, 95))).join(' / ');
  return (
    `${rounds.length} rounds, ${all.length} samples: p95 by round ${p95s} ${unit}, ` +
    `median ${round(median(all))} ${unit}, range ${round(Math.min(...all))}–${round(Math.max(...all))} ${unit}`
  );
}
