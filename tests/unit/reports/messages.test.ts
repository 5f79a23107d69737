import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src-renderer/i18n';
import { COMPARED_METRICS } from '../../../src-renderer/domain/reports/comparison';

const SRC = join(import.meta.dirname, '../../../src-renderer');
const DIRS = ['features/reports', 'features/certificates', 'ui/print'];
const KEY_IN_CODE = /['`]((?:reports|certificates|common|validation|catalog)\.[\w.]+)['`]/g;

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN);
}

describe('report, ledger, sign-in and certificate screens text', () => {
  it('has a Chinese message for every key the screens use', () => {
    const keys = new Set<string>();
    for (const dir of DIRS) {
      for (const file of readdirSync(join(SRC, dir)).filter((f) => /\.tsx?$/.test(f))) {
        for (const match of readFileSync(join(SRC, dir, file), 'utf8').matchAll(KEY_IN_CODE)) keys.add(match[1] ?? '');
      }
    }
    for (const metric of COMPARED_METRICS) keys.add(`reports.report.metrics.${metric}`);
    for (const status of ['valid', 'revoked', 'registerAltered', 'codeMismatch', 'unknownNumber']) keys.add(`certificates.verify.result.${status}`);
    for (const preset of ['thisYear', 'lastYear', 'all']) keys.add(`certificates.issue.presets.${preset}`);
    for (const key of ['certificates.issue.noService', 'certificates.issue.periodAfterIssue', 'certificates.issue.noStation']) keys.add(key);
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((key) => typeof lookup(key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('words the comparison with no data last year as the inspection forms do', () => {
    expect(zhCN.reports.report.summary.noData).toBe('去年同期无数据');
    expect(zhCN.certificates.document.title).toBe('志愿服务记录证明');
  });
});
