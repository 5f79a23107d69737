import type { z } from 'zod';

/**
 * A problem with one field, as the UI and the import preview show it: `key` is an i18n key, `params`
 * fill its placeholders. Domain code never produces display text itself.
 */
export interface FieldIssue {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** zod messages in our schemas are i18n keys; anything else (a type error from corrupt data) gets a generic key. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    key: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
  }));
}
