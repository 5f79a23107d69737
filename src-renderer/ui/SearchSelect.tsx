import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { labelMatches, optionMatches, type SearchableOption } from '../features/activities/selectSearch';

type SearchSelectProps<V> = Omit<SelectProps<V, SearchableOption>, 'showSearch' | 'filterOption' | 'defaultActiveFirstOption' | 'options'> & {
  options: SearchableOption[];
};

/**
 * Whether Enter may take the first option the typed text finds: nothing typed yet, or it finds one option,
 * or one by its own name (卫生 → 卫生健康, though 生态环保 is also found by its other name 环境卫生), which is
 * then listed first. Initials are often shared — sj is both 省级 and 市级 — and then Enter takes neither.
 */
export function firstMatchIsClear(query: string, options: readonly SearchableOption[]): boolean {
  if (query.trim() === '') return true;
  const found = options.filter((option) => optionMatches(query, option));
  return found.length === 1 || found.filter((option) => labelMatches(query, option)).length === 1;
}

/** Options found by their own name before those found by another name; otherwise in the order given. */
function byOwnNameFirst(a: SearchableOption, b: SearchableOption, info: { searchValue: string }): number {
  return Number(labelMatches(info.searchValue, b)) - Number(labelMatches(info.searchValue, a));
}

/**
 * A select found by name, pinyin or initials, where Enter (or Tab) takes the first match only when it is
 * clearly the one meant (firstMatchIsClear). What is kept must be what the keeper chose: when two options
 * fit equally, Enter alone leaves the field unchosen (the form then asks) until the keeper moves to one with
 * the arrow keys or types more.
 */
export function SearchSelect<V = string>({ options, ...rest }: SearchSelectProps<V>) {
  const [query, setQuery] = useState('');
  const clear = useMemo(() => firstMatchIsClear(query, options), [query, options]);
  return (
    <Select<V, SearchableOption>
      {...rest}
      options={options}
      showSearch={{ filterOption: optionMatches, filterSort: byOwnNameFirst, onSearch: setQuery }}
      defaultActiveFirstOption={clear}
    />
  );
}
