import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** bench-results.json at the repository root: every benchmark module adds its own ids. */
export const RESULTS_PATH = fileURLToPath(new URL('../../bench-results.json', import.meta.url));

export interface ResultEntry {
  /** null when this run could not measure it: a failed suite never leaves an older value standing. */
  value: number | null;
  unit: string;
  target: number;
}
export type BenchResults = Record<string, ResultEntry>;

function isResultEntry(value: unknown): value is ResultEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Record<keyof ResultEntry, unknown>>;
  return (typeof entry.value === 'number' || entry.value === null) && typeof entry.unit === 'string' && typeof entry.target === 'number';
}

/** The results written so far; {} when there is no file yet. A malformed file is an error, never overwritten. */
export function readResults(path: string = RESULTS_PATH): BenchResults {
  if (!existsSync(path)) return {};
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path} is not a JSON object; fix or delete it.`);
  }
  const results: BenchResults = {};
  for (const [id, entry] of Object.entries(parsed)) {
    if (!isResultEntry(entry)) throw new Error(`${path}: "${id}" is not { value, unit, target }; fix or delete it.`);
    results[id] = entry;
  }
  return results;
}

/** Replaces the given ids and keeps every other one; returns what was written. */
export function mergeResults(entries: BenchResults, path: string = RESULTS_PATH): BenchResults {
  const merged = { ...readResults(path), ...entries };
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
  return sorted;
}
