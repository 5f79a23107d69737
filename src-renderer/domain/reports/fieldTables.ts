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

/** Sessions, volunteer hours in half-hour units (exact sums) and people served. */
export interface Sums {
  sessions: number;
  units: number;
  served: number;
}

/** What one date's activities add up to, by field: every total of a report is a sum of these. */
export interface DayFigures {
  /** The activity date as recorded (YYYY-MM-DD). */
  date: string;
  byField: Record<string, Sums>;
}

/** The activities added up per date and field, in date order. */
export function dayFigures(activities: Iterable<FieldActivity>): DayFigures[] {
  const byDate = new Map<string, Map<string, Sums>>();
  for (const a of activities) {
    let fields = byDate.get(a.date);
    if (!fields) byDate.set(a.date, (fields = new Map<string, Sums>()));
    let sums = fields.get(a.field);
    if (!sums) fields.set(a.field, (sums = { sessions: 0, units: 0, served: 0 }));
    sums.sessions += 1;
    sums.served += a.servedCount;
    for (const p of a.participants) sums.units += toHalfHourUnits(p.hours);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, fields]) => ({ date, byField: Object.fromEntries(fields) }));
}

export interface TimeSlotFigures {
  /** The slot: a month 'YYYY-MM' or a day 'YYYY-MM-DD'. */
  slot: string;
  sessions: number;
  hours: number;
  served: number;
}

/** Sessions, hours and people served per time slot, every slot present in order (zeros included). */
export function figuresBySlot(days: readonly DayFigures[], slots: readonly string[], slotOf: (date: string) => string): TimeSlotFigures[] {
  const bySlot = new Map(slots.map((slot) => [slot, { slot, sessions: 0, units: 0, served: 0 }]));
  for (const day of days) {
    const row = bySlot.get(slotOf(day.date));
    if (!row) continue;
    for (const sums of Object.values(day.byField)) {
      row.sessions += sums.sessions;
      row.served += sums.served;
      row.units += sums.units;
    }
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
  days: readonly DayFigures[],
  slots: readonly string[],
  fields: readonly string[],
  slotOf: (date: string) => string,
): SlotFieldTable {
  const emptyCells = () => Object.fromEntries(fields.map((f) => [f, 0])) as Record<string, number>;
  const rows = new Map(slots.map((slot): [string, SlotFieldRow] => [slot, { slot, byField: emptyCells(), total: 0 }]));
  const totals: SlotFieldRow = { slot: 'total', byField: emptyCells(), total: 0 };
  for (const day of days) {
    const row = rows.get(slotOf(day.date));
    if (!row) continue;
    for (const [field, sums] of Object.entries(day.byField)) {
      if (!(field in row.byField)) continue;
      row.byField[field] = (row.byField[field] ?? 0) + sums.sessions;
      row.total += sums.sessions;
      totals.byField[field] = (totals.byField[field] ?? 0) + sums.sessions;
      totals.total += sums.sessions;
    }
  }
  return { fields: [...fields], rows: [...rows.values()], totals };
}
