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

/**
 * People served, by group. An activity that lists several groups (e.g. elderly and disabled) does not say
 * how its count splits, so its whole servedCount is attributed to EACH group listed, and counted once in the
 * total. Rows can then add up to more than the total; `overlaps` tells the report to say so in a footnote.
 * We do not split evenly: an even split invents figures nobody recorded. Activities with no group are
 * counted under UNSPECIFIED_GROUP. Rows follow `groupOrder`, then unknown groups by code; empty rows are left out.
 */
export function servedByGroup(
  activities: Iterable<{ servedCount: number; servedGroups: readonly string[] }>,
  groupOrder: readonly string[],
): ServedByGroup {
  const byGroup = new Map<string, ServedGroupRow>();
  let total = 0;
  let overlaps = false;
  for (const a of activities) {
    total += a.servedCount;
    const groups = a.servedGroups.length > 0 ? new Set(a.servedGroups) : new Set([UNSPECIFIED_GROUP]);
    if (groups.size > 1) overlaps = true;
    for (const group of groups) {
      const row = byGroup.get(group) ?? { group, served: 0, sessions: 0 };
      row.served += a.servedCount;
      row.sessions += 1;
      byGroup.set(group, row);
    }
  }
  const rank = (group: string) => {
    if (group === UNSPECIFIED_GROUP) return groupOrder.length + 1;
    const i = groupOrder.indexOf(group);
    return i === -1 ? groupOrder.length : i;
  };
  const rows = [...byGroup.values()].sort((a, b) => rank(a.group) - rank(b.group) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  return { rows, total, overlaps };
}
