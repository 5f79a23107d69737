import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { RangePreset } from '../typedInputs/DateRangeInput';

const range = (from: Dayjs, to: Dayjs) => ({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });

/** 本月, 上月, 本年, 上年 from `today`: the periods a printed ledger is usually asked for. */
export function periodPresets(today: string, t: TFunction): RangePreset[] {
  const now = dayjs(today);
  const lastMonth = now.subtract(1, 'month');
  const lastYear = now.subtract(1, 'year');
  return [
    { label: t('reports.ledger.presets.thisMonth'), range: range(now.startOf('month'), now.endOf('month')) },
    { label: t('reports.ledger.presets.lastMonth'), range: range(lastMonth.startOf('month'), lastMonth.endOf('month')) },
    { label: t('reports.ledger.presets.thisYear'), range: range(now.startOf('year'), now.endOf('year')) },
    { label: t('reports.ledger.presets.lastYear'), range: range(lastYear.startOf('year'), lastYear.endOf('year')) },
  ];
}
