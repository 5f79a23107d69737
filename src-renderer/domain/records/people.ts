import { normalizeIdNumber } from '../idNumber';

/** What the import needs to know of a registered volunteer to recognise them in a sheet. */
export interface PersonRef {
  id: string;
  name: string;
  idNumber: string;
}

export type PersonMatch =
  | { ok: true; person: PersonRef }
  | { ok: false; reason: 'unknown' | 'ambiguous'; count?: number };

const SPACES = /[\s\u3000]+/g;
const FULL_ID = /^\d{17}[\dX]$/;

export function nameKey(name: string): string {
  return name.replace(SPACES, '');
}

/**
 * Finds people by full ID number, by name with the last digits of the ID number (张三[0011]), or by name
 * alone when exactly one registered volunteer has it. Same names are common in a village: a bare name
 * shared by two people is "ambiguous", never a guess.
 */
export class PersonIndex {
  private readonly byName = new Map<string, PersonRef[]>();
  private readonly byIdNumber = new Map<string, PersonRef>();

  constructor(people: Iterable<PersonRef>) {
    for (const p of people) {
      const key = nameKey(p.name);
      const list = this.byName.get(key);
      if (list) list.push(p);
      else this.byName.set(key, [p]);
      this.byIdNumber.set(normalizeIdNumber(p.idNumber), p);
    }
  }

  match(who: string, idTail = ''): PersonMatch {
    const id = normalizeIdNumber(who);
    if (FULL_ID.test(id)) {
      const person = this.byIdNumber.get(id);
      return person ? { ok: true, person } : { ok: false, reason: 'unknown' };
    }
    let candidates = this.byName.get(nameKey(who)) ?? [];
    const tail = normalizeIdNumber(idTail);
    if (tail !== '') candidates = candidates.filter((p) => normalizeIdNumber(p.idNumber).endsWith(tail));
    if (candidates.length === 1 && candidates[0]) return { ok: true, person: candidates[0] };
    if (candidates.length === 0) return { ok: false, reason: 'unknown' };
    return { ok: false, reason: 'ambiguous', count: candidates.length };
  }

  /** How the export names someone so that the import finds them again: the name, plus ID digits if shared. */
  label(person: PersonRef): string {
    const namesakes = this.byName.get(nameKey(person.name)) ?? [];
    if (namesakes.length <= 1) return person.name;
    const id = normalizeIdNumber(person.idNumber);
    for (const length of [4, 6, 8]) {
      const tail = id.slice(-length);
      if (namesakes.filter((p) => normalizeIdNumber(p.idNumber).endsWith(tail)).length === 1) return `${person.name}[${tail}]`;
    }
    return `${person.name}[${id.slice(-4)}]`;
  }
}
