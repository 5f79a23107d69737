import type { TFunction } from 'i18next';
import { CLOCK_TOLERANCE_MS } from '../../sync/constants';
import type { SyncStatus } from '../../sync/status';

/** What waits for the keeper's decision, whatever the phase says: "已同步" must not hide it. */
export interface KeeperAttention {
  /** Records the server refused; they stay on this PC until fixed. */
  refused: number;
  /** Conflicts between two versions of a record, waiting for review. */
  conflicts: number;
  /** Records on the server this app cannot read (a newer version's, or damaged); kept there, not here. */
  unreadable: number;
  /** Minutes this PC's clock is ahead of the server's (negative: behind), when more than the tolerance. */
  clockOffMinutes: number | null;
  /**
   * Minutes the latest time stamped on a record is after this PC's clock, when more than the tolerance and
   * the server's clock does not already say the same; null otherwise.
   */
  stampsAheadMinutes: number | null;
  /** Whether the server's clock is known (then this PC's is right, and another PC's was fast). */
  serverClockKnown: boolean;
  /** How many things to do (a wrong clock counts as one). */
  total: number;
}

/** The PC clock's error in whole minutes, when it is beyond the tolerance; null otherwise or unknown. */
export function clockOffMinutes(clockOffsetMs: number | null): number | null {
  if (clockOffsetMs === null || Math.abs(clockOffsetMs) <= CLOCK_TOLERANCE_MS) return null;
  // The offset is the server's clock minus the PC's: a PC behind the server has a positive one.
  return -Math.round(clockOffsetMs / 60_000);
}

/**
 * Minutes this PC's clock is behind the latest stamp it holds, when that is beyond the tolerance and not
 * already told by the server's clock (a PC behind the server is behind its records too: one thing to fix).
 */
export function stampsAheadMinutes(status: Pick<SyncStatus, 'clockOffsetMs' | 'clockBehindMs'>): number | null {
  if (status.clockBehindMs <= CLOCK_TOLERANCE_MS || clockOffMinutes(status.clockOffsetMs) !== null) return null;
  return Math.round(status.clockBehindMs / 60_000);
}

type AttentionInput = Pick<SyncStatus, 'rejected' | 'unreadable' | 'clockOffsetMs' | 'clockBehindMs'>;

/** Null when nothing waits (or the conflict count is not known yet). */
export function keeperAttention(status: AttentionInput, openConflicts: number | undefined): KeeperAttention | null {
  const refused = status.rejected.length;
  const conflicts = openConflicts ?? 0;
  const unreadable = status.unreadable.length;
  const clock = clockOffMinutes(status.clockOffsetMs);
  const stamps = stampsAheadMinutes(status);
  const total = refused + conflicts + unreadable + (clock === null && stamps === null ? 0 : 1);
  return total > 0
    ? { refused, conflicts, unreadable, clockOffMinutes: clock, stampsAheadMinutes: stamps, serverClockKnown: status.clockOffsetMs !== null, total }
    : null;
}

/** One sentence for the keeper: an i18n key and its values; `spanMinutes` is said as minutes, hours or days. */
export interface AttentionSentence {
  key: string;
  params: Record<string, number>;
  spanMinutes?: number;
}

/** The sentences about the clock: the server's comparison first, else what the records' stamps show. */
export function clockSentences(attention: Pick<KeeperAttention, 'clockOffMinutes' | 'stampsAheadMinutes' | 'serverClockKnown'>): AttentionSentence[] {
  const minutes = attention.clockOffMinutes;
  if (minutes !== null) {
    return [{ key: minutes > 0 ? 'sync.indicator.clockAhead' : 'sync.indicator.clockBehind', params: {}, spanMinutes: Math.abs(minutes) }];
  }
  const ahead = attention.stampsAheadMinutes;
  if (ahead === null) return [];
  return [{ key: attention.serverClockKnown ? 'sync.indicator.stampsAhead' : 'sync.indicator.clockBehindStamps', params: {}, spanMinutes: ahead }];
}

/** The sentences for the header's tooltip, most urgent first. */
export function attentionSentences(attention: KeeperAttention): AttentionSentence[] {
  const out: AttentionSentence[] = [];
  if (attention.refused > 0) out.push({ key: 'sync.indicator.attentionRefused', params: { count: attention.refused } });
  if (attention.conflicts > 0) out.push({ key: 'sync.indicator.attentionConflicts', params: { count: attention.conflicts } });
  if (attention.unreadable > 0) out.push({ key: 'sync.indicator.attentionUnreadable', params: { count: attention.unreadable } });
  return [...out, ...clockSentences(attention)];
}

const HOUR = 60;
const DAY = 24 * HOUR;

/** A clock's error as a person says it: minutes up to two hours, hours up to two days, then days. */
export function saySpan(minutes: number, t: TFunction): string {
  if (minutes < 2 * HOUR) return t('sync.span.minutes', { count: minutes });
  if (minutes < 2 * DAY) return t('sync.span.hours', { count: Math.round(minutes / HOUR) });
  return t('sync.span.days', { count: Math.round(minutes / DAY) });
}

export function say(sentence: AttentionSentence, t: TFunction): string {
  const span = sentence.spanMinutes === undefined ? {} : { span: saySpan(sentence.spanMinutes, t) };
  return t(sentence.key, { ...sentence.params, ...span });
}
