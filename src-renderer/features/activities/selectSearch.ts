import { toHalfWidth } from '../../domain/halfWidth';
import { pinyinKeys } from '../../domain/pinyin';

/** A select option that can be found by its label (or its other names), their pinyin or the pinyin's initials. */
export interface SearchableOption {
  value: string;
  label: string;
  /** Lower-case label and aliases, their full pinyin and initials, separated by a character no query contains. */
  keys: string;
}

/** `aliases` are other words it is found by, each also by its pinyin and initials (广场舞, gcw → 文化文艺). */
export function searchableOption(value: string, label: string, aliases: readonly string[] = []): SearchableOption {
  const keys = [label, ...aliases].flatMap((word) => {
    const read = pinyinKeys(word);
    return [word.toLowerCase(), read.full, read.initials];
  });
  return { value, label, keys: keys.join('\u0000') };
}

/** Options for teams or projects, in the order given (the repositories sort by pinyin). */
export function namedOptions(docs: ReadonlyArray<{ id: string; name: string }>): SearchableOption[] {
  return docs.map((d) => searchableOption(d.id, d.name));
}

function normalisedQuery(input: string): string {
  return toHalfWidth(input).trim().toLowerCase().replace(/\s+/g, '');
}

/** For antd Select's filterOption: 健康, jiankang and jk all find 卫生健康. */
export function optionMatches(input: string, option?: { keys?: string }): boolean {
  const q = normalisedQuery(input);
  if (q === '') return true;
  return (option?.keys ?? '').split('\u0000').some((key) => key.includes(q));
}

/** The label's own keys come first in `keys` (the label, its pinyin, its initials), before any alias's. */
const LABEL_KEYS = 3;

/** Whether the typed text finds the option by its own name (not by one of its other names): 卫生 → 卫生健康. */
export function labelMatches(input: string, option?: { keys?: string }): boolean {
  const q = normalisedQuery(input);
  if (q === '') return true;
  return (option?.keys ?? '').split('\u0000').slice(0, LABEL_KEYS).some((key) => key.includes(q));
}
