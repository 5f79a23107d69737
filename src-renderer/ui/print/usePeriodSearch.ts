import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayIso, type DateRange } from '../../domain/dates';

/** ?from=…&to=… as the activity ledger writes them; this month when missing or not a range. */
export function periodFromSearch(params: URLSearchParams, today: string): DateRange {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (isIsoDate(from) && isIsoDate(to) && from <= to) return { from, to };
  const month = dayjs(today);
  return { from: month.startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD') };
}

/**
 * A printed ledger's period in the address, so a reload or a link shows the same sheet. `today` is the
 * day the screen opened (the presets and what is overdue go by it).
 */
export function usePeriodSearch(): { period: DateRange; setPeriod: (period: DateRange) => void; today: string } {
  const [today] = useState(todayIso);
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const period = useMemo(() => periodFromSearch(new URLSearchParams(search), today), [search, today]);
  const setPeriod = (next: DateRange) => setSearchParams(new URLSearchParams({ from: next.from, to: next.to }), { replace: true });
  return { period, setPeriod, today };
}
