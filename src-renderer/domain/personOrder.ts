import { pinyinKeys } from './pinyin';

/**
 * People listed as a Chinese reader expects: by surname first, then by given name. Comparing the whole
 * name's pinyin puts 刘安 (liu an) before 李振 (li zhen), since "liua" < "lizh"; by surname, every 李 comes
 * before every 刘. A compound surname (欧阳, 司马) is one surname: 司明 and 司兰 are not split by 司马光.
 */

/** The compound surnames met in practice; a name of three or more characters starting with one has it. */
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐',
  '端木', '独孤', '南宫', '西门', '呼延', '万俟', '澹台', '轩辕', '钟离', '闻人', '申屠', '太史', '公冶', '宗政',
  '濮阳', '淳于', '单于', '拓跋', '左丘', '东郭', '百里', '第五',
]);

const HAN = /^\p{Script=Han}/u;
/** Distinct surnames in a station number in the hundreds; the bound only guards against odd input. */
const MAX_CACHED_SURNAMES = 5_000;
const surnamePinyin = new Map<string, string>();

export function surnameOf(name: string): string {
  const trimmed = name.trim();
  if (!HAN.test(trimmed)) return '';
  const two = trimmed.slice(0, 2);
  return trimmed.length >= 3 && COMPOUND_SURNAMES.has(two) ? two : trimmed.slice(0, 1);
}

function pinyinOfSurname(surname: string): string {
  const known = surnamePinyin.get(surname);
  if (known !== undefined) return known;
  const read = pinyinKeys(surname).full;
  if (surnamePinyin.size < MAX_CACHED_SURNAMES) surnamePinyin.set(surname, read);
  return read;
}

export interface Named {
  name: string;
  /** The whole name's pinyin as stored (domain/pinyin pinyinKeys().full). */
  namePinyin: string;
}

interface SortKey {
  surnamePinyin: string;
  surname: string;
  givenPinyin: string;
  name: string;
}

function sortKey(person: Named): SortKey {
  const surname = surnameOf(person.name);
  if (surname === '') return { surnamePinyin: person.namePinyin, surname: '', givenPinyin: '', name: person.name };
  const read = pinyinOfSurname(surname);
  const givenPinyin = person.namePinyin.startsWith(read) ? person.namePinyin.slice(read.length) : person.namePinyin;
  return { surnamePinyin: read, surname, givenPinyin, name: person.name };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    compareText(a.surnamePinyin, b.surnamePinyin) ||
    // Homophone surnames (张, 章) each stay together.
    compareText(a.surname, b.surname) ||
    compareText(a.givenPinyin, b.givenPinyin) ||
    compareText(a.name, b.name)
  );
}

export function comparePeople(a: Named, b: Named): number {
  return compareKeys(sortKey(a), sortKey(b));
}

/** A sorted copy; each person's key is worked out once, not on every comparison. */
export function sortPeople<T extends Named>(people: readonly T[]): T[] {
  return people
    .map((person) => ({ person, key: sortKey(person) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ person }) => person);
}
