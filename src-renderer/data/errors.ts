import type { DailyHoursOverflow } from '../domain/hours';
import type { FieldIssue } from '../domain/issues';

/** A save refused for a reason the keeper can fix; `issues` carry i18n keys for the form. */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`validation failed: ${issues.map((i) => `${i.field}:${i.key}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}

/** The ID number belongs to someone already registered; the form links to that person. */
export class DuplicateIdNumberError extends Error {
  constructor(
    readonly existingId: string,
    readonly existingName: string,
  ) {
    super('duplicate id number');
    this.name = 'DuplicateIdNumberError';
  }
}

/** Someone would serve more than 24 hours on one day across activities. */
export class DailyHoursExceededError extends Error {
  constructor(readonly overflows: DailyHoursOverflow[]) {
    super(`daily hours exceeded for ${overflows.length} volunteer(s)`);
    this.name = 'DailyHoursExceededError';
  }
}

export class NotFoundError extends Error {
  constructor(readonly id: string) {
    super(`not found: ${id}`);
    this.name = 'NotFoundError';
  }
}

/** How deep the wrappers of a storage error go (RxDB around Dexie around the DOMException); a bound on a cycle too. */
const MAX_ERROR_DEPTH = 6;

/**
 * Whether a failed write failed because the disk (or the browser's quota for the app) is full. IndexedDB
 * answers with a `QuotaExceededError`, which Dexie and RxDB wrap: it is looked for in the causes, inner
 * errors and RxDB's parameters. The transaction was aborted whole, so nothing of the write was stored.
 */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (depth > MAX_ERROR_DEPTH || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; message?: unknown; cause?: unknown; inner?: unknown; parameters?: unknown };
  if (e.name === 'QuotaExceededError' || (typeof e.message === 'string' && e.message.includes('QuotaExceededError'))) return true;
  const parameters: Record<string, unknown> = typeof e.parameters === 'object' && e.parameters !== null ? (e.parameters as Record<string, unknown>) : {};
  const nested: unknown[] = [e.cause, e.inner, ...Object.values(parameters)];
  return nested.some((inner) => isStorageFull(inner, depth + 1));
}
