import type { TFunction } from 'i18next';

/**
 * Fields whose stored values are codes, and where their names are: a keeper chooses between 已派单 and
 * 待派单, not between `dispatched` and `pending`. A code with no name (a city's own service field) shows as stored.
 */
const CODE_NAMES: Readonly<Record<string, string>> = {
  field: 'catalog.fields',
  servedGroups: 'catalog.servedGroups',
  gender: 'catalog.gender',
  idType: 'catalog.idType',
  politicalStatus: 'catalog.political',
  services: 'catalog.services',
  status: 'catalog.projectStatus',
  state: 'serviceRules.requests.state',
  urgency: 'requests.urgency',
  kind: 'serviceRules.honours.kind',
  linkKind: 'serviceRules.honours.link',
  level: 'serviceRules.honours.level',
};

function itemText(item: unknown, field: string | undefined, t: TFunction): string {
  if (typeof item !== 'string' && typeof item !== 'number') return JSON.stringify(item);
  const names = field === undefined ? undefined : CODE_NAMES[field];
  return names && typeof item === 'string' ? t(`${names}.${item}`, { defaultValue: item }) : String(item);
}

/** A field's value as the review table shows it: plain text, codes by their names, lists joined, nothing left as raw JSON where avoidable. */
export function formatValue(value: unknown, t: TFunction, field?: string): string {
  if (value === undefined || value === null || value === '') return t('conflicts.values.empty');
  if (typeof value === 'boolean') return value ? t('conflicts.values.yes') : t('conflicts.values.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('conflicts.values.empty');
    return value.map((item) => itemText(item, field, t)).join('、');
  }
  return itemText(value, field, t);
}

export function fieldLabel(field: string, t: TFunction): string {
  return t(`conflicts.fields.${field}`, { defaultValue: field });
}
