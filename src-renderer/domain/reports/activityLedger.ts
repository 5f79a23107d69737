import { fromHalfHourUnits, toHalfHourUnits } from '../hours';

export interface LedgerActivity {
  id: string;
  date: string;
  startTime: string;
  title: string;
  place: string;
  field: string;
  participants: ReadonlyArray<{ hours: number }>;
  servedCount: number;
}

export interface LedgerRow<A extends LedgerActivity = LedgerActivity> {
  /** 1-based line number as printed. */
  index: number;
  activity: A;
  participants: number;
  hours: number;
  served: number;
}

export interface LedgerTotals {
  sessions: number;
  /** Person-times (人次): a volunteer in two activities counts twice. */
  participants: number;
  hours: number;
  served: number;
}

export interface ActivityLedger<A extends LedgerActivity = LedgerActivity> {
  rows: LedgerRow<A>[];
  totals: LedgerTotals;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The 台账 of a period: activities oldest first (as a paper ledger is written), numbered, with totals. */
export function buildActivityLedger<A extends LedgerActivity>(activities: readonly A[]): ActivityLedger<A> {
  const sorted = [...activities].sort(
    (a, b) => compareText(a.date, b.date) || compareText(a.startTime, b.startTime) || compareText(a.title, b.title) || compareText(a.id, b.id),
  );
  let participants = 0;
  let units = 0;
  let served = 0;
  const rows = sorted.map((activity, i): LedgerRow<A> => {
    const rowUnits = activity.participants.reduce((sum, p) => sum + toHalfHourUnits(p.hours), 0);
    participants += activity.participants.length;
    units += rowUnits;
    served += activity.servedCount;
    return { index: i + 1, activity, participants: activity.participants.length, hours: fromHalfHourUnits(rowUnits), served: activity.servedCount };
  });
  return { rows, totals: { sessions: rows.length, participants, hours: fromHalfHourUnits(units), served } };
}
