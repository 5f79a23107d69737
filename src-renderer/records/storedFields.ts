import type { z } from 'zod';
import { issuesFromZod, type Parsed } from '../domain/issues';

/** Stamped by the data layer or the storage, never chosen by the keeper. */
export const META_FIELDS: ReadonlySet<string> = new Set(['id', 'stationId', 'createdAt', 'updatedAt', 'updatedBy', '_deleted', '_meta', '_rev', '_attachments']);

/**
 * For a type whose form rules are its stored shape (nothing derived, nothing typed differently): a merged
 * version checked against the shape, returned without metadata.
 */
export function parseStoredFields(shape: z.ZodObject, merged: Record<string, unknown>): Parsed<object> {
  const parsed = shape.safeParse(merged);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const fields: Record<string, unknown> = { ...parsed.data };
  for (const key of META_FIELDS) delete fields[key];
  return { ok: true, value: fields };
}

/** A page path with the record id as one path segment. */
export function pathWithId(prefix: string, suffix = ''): (id: string) => string {
  return (id) => `${prefix}/${encodeURIComponent(id)}${suffix}`;
}
