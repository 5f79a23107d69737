import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

interface FieldActivity {
  date: string;
  field: string;
  participants: ReadonlyArray<{ hours: number }>;
  servedCount: number;
}

/**
 * The fields a report's columns show: every field of the catalogue in its order (a field with no activity
 * is a 0 the inspector wants to see), then any field the city added later that activities use, by code.
 */
export function reportFields(catalogFields: readonly string[], used: Iterable<string>): string[] {
  const known = new Set(catalogFields);
  const extra = [...new Set(used)].filter((f) => !known.has(f)).sort();
  return [...catalogFields, ...extra];
}

export interface TimeSlotFigures {
  /** The slot: a month 'YYYY-MM' or a day 'YYYY-MM-DD'. */
  slot: string;
  sessions: number;
  hours: number;
  served: number;
}

/** Sessions, hours and people served per time slot, every slot present in order (zeros included). */
export function figuresBySlot(activities: Iterable<FieldActivity>, slots: readonly string[], slotOf: (date: string) => string): TimeSlotFigures[] {
  const bySlot = new Map(slots.map((slot) => [slot, { slot, sessions: 0, units: 0, served: 0 }]));
  for (const a of activities) {
    const row = bySlot.get(slotOf(a.date));
    if (!row) continue;
    row.sessions += 1;
    row.served += a.servedCount;
    for (const p of a.participants) row.units += toHalfHourUnits(p.hours);
  }
  return [...bySlot.values()].map((r) => ({ slot: r.slot, sessions: r.sessions, hours: fromHalfHourUnits(r.units), served: r.served }));
}

export interface SlotFieldRow {
  slot: string;
  /** Sessions (场次) per field code. */
  byField: Record<string, number>;
  total: number;
}

export interface SlotFieldTable {
  fields: string[];
  rows: SlotFieldRow[];
  /** Column totals and the grand total. */
  totals: SlotFieldRow;
}

/** Sessions by time slot × field: the 12-month × field table of a yearly report. */
export function sessionsBySlotAndField(
  activities: Iterable<FieldActivity>,
  slots: readonly string[],
  fields: readonly string[],
  slotOf: (date: string) => string,
): SlotFieldTable {
  const emptyCells = () => Object.fromEntries(fields.map((f) => [f, 0])) as Record<string, number>;
  const rows = new Map(slots.map((slot): [string, SlotFieldRow] => [slot, { slot, byField: emptyCells(), total: 0 }]));
  const totals: SlotFieldRow = { slot: 'total', byField: emptyCells(), total: 0 };
  for (const a of activities) {
    const row = rows.get(slotOf(a.date));
    if (!row || !(a.field in row.byField)) continue;
    row.byField[a.field] = (row.byField[a.field] ?? 0) + 1;
    row.total += 1;
    totals.byField[a.field] = (totals.byField[a.field] ?? 0) + 1;
    totals.total += 1;
  }
  return { fields: [...fields], rows: [...rows.values()], totals };
}
