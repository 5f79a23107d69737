import { toHalfWidth } from '../../domain/halfWidth';
import { pinyinKeys } from '../../domain/pinyin';

const LETTERS = /^[a-zü]+$/;
const SEPARATORS = /[\s\-·.]+/g;

export interface NameKeys {
  name: string;
  namePinyin: string;
  nameInitials: string;
}

/** Search keys for a team's or project's name (their documents store the full pinyin only). */
export function nameKeys(item: { name: string; namePinyin: string }): NameKeys {
  return { name: item.name, namePinyin: item.namePinyin, nameInitials: pinyinKeys(item.name).initials };
}

/**
 * The search box of the team and project lists: the name as typed (Chinese, digits such as a year),
 * or letters matched against the pinyin ("xiyang") or the initials ("xyh" finds 夕阳红).
 */
export function matchesNameQuery(item: NameKeys, query: string): boolean {
  const q = toHalfWidth(query).trim().toLowerCase();
  if (q === '') return true;
  if (item.name.toLowerCase().includes(q)) return true;
  const letters = q.replace(SEPARATORS, '');
  if (!LETTERS.test(letters)) return false;
  const v = letters.replace(/ü/g, 'v');
  return item.namePinyin.includes(v) || item.nameInitials.includes(v);
}
