import { HONOUR_KINDS, HONOUR_LEVELS, type HonourKind, type HonourLevel } from './honourKinds';

/** What the ledger reads of an honour (records/honour's HonourDoc, or the list's rows). */
export interface LedgerHonour {
  id: string;
  year: number;
  kind: HonourKind;
  level: HonourLevel;
  batch: string;
  awardedDate: string;
}

export interface HonourLedgerRow<H extends LedgerHonour = LedgerHonour> {
  /** 1-based, as printed. */
  index: number;
  honour: H;
}

export interface HonourLedger<H extends LedgerHonour = LedgerHonour> {
  rows: HonourLedgerRow<H>[];
  /** How many at each level, every level present (0 when none), highest first. */
  byLevel: Record<HonourLevel, number>;
  total: number;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The 表彰荣誉台账 of one year: its honours highest level first (national before county), then by kind in the
 * rules' order (the "four of each" first), award date, batch; numbered, with the count at each level.
 */
export function buildHonourLedger<H extends LedgerHonour>(honours: readonly H[], year: number): HonourLedger<H> {
  const listed = honours
    .filter((h) => h.year === year)
    .sort(
      (a, b) =>
        HONOUR_LEVELS.indexOf(a.level) - HONOUR_LEVELS.indexOf(b.level) ||
        HONOUR_KINDS.indexOf(a.kind) - HONOUR_KINDS.indexOf(b.kind) ||
        compareText(a.awardedDate, b.awardedDate) ||
        compareText(a.batch, b.batch) ||
        compareText(a.id, b.id),
    );
  const byLevel: Record<HonourLevel, number> = { national: 0, provincial: 0, city: 0, county: 0 };
  for (const honour of listed) byLevel[honour.level] += 1;
  return { rows: listed.map((honour, i) => ({ index: i + 1, honour })), byLevel, total: listed.length };
}
