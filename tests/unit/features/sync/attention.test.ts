import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { attentionSentences, keeperAttention, say as sayIt } from '../../../../src-renderer/features/sync/attention';
import { initI18n } from '../../../../src-renderer/i18n';
import type { RejectedRecord, UnreadableRecord } from '../../../../src-renderer/sync/status';

let zh: TFunction;
beforeAll(async () => {
  zh = (await initI18n('zh-CN')).getFixedT('zh-CN');
});

const refusal = (docId: string): RejectedRecord => ({ collection: 'volunteers', docId, reason: 'stationId', status: 403, at: '2026-12-01T08:00:00.000Z' });
const MINUTE = 60_000;

const unreadable = (docId: string, reason: UnreadableRecord['reason']): UnreadableRecord => ({ collection: 'volunteers', docId, reason });

interface Facts {
  unreadable?: UnreadableRecord[];
  /** How far this PC's clock is behind the latest stamp it holds. */
  clockBehindMs?: number;
}

function say(rejected: RejectedRecord[], conflicts: number | undefined, clockOffsetMs: number | null = null, facts: Facts = {}): string | null {
  const attention = keeperAttention({ rejected, clockOffsetMs, unreadable: facts.unreadable ?? [], clockBehindMs: facts.clockBehindMs ?? 0 }, conflicts);
  if (!attention) return null;
  const sentences = attentionSentences(attention).map((sentence) => sayIt(sentence, zh));
  return `${zh('sync.indicator.attention', { count: attention.total })} — ${sentences.join('；')}`;
}

describe('what the header says needs the keeper, whatever the phase', () => {
  it('says nothing when nothing waits, or before the conflict count or the server clock is known', () => {
    expect(say([], 0)).toBeNull();
    expect(say([], undefined, null)).toBeNull();
  });

  it('counts refused records and open conflicts, and says which in Chinese', () => {
    expect(say([refusal('volunteer:1'), refusal('volunteer:2')], 0)).toBe('待处理 2 — 服务器拒收了 2 条记录，请在同步页查看原因并修改');
    expect(say([], 3)).toBe('待处理 3 — 有 3 处冲突（两台电脑改了同一条记录）等您确认');
    expect(say([refusal('volunteer:1')], 2)).toBe('待处理 3 — 服务器拒收了 1 条记录，请在同步页查看原因并修改；有 2 处冲突（两台电脑改了同一条记录）等您确认');
  });

  it('a PC clock more than 10 minutes off the server’s is one thing to do, said with its direction; within 10 it is not', () => {
    expect(say([], 0, 10 * MINUTE)).toBeNull();
    expect(say([], 0, -9 * MINUTE)).toBeNull();
    // The server is a day ahead: this PC's clock is behind (a flat CMOS battery).
    expect(say([], 0, 24 * 60 * MINUTE)).toBe('待处理 1 — 本机时钟比服务器慢约 24 小时，请把电脑的日期和时间调准（记录上的时间会不准）');
    expect(say([], 1, -11 * MINUTE)).toBe(
      '待处理 2 — 有 1 处冲突（两台电脑改了同一条记录）等您确认；本机时钟比服务器快约 11 分钟，请把电脑的日期和时间调准（记录上的时间会不准）',
    );
  });

  it('records on the server this app cannot read count one each, and say where to look', () => {
    expect(say([], 0, null, { unreadable: [unreadable('volunteer:1', 'newerMajor'), unreadable('volunteer:2', 'invalid')] })).toBe(
      '待处理 2 — 市级服务器上有 2 条记录本程序读不了，已原样保留在服务器上，请在同步页查看',
    );
    expect(say([refusal('volunteer:3')], 1, null, { unreadable: [unreadable('volunteer:1', 'newerMajor')] })).toMatch(/^待处理 3 — 服务器拒收了 1 条.*；有 1 处冲突.*；市级服务器上有 1 条记录本程序读不了/);
  });

  it('a PC clock behind the latest record it holds is one thing to do even with no server known; within 10 minutes it is not', () => {
    expect(say([], 0, null, { clockBehindMs: 9 * MINUTE })).toBeNull();
    // Set back a year with no server to ask: the records' own stamps tell.
    expect(say([], 0, null, { clockBehindMs: 365 * 24 * 60 * MINUTE })).toBe(
      '待处理 1 — 本机时钟比已保存的最新记录慢约 365 天（可能被调回过，或主板电池没电了），请把电脑的日期和时间调准。调准之前，新记录的时间排在最新记录之后，不会丢失',
    );
    expect(say([], 0, null, { clockBehindMs: 90 * MINUTE })).toContain('慢约 90 分钟');
  });

  it('when the server says this PC’s clock is right, a later stamp is another PC’s fast clock; when it says the clock is behind, that is said once', () => {
    expect(say([], 0, 0, { clockBehindMs: 3 * 24 * 60 * MINUTE })).toBe(
      '待处理 1 — 本站有记录上的时间比现在晚约 3 天（曾有电脑的时钟快了），本机新记录的时间会排在它之后。请检查本站各台电脑的日期和时间',
    );
    expect(say([], 0, 2 * 24 * 60 * MINUTE, { clockBehindMs: 2 * 24 * 60 * MINUTE })).toBe(
      '待处理 1 — 本机时钟比服务器慢约 2 天，请把电脑的日期和时间调准（记录上的时间会不准）',
    );
  });
});
