import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { attentionSentence, keeperAttention } from '../../../../src-renderer/features/sync/attention';
import { initI18n } from '../../../../src-renderer/i18n';
import type { RejectedRecord } from '../../../../src-renderer/sync/status';

let zh: TFunction;
beforeAll(async () => {
  zh = (await initI18n('zh-CN')).getFixedT('zh-CN');
});

const refusal = (docId: string): RejectedRecord => ({ collection: 'volunteers', docId, reason: 'stationId', status: 403, at: '2026-12-01T08:00:00.000Z' });

function say(rejected: RejectedRecord[], conflicts: number | undefined): string | null {
  const attention = keeperAttention({ rejected }, conflicts);
  if (!attention) return null;
  const { key, params } = attentionSentence(attention);
  return `${zh('sync.indicator.attention', { count: attention.total })} — ${zh(key, params)}`;
}

describe('what the header says needs the keeper, whatever the phase', () => {
  it('says nothing when nothing waits, or before the conflict count is known', () => {
    expect(say([], 0)).toBeNull();
    expect(say([], undefined)).toBeNull();
  });

  it('counts refused records and open conflicts, and says which in Chinese', () => {
    expect(say([refusal('volunteer:1'), refusal('volunteer:2')], 0)).toBe('待处理 2 — 服务器拒收了 2 条记录，请在同步页查看原因并修改');
    expect(say([], 3)).toBe('待处理 3 — 有 3 处冲突（两台电脑改了同一条记录）等您确认');
    expect(say([refusal('volunteer:1')], 2)).toBe('待处理 3 — 服务器拒收了 1 条记录，另有 2 处冲突等您确认');
  });
});
