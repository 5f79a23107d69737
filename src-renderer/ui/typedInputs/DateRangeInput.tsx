import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateRange } from '../../domain/dates';
import { DateInput } from './DateInput';
import { isWholeRange, rangeProblem, typedDateMessage } from './typedRules';

export interface RangePreset {
  label: string;
  range: DateRange;
}

export interface DateRangeInputProps {
  value: DateRange;
  /**
   * A whole range (two real dates, the first not after the second), or null while the boxes hold
   * something else: the caller then must not act on the last range as if it were what is shown.
   */
  onChange: (range: DateRange | null) => void;
  presets?: readonly RangePreset[];
  disabled?: boolean;
  'data-testid'?: string;
}


/**
 * A period from one day to another outside a form (a ledger's dates, an export's range): two DateInputs,
 * each typed in any spelling a date field reads, and optional presets. Until both make a range the boxes
 * show what was typed with what is wrong with it, and the caller is told there is no range.
 */
export function DateRangeInput({ value, onChange, presets, disabled, 'data-testid': testId }: DateRangeInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<{ shown: DateRange; typed: DateRange }>({ shown: value, typed: value });
  // A new range from outside (a preset, the address) replaces what the boxes hold.
  let typed = draft.typed;
  if (draft.shown.from !== value.from || draft.shown.to !== value.to) {
    typed = value;
    setDraft({ shown: value, typed: value });
  }
  const problem = isWholeRange(typed) ? null : rangeProblem(typed, t);

  const change = (next: DateRange) => {
    if (isWholeRange(next)) {
      setDraft({ shown: next, typed: next });
      onChange(next);
    } else {
      setDraft({ shown: value, typed: next });
      onChange(null);
    }
  };
  const box = (end: 'from' | 'to') => (
    <div style={{ width: 136 }}>
      <DateInput
        value={typed[end]}
        onChange={(text) => change({ ...typed, [end]: text })}
        disabled={disabled}
        status={problem !== null && typedDateMessage(t, typed[end]) !== null ? 'error' : undefined}
        aria-label={t(end === 'from' ? 'common.dateRange.from' : 'common.dateRange.until')}
        data-testid={testId ? `${testId}-${end}` : undefined}
      />
    </div>
  );

  return (
    <Flex vertical gap={2} data-testid={testId}>
      <Flex gap={8} align="center" wrap>
        {box('from')}
        <span>{t('common.dateRange.separator')}</span>
        {box('to')}
        {presets?.map((preset) => (
          <Button key={preset.label} size="small" type="link" disabled={disabled} onClick={() => change(preset.range)}>
            {preset.label}
          </Button>
        ))}
      </Flex>
      {problem !== null && !disabled ? (
        <Typography.Text type="danger" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {problem}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
