import { searchableOption, type SearchableOption } from '../activities/selectSearch';

/**
 * The service fields on offer plus the record's own code when they lack it (a field the city published
 * and later withdrew, or one this version does not know): it shows as itself, not blank.
 */
export function optionsWithCurrent(options: readonly SearchableOption[], current: string | undefined): SearchableOption[] {
  if (!current || options.some((o) => o.value === current)) return [...options];
  return [...options, searchableOption(current, current)];
}
