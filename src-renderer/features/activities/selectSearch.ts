import { toHalfWidth } from '../../domain/halfWidth';
import { pinyinKeys } from '../../domain/pinyin';

/** A select option that can be found by its label, its pinyin or the pinyin's initials. */
export interface SearchableOption {
  value: string;
  label: string;
  /** Lower-case label, full pinyin and initials, separated by a character no query contains. */
  keys: string;
}

export function searchableOption(value: string, label: string): SearchableOption {
  const keys = pinyinKeys(label);
  return { value, label, keys: [label.toLowerCase(), keys.full, keys.initials].join('\u0000') };
}

/** Options for teams or projects, in the order given (the repositories sort by pinyin). */
export function namedOptions(docs: ReadonlyArray<{ id: string; name: string }>): SearchableOption[] {
  return docs.map((d) => searchableOption(d.id, d.name));
}

/** For antd Select's filterOption: 健康, jiankang and jk all find 卫生健康. */
export function optionMatches(input: string, option?: { keys?: string }): boolean {
  const q = toHalfWidth(input).trim().toLowerCase().replace(/\s+/g, '');
  if (q === '') return true;
  return (option?.keys ?? '').split('\u0000').some((key) => key.includes(q));
}
