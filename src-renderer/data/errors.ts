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
