export interface LabelledOption {
  value: string;
  label: string;
}

/**
 * The catalogue's options plus the record's own code when the catalogue lacks it (a field the city
 * published and later withdrew, or one this version does not know): it shows as itself, not blank.
 */
export function optionsWithCurrent(options: readonly LabelledOption[], current: string | undefined): LabelledOption[] {
  if (!current || options.some((o) => o.value === current)) return [...options];
  return [...options, { value: current, label: current }];
}
