import { DatePicker, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useMemo } from 'react';

// The typed formats below ('0930', '20240305') need dayjs to parse by pattern.
dayjs.extend(customParseFormat);

/*
 * No clear buttons: antd makes them a Tab stop between the fields, and these fields are required
 * anyway (select the text and type over it).
 */

/** First format is how the value is shown; the rest are also accepted when typed, so digits alone do. */
const DATE_FORMATS = ['YYYY-MM-DD', 'YYYYMMDD', 'YYYY/M/D', 'YYYY.M.D', 'YYYY-M-D'];
const TIME_FORMATS = ['HH:mm', 'HHmm', 'H:mm', 'HH：mm'];

interface StringFieldProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  autoFocus?: boolean;
  'data-testid'?: string;
}

/**
 * The picker's value as a dayjs object that keeps its identity while the string is unchanged: a new object
 * on every render of the form makes the picker rewrite the text the keeper is typing.
 */
function useParsed(value: string | undefined, format: string): Dayjs | null {
  return useMemo(() => {
    if (!value) return null;
    const d = dayjs(value, format, true);
    return d.isValid() ? d : null;
  }, [value, format]);
}

/** A date picker whose form value is a 'YYYY-MM-DD' string; the keeper may type the date. */
export function DateInput({ value, onChange, ...rest }: StringFieldProps) {
  const parsed = useParsed(value, 'YYYY-MM-DD');
  return (
    <DatePicker
      {...rest}
      value={parsed}
      format={DATE_FORMATS}
      allowClear={false}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : '')}
      style={{ width: '100%' }}
    />
  );
}

/**
 * A time picker whose form value is an 'HH:mm' string. No confirm button: a typed time counts as soon as
 * the keeper moves on, which is what keyboard entry needs.
 */
export function TimeInput({ value, onChange, ...rest }: StringFieldProps) {
  const parsed = useParsed(value, 'HH:mm');
  return (
    <TimePicker
      {...rest}
      value={parsed}
      format={TIME_FORMATS}
      needConfirm={false}
      allowClear={false}
      showNow={false}
      minuteStep={5}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('HH:mm') : '')}
      style={{ width: '100%' }}
    />
  );
}
