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
  const q = normalised(query);
  const exact: Candidate<V>[] = [];
  const others: Candidate<V>[] = [];
  for (const v of volunteers) {
    if (!v.active || !matchesVolunteerQuery(v, query)) continue;
    const candidate = { volunteer: v, added: addedIds.has(v.id) };
    (isExactHit(v, q) ? exact : others).push(candidate);
  }
  return [...exact, ...others];
}

function normalised(query: string): string {
  return toHalfWidth(query).trim().toLowerCase().replace(/\s+/g, '');
}

function isExactHit(v: SearchableVolunteer, q: string): boolean {
  return q !== '' && (v.nameInitials === q || v.namePinyin === q || v.name.toLowerCase() === q);
}

/**
 * Whether Enter may take the first candidate: it is the only one that can be picked, or the only exact hit
 * (zs → 张三 before 张三丰). When two people are equally meant (zs: 张三 and 赵思; the same phone or ID tail),
 * Enter must not pick one of them for the keeper: they choose with the arrow keys.
 */
export function firstIsClear<V extends PickableVolunteer>(candidates: readonly Candidate<V>[], query: string): boolean {
  const open = candidates.filter((c) => !c.added);
  if (open.length <= 1) return true;
  const q = normalised(query);
  const exact = open.filter((c) => isExactHit(c.volunteer, q));
  return exact.length === 1 && exact[0] === open[0];
}
