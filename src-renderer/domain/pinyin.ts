import { pinyin } from 'pinyin-pro';
import { normalizeIdNumber, idNumberMatchesTail } from './idNumber';
import { toHalfWidth } from './halfWidth';

export interface PinyinKeys {
  /** Whole name in toneless pinyin, no spaces: 张三 → "zhangsan"; ü is written v (吕 → "lv"). */
  full: string;
  /** First letter of each syllable or latin word: 张三 → "zs". */
  initials: string;
}

export interface SearchableVolunteer {
  name: string;
  namePinyin: string;
  nameInitials: string;
  phone: string;
  idNumber: string;
}

/** Fewer digits (an ID's X included) than this match too many phones and ID numbers to be a useful search. */
export const MIN_DIGITS_QUERY = 3;

const LATIN_OR_DIGIT = /^[a-z0-9]$/;
const HAN = /\p{Script=Han}/u;
const LETTERS = /^[a-zü]+$/;
const DIGITS_QUERY = /^\d+x?$/;
const QUERY_SEPARATORS = /[\s\-·.]+/g;

/**
 * Search and sort keys for a person's (or team's) name. Surname mode reads the family name as a surname:
 * 单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou, 朴 piao. Latin words (e.g. "Anna Smith") give their letters to
 * `full` and their first letter to `initials`; spaces and punctuation such as the middle dot of
 * transliterated names are dropped.
 */
export function pinyinKeys(name: string): PinyinKeys {
  const chars = pinyin(toHalfWidth(name), { type: 'all', toneType: 'none', surname: 'head', v: true });
  let full = '';
  let initials = '';
  let inWord = false;
  for (const c of chars) {
    if (c.isZh) {
      full += c.pinyin.toLowerCase();
      initials += c.first.toLowerCase();
      inWord = false;
      continue;
    }
    const ch = c.origin.toLowerCase();
    if (LATIN_OR_DIGIT.test(ch)) {
      full += ch;
      if (!inWord) initials += ch;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return { full, initials };
}

/**
 * The one search box of the volunteer list. Chinese text searches the name; letters search the pinyin
 * ("zhangs") or the initials ("zs"); 3 or more digits search the phone anywhere and the ID number's tail
 * (which may end in X). Anything else is looked for in the name as typed and at the end of the document
 * number.
 */
export function matchesVolunteerQuery(v: SearchableVolunteer, query: string): boolean {
  const q = toHalfWidth(query).trim().toLowerCase();
  if (q === '') return true;
  if (HAN.test(q)) return v.name.toLowerCase().includes(q);

  const compact = q.replace(QUERY_SEPARATORS, '');
  if (LETTERS.test(compact)) {
    const letters = compact.replace(/ü/g, 'v');
    return v.namePinyin.includes(letters) || v.nameInitials.startsWith(letters);
  }
  if (DIGITS_QUERY.test(compact)) {
    // The check character X counts: "02X" are the last 3 characters of an ID number.
    if (compact.length < MIN_DIGITS_QUERY) return false;
    const phoneDigits = v.phone.replace(/\D/g, '');
    return (!compact.endsWith('x') && phoneDigits.includes(compact)) || idNumberMatchesTail(v.idNumber, compact);
  }
  // Passports and permits mix letters and digits: their number's tail is searched like a resident ID's.
  const idTail = normalizeIdNumber(compact);
  return (
    v.name.toLowerCase().includes(q) ||
    (idTail.length >= MIN_DIGITS_QUERY && normalizeIdNumber(v.idNumber).endsWith(idTail))
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders records the way a Chinese reader expects a name list: by pinyin, then by the name itself so that
 * homophones (张三, 章三) keep a stable order. Takes stored keys, because sorting 1,000 names must not
 * convert each name again on every comparison.
 */
export function compareByPinyin(a: { name: string; namePinyin: string }, b: { name: string; namePinyin: string }): number {
  return compareStrings(a.namePinyin, b.namePinyin) || compareStrings(a.name, b.name);
}

/** Same order for bare names, when no stored keys are at hand (short lists). */
export function compareNamesByPinyin(a: string, b: string): number {
  return compareByPinyin({ name: a, namePinyin: pinyinKeys(a).full }, { name: b, namePinyin: pinyinKeys(b).full });
}
