import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { attentionSentences, keeperAttention } from '../../../../src-renderer/features/sync/attention';
import { initI18n } from '../../../../src-renderer/i18n';
import type { RejectedRecord } from '../../../../src-renderer/sync/status';

let zh: TFunction;
beforeAll(async () => {
  zh = (await initI18n('zh-CN')).getFixedT('zh-CN');
});

const refusal = (docId: string): RejectedRecord => ({ collection: 'volunteers', docId, reason: 'stationId', status: 403, at: '2026-12-01T08:00:00.000Z' });
const MINUTE = 60_000;

function say(rejected: RejectedRecord[], conflicts: number | undefined, clockOffsetMs: number | null = null): string | null {
  const attention = keeperAttention({ rejected, clockOffsetMs }, conflicts);
  if (!attention) return null;
  const sentences = attentionSentences(attention).map(({ key, params }) => zh(key, params));
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
    expect(say([], 0, 24 * 60 * MINUTE)).toBe('待处理 1 — 本机时钟比服务器慢约 1440 分钟，请把电脑的日期和时间调准（记录上的时间会不准）');
    expect(say([], 1, -11 * MINUTE)).toBe(
      '待处理 2 — 有 1 处冲突（两台电脑改了同一条记录）等您确认；本机时钟比服务器快约 11 分钟，请把电脑的日期和时间调准（记录上的时间会不准）',
    );
  });
});
