import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTypedPeriod } from '../../../src-renderer/domain/typedPeriod';
import { initI18n } from '../../../src-renderer/i18n';
import { isWholeRange, rangeProblem, typedDateMessage } from '../../../src-renderer/ui/typedInputs/typedRules';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('a ledger or export range typed into two date boxes', () => {
  it('is a range when both are real days in order, whatever days they are', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(isWholeRange({ from, to })).toBe(true);
        expect(rangeProblem({ from, to }, t)).toBeNull();
      }),
    );
  });

  it('says which box holds what it cannot read, quoting it', () => {
    expect(rangeProblem({ from: '2026-13-01', to: '2026-12-31' }, t)).toBe('“2026-13-01”这一天不存在，请核对月和日');
    expect(rangeProblem({ from: '2026-01-01', to: '12/31/2026' }, t)).toContain('“12/31/2026”不是能认出的日期写法');
    expect(typedDateMessage(t, '2026-11-20')).toBeNull();
  });

  it('says when the last day comes before the first, and when a box is empty', () => {
    expect(rangeProblem({ from: '2026-12-31', to: '2026-01-01' }, t)).toBe('结束日期不能早于开始日期，请调整');
    expect(isWholeRange({ from: '2026-12-31', to: '2026-01-01' })).toBe(false);
    expect(rangeProblem({ from: '', to: '2026-01-01' }, t)).toBe('请填写开始和结束两个日期');
  });
});

describe('a report or list period typed as a month or a year', () => {
  it('is held as YYYY-MM or YYYY', () => {
    expect(parseTypedPeriod('month', '2026年3月')).toEqual({ ok: true, value: '2026-03' });
    expect(parseTypedPeriod('month', '2026/3')).toEqual({ ok: true, value: '2026-03' });
    expect(parseTypedPeriod('year', '2026年')).toEqual({ ok: true, value: '2026' });
  });

  it('is refused with a reason the message names, never read as another period', () => {
    expect(parseTypedPeriod('month', '2026-13')).toEqual({ ok: false, problem: 'noSuchMonth' });
    expect(parseTypedPeriod('year', '2026-03')).toEqual({ ok: false, problem: 'format' });
    expect(t('validation.typedPeriod.format', { text: '26/3', context: 'month' })).toContain('“26/3”不是能认出的月份写法');
    expect(t('validation.typedPeriod.format', { text: '26', context: 'year' })).toContain('“26”不是能认出的年份');
  });
});
