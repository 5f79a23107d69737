import { DatePicker, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedPeriod, TYPED_PERIOD_MESSAGE_KEYS, type PeriodKind, type TypedPeriodProblem } from '../../domain/typedPeriod';
import { typedTextHandlers } from './typedCommit';

const VALUE_FORMAT: Readonly<Record<PeriodKind, string>> = { month: 'YYYY-MM', year: 'YYYY' };

export interface PeriodInputProps {
  kind: PeriodKind;
  /** 'YYYY-MM' for a month, 'YYYY' for a year. */
  value: string;
  /** Called only with a period that was read; refused text stays in the box with its message. */
  onChange: (value: string) => void;
  /** How the period is shown (default the value's own form); typing is read the same way whatever it is. */
  displayFormat?: string;
  placeholder?: string;
  width?: number;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * A month or year field outside a form (a report's period, the activity list's month): the panel, or a
 * period typed in any spelling typedPeriod reads, taken on Enter or when the keeper leaves the field.
 * What cannot be read stays on screen, marked, with a message quoting it; the period shown does not change.
 */
export function PeriodInput({ kind, value, onChange, displayFormat, width, ...rest }: PeriodInputProps) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<{ text: string; problem: TypedPeriodProblem } | null>(null);
  const format = VALUE_FORMAT[kind];
  const shown = useMemo(() => {
    const d = dayjs(value, format, true);
    return d.isValid() ? d : null;
  }, [value, format]);

  const take = (next: string) => {
    setRefused(null);
    if (next !== value) onChange(next);
  };
  const commit = (text: string) => {
    const trimmed = text.trim();
    // An emptied box keeps the period it showed: a list or report always has one.
    if (trimmed === '') return setRefused(null);
    const read = parseTypedPeriod(kind, trimmed);
    if (read.ok) take(read.value);
    else setRefused({ text: trimmed, problem: read.problem });
  };

  return (
    <Flex vertical gap={2}>
      <DatePicker
        {...rest}
        picker={kind}
        value={shown}
        format={[displayFormat ?? format]}
        allowClear={false}
        preserveInvalidOnBlur
        status={refused ? 'error' : undefined}
        onChange={(d: Dayjs | null) => {
          if (d) take(d.format(format));
        }}
        {...typedTextHandlers(commit)}
        style={{ width: width ?? 130 }}
      />
      {refused ? (
        <Typography.Text type="danger" role="alert" data-testid="period-input-error">
          {t(TYPED_PERIOD_MESSAGE_KEYS[refused.problem], { text: refused.text, context: kind })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
