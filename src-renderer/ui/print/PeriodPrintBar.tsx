import { Flex } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../domain/dates';
import { DateRangeInput } from '../typedInputs/DateRangeInput';
import { periodPresets } from './periodPresets';
import { PrintButton } from './PrintButton';

/**
 * The bar above a printed ledger of a period: the dates (typed, or 本月/上月/本年/上年) and 打印/导出PDF,
 * which stays off while the boxes hold something that is not a range (the sheet would not match them)
 * or the sheet is still loading.
 */
export function PeriodPrintBar({
  period,
  today,
  onPeriod,
  ready,
  suggestedName,
  landscape,
  testId,
  children,
}: {
  period: DateRange;
  today: string;
  onPeriod: (period: DateRange) => void;
  ready: boolean;
  suggestedName: string;
  landscape?: boolean;
  testId: string;
  /** More controls between the dates and the button. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [rangeTyped, setRangeTyped] = useState(true);
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <DateRangeInput
        value={period}
        presets={periodPresets(today, t)}
        data-testid={testId}
        onChange={(range) => {
          setRangeTyped(range !== null);
          if (range) onPeriod(range);
        }}
      />
      {children}
      <PrintButton landscape={landscape} disabled={!ready || !rangeTyped} suggestedName={suggestedName} />
    </Flex>
  );
}
