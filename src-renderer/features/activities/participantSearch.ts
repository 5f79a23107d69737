import { toHalfWidth } from '../../domain/halfWidth';
import { matchesVolunteerQuery, type SearchableVolunteer } from '../../domain/pinyin';

export interface PickableVolunteer extends SearchableVolunteer {
  id: string;
  active: boolean;
}

export interface Candidate<V extends PickableVolunteer> {
  volunteer: V;
  /** On the activity already: shown, but cannot be added twice. */
  added: boolean;
}

/**
 * Who the participant search offers for `query`: active volunteers only, in list (pinyin) order, except
 * that exact hits come first, so `zs` puts 张三 above 张三丰 and Enter adds the person most likely meant.
 */
export function findCandidates<V extends PickableVolunteer>(
  volunteers: readonly V[],
  query: string,
  addedIds: ReadonlySet<string>,
): Candidate<V>[] {
  const q = toHalfWidth(query).trim().toLowerCase().replace(/\s+/g, '');
  const exact: Candidate<V>[] = [];
  const others: Candidate<V>[] = [];
  for (const v of volunteers) {
    if (!v.active || !matchesVolunteerQuery(v, query)) continue;
    const candidate = { volunteer: v, added: addedIds.has(v.id) };
    const isExact = q !== '' && (v.nameInitials === q || v.namePinyin === q || v.name.toLowerCase() === q);
    (isExact ? exact : others).push(candidate);
  }
  return [...exact, ...others];
}
