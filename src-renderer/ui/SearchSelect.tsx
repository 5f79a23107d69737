import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { optionMatches, type SearchableOption } from '../features/activities/selectSearch';

type SearchSelectProps<V> = Omit<SelectProps<V, SearchableOption>, 'showSearch' | 'filterOption' | 'defaultActiveFirstOption' | 'options'> & {
  options: SearchableOption[];
};

/** How many options the typed text finds; all of them while nothing is typed. */
export function matchCount(query: string, options: readonly SearchableOption[]): number {
  return query.trim() === '' ? options.length : options.filter((option) => optionMatches(query, option)).length;
}

/**
 * A select found by name, pinyin or initials, where Enter (or Tab) takes the first match only when the typed
 * text finds just that one. Initials are often shared — sj is both 省级 and 市级 — and what is kept must be
 * what the keeper chose: with two matches, Enter alone leaves the field unchosen (the form then asks) until
 * the keeper moves to one with the arrow keys or types more.
 */
export function SearchSelect<V = string>({ options, ...rest }: SearchSelectProps<V>) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => matchCount(query, options), [query, options]);
  return (
    <Select<V, SearchableOption>
      {...rest}
      options={options}
      showSearch={{ filterOption: optionMatches, onSearch: setQuery }}
      defaultActiveFirstOption={query.trim() === '' || found === 1}
    />
  );
}
