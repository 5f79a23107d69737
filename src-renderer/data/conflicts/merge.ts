import type { Parsed } from '../../domain/issues';
import { recordTypeOfCollection } from '../../records/registry';
import { META_FIELDS } from '../../records/storedFields';
import { deepEqual } from 'rxdb/plugins/utils';

/** Computed from other fields on every save (pinyin from the name, totals from the participants). */
const DERIVED_FIELDS = new Set(['namePinyin', 'nameInitials', 'totalHours', 'participantCount']);

/**
 * Where a newer app version's fields are kept (data/schemaParts.ts). This app can neither show nor judge
 * them, so they are never a choice: every one of either version is carried into the result.
 */
const CARRIED_FIELD = 'unknownFields';

export type Side = 'current' | 'other';

function fieldsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Every newer-version field of both versions, the preferred one's value where both have one; undefined if none. */
export function carriedFields(preferred: Record<string, unknown>, other: Record<string, unknown>): Record<string, unknown> | undefined {
  const union = { ...fieldsOf(other[CARRIED_FIELD]), ...fieldsOf(preferred[CARRIED_FIELD]) };
  return Object.keys(union).length > 0 ? union : undefined;
}

/** `fields` with the newer-version fields of both versions carried along (`preferred`'s value wins). */
export function withCarriedFields(
  fields: Record<string, unknown>,
  preferred: Record<string, unknown>,
  other: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  const carried = carriedFields(preferred, other);
  if (carried) out[CARRIED_FIELD] = carried;
  else delete out[CARRIED_FIELD];
  return out;
}

/** Whether the review screen ever shows a field: not bookkeeping, not derived, not a newer app's carried fields. */
export function isReviewedField(key: string): boolean {
  return !META_FIELDS.has(key) && !DERIVED_FIELDS.has(key) && key !== CARRIED_FIELD;
}

/** The fields the keeper can choose between: those that differ, in the order the current version has them. */
export function differingFields(current: Record<string, unknown>, other: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(current), ...Object.keys(other)])];
  return keys.filter((k) => isReviewedField(k) && !deepEqual(current[k], other[k]));
}

/**
 * Field by field: the other version's value where the keeper chose it, the current one everywhere else;
 * the newer-version fields of both are carried along.
 */
export function mergeVersions(
  current: Record<string, unknown>,
  other: Record<string, unknown>,
  choices: Readonly<Record<string, Side>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = withCarriedFields(current, current, other);
  for (const field of differingFields(current, other)) {
    if (choices[field] === 'other') {
      if (other[field] === undefined) delete merged[field];
      else merged[field] = other[field];
    }
  }
  return merged;
}

function plain<T extends object>(parsed: Parsed<T>): Parsed<Record<string, unknown>> {
  return parsed.ok ? { ok: true, value: Object.fromEntries(Object.entries(parsed.value)) } : parsed;
}

/** The form rules know nothing of a newer version's fields: they go through untouched. */
function carrying(parsed: Parsed<Record<string, unknown>>, merged: Record<string, unknown>): Parsed<Record<string, unknown>> {
  return parsed.ok ? { ok: true, value: withCarriedFields(parsed.value, merged, {}) } : parsed;
}

/**
 * Runs a merged version through the same domain rules a form save uses, so derived fields follow the
 * chosen ones and a combination that breaks a rule (a birth date that no longer matches the ID number)
 * is refused with the usual field issues. Returns the fields to store, without metadata.
 */
export function validateMerged(collectionName: string, merged: Record<string, unknown>): Parsed<Record<string, unknown>> {
  return carrying(validateFields(collectionName, merged), merged);
}

function validateFields(collectionName: string, merged: Record<string, unknown>): Parsed<Record<string, unknown>> {
  const type = recordTypeOfCollection(collectionName);
  if (!type) return { ok: false, issues: [{ field: '', key: 'validation.invalid' }] };
  return plain(type.parseFields(merged));
}
