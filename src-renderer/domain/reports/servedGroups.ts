/** The pseudo-group of activities that name no group of people served. */
export const UNSPECIFIED_GROUP = 'unspecified';

export interface ServedGroupRow {
  group: string;
  /** People served by activities that list this group (each such activity's whole count, see below). */
  served: number;
  sessions: number;
}

export interface ServedByGroup {
  rows: ServedGroupRow[];
  /** Every activity's servedCount counted once: the figure the report's total uses. */
  total: number;
  /** True when some activity lists more than one group, so rows add up to more than the total. */
  overlaps: boolean;
}

/** The groups' figures before ordering, and whether any activity listed several groups. */
export interface GroupFigures {
  rows: ServedGroupRow[];
  overlaps: boolean;
}

/**
 * People served, by group. An activity that lists several groups (e.g. elderly and disabled) does not say
 * how its count splits, so its whole servedCount is attributed to EACH group listed. We do not split
 * evenly: an even split invents figures nobody recorded. Activities with no group are counted under
 * UNSPECIFIED_GROUP. Rows come in no particular order (see orderServedGroups).
 */
export function groupFigures(activities: Iterable<{ servedCount: number; servedGroups: readonly string[] }>): GroupFigures {
  const byGroup = new Map<string, ServedGroupRow>();
  let overlaps = false;
  for (const a of activities) {
    const groups = a.servedGroups.length > 0 ? new Set(a.servedGroups) : new Set([UNSPECIFIED_GROUP]);
    if (groups.size > 1) overlaps = true;
    for (const group of groups) {
      const row = byGroup.get(group) ?? { group, served: 0, sessions: 0 };
      row.served += a.servedCount;
      row.sessions += 1;
      byGroup.set(group, row);
    }
  }
  return { rows: [...byGroup.values()], overlaps };
}

/**
 * The served table: rows follow `groupOrder`, then unknown groups by code, UNSPECIFIED_GROUP last; `total`
 * is every activity's servedCount counted once, so rows can add up to more than it (see `overlaps`).
 */
export function orderServedGroups(figures: GroupFigures, total: number, groupOrder: readonly string[]): ServedByGroup {
  const rank = (group: string) => {
    if (group === UNSPECIFIED_GROUP) return groupOrder.length + 1;
    const i = groupOrder.indexOf(group);
    return i === -1 ? groupOrder.length : i;
  };
  const rows = [...figures.rows].sort((a, b) => rank(a.group) - rank(b.group) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return { rows, total, overlaps: figures.overlaps };
}

/** People served by group, ordered, with the total counted once per activity (see groupFigures). */
export function servedByGroup(
  activities: Iterable<{ servedCount: number; servedGroups: readonly string[] }>,
  groupOrder: readonly string[],
): ServedByGroup {
  const list = [...activities];
  const total = list.reduce((sum, a) => sum + a.servedCount, 0);
  return orderServedGroups(groupFigures(list), total, groupOrder);
}
