import { toHalfWidth } from '../halfWidth';
import { checkPhone } from '../phone';
import { quoted } from './cellRead';
import { PersonIndex, type PersonMatch, type PersonRef } from './people';

/** A volunteer as the service registers name them: the activity import's ways, and a phone number. */
export interface PersonWithPhone extends PersonRef {
  phone: string;
}

const NAME_WITH_TAIL = /^(.+?)\s*[[【]\s*([0-9xX]{1,18})\s*[\]】]$/;
const NAME_WITH_PHONE = /^(.+?)\s*[(]\s*([\d\s-]{7,20})\s*[)]$/;
/** Names in one cell: 、 ， ； / line breaks, or spaces between names (张三 李四). */
const LIST_SEPARATORS = /[;；,，、/|\n\r]+|\s+/;

/**
 * Finds a volunteer by full ID number, by name with ID digits (张三[0011], 张三【0011】), by name alone when
 * only one volunteer has it (as activities do), by phone (13912345678), or by name and phone
 * (张三(13912345678)). A bare name shared by two people, or a phone two people share, is ambiguous, never a guess.
 */
export class PersonLookup {
  private readonly index: PersonIndex;
  private readonly byPhone = new Map<string, PersonWithPhone[]>();

  constructor(people: readonly PersonWithPhone[]) {
    this.index = new PersonIndex(people);
    for (const p of people) {
      if (p.phone === '') continue;
      const list = this.byPhone.get(p.phone);
      if (list) list.push(p);
      else this.byPhone.set(p.phone, [p]);
    }
  }

  private phoneMatch(phone: string, name: string | null): PersonMatch {
    const all = this.byPhone.get(phone) ?? [];
    const candidates = name === null ? all : all.filter((p) => p.name.replace(/\s+/g, '') === name.replace(/\s+/g, ''));
    const [only] = candidates;
    if (candidates.length === 1 && only) return { ok: true, person: only };
    return candidates.length === 0 ? { ok: false, reason: 'unknown' } : { ok: false, reason: 'ambiguous', count: candidates.length };
  }

  match(written: string): PersonMatch {
    const text = toHalfWidth(written).trim();
    const tail = NAME_WITH_TAIL.exec(text);
    if (tail?.[1] !== undefined && tail[2] !== undefined) return this.index.match(tail[1], tail[2]);
    const withPhone = NAME_WITH_PHONE.exec(text);
    if (withPhone?.[1] !== undefined && withPhone[2] !== undefined) {
      const phone = checkPhone(withPhone[2]);
      if (phone.ok) return this.phoneMatch(phone.value, withPhone[1]);
    }
    if (/^[\d\s+-]+$/.test(text)) {
      const phone = checkPhone(text);
      if (phone.ok) return this.phoneMatch(phone.value, null);
    }
    return this.index.match(text);
  }

  /** How an export names someone so that this lookup finds them again: the name, plus ID digits if shared. */
  label(person: PersonRef): string {
    return this.index.label(person);
  }
}

export type PeopleRead = { ok: true; ids: string[] } | { ok: false; problems: Array<{ key: string; params: Record<string, string | number> }> };

/** Names a cell's problems list at most: a pasted page of text is one refused cell, not thousands of lines. */
const MAX_PROBLEMS_PER_CELL = 5;

/** Every person named in one cell, each once, in order; every name that finds nobody or several is a problem. */
export function readPeople(text: string, lookup: PersonLookup): PeopleRead {
  const ids: string[] = [];
  const problems: Array<{ key: string; params: Record<string, string | number> }> = [];
  for (const raw of splitPeople(text)) {
    if (problems.length >= MAX_PROBLEMS_PER_CELL) break;
    const match = lookup.match(raw);
    if (match.ok) {
      if (!ids.includes(match.person.id)) ids.push(match.person.id);
    } else if (match.reason === 'ambiguous') {
      problems.push({ key: 'importExport.issue.personAmbiguous', params: { name: quoted(raw), count: match.count ?? 2 } });
    } else problems.push({ key: 'importExport.issue.personUnknown', params: { name: quoted(raw) } });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ids };
}

/**
 * The names of one cell. Spaces separate names, except inside the brackets of 张三 [0011] or 张三 (139 1234 5678),
 * and a name padded to line up (张\u3000三) is one name when nothing else in the cell is split by spaces.
 */
export function splitPeople(text: string): string[] {
  const normal = toHalfWidth(text).replace(/（/g, '(').replace(/）/g, ')');
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of normal) {
    if (ch === '(' || ch === '[' || ch === '【') depth += 1;
    if (ch === ')' || ch === ']' || ch === '】') depth = Math.max(0, depth - 1);
    if (depth === 0 && LIST_SEPARATORS.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  // 张三 [0011]: a bracket split off by a space belongs to the name before it (merged here, in one pass:
  // a pattern looking ahead over spaces took 40 s on a cell of 32,767 of them).
  const names: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter((p) => p !== '')) {
    const last = names.length - 1;
    if (last >= 0 && /^[([【]/.test(part)) names[last] = `${names[last] ?? ''}${part}`;
    else names.push(part);
  }
  // "张 三" alone: two one-character "names" are far likelier one padded name.
  if (names.length === 2 && names.every((n) => [...n].length === 1) && !/[;；,，、/|\n\r]/.test(normal)) return [names.join('')];
  return names;
}
