import type { TFunction } from 'i18next';

/** A field's value as the review table shows it: plain text, lists joined, nothing left as raw JSON where avoidable. */
export function formatValue(value: unknown, t: TFunction): string {
  if (value === undefined || value === null || value === '') return t('conflicts.values.empty');
  if (typeof value === 'boolean') return value ? t('conflicts.values.yes') : t('conflicts.values.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('conflicts.values.empty');
    return value.map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : JSON.stringify(item))).join('、');
  }
  return JSON.stringify(value);
}

export function fieldLabel(field: string, t: TFunction): string {
  return t(`conflicts.fields.${field}`, { defaultValue: field });
}
