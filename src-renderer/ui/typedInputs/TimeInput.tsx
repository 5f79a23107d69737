import { TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { parseTypedTime } from '../../domain/typedTime';
import { useTypedPickerValue } from './typedPickerValue';

const TIME_FORMAT = 'HH:mm';
/** Fixed width, as for dates: other spellings (930, 9点半) are read by parseTypedTime when typing is over. */
const PICKER_FORMATS = [TIME_FORMAT];

const readTime = (text: string): string | null => {
  const time = parseTypedTime(text);
  return time.ok ? time.time : null;
};

export interface TimeInputProps {
  id?: string;
  /** 'HH:mm', '' when empty, or refused text (25:00) the field's rule reports. */
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  autoFocus?: boolean;
  'data-testid'?: string;
}

/**
 * A time field: the panel, or a time typed in any spelling parseTypedTime reads, taken on Enter or when
 * the keeper moves on. No confirm button, so a typed time counts without the mouse; Enter never submits
 * the form.
 */
export function TimeInput({ value, onChange, ...rest }: TimeInputProps) {
  const { shown, handlers } = useTypedPickerValue(value, onChange, readTime, TIME_FORMAT);
  return (
    <TimePicker
      {...rest}
      value={shown}
      format={PICKER_FORMATS}
      needConfirm={false}
      allowClear={false}
      showNow={false}
      minuteStep={5}
      preserveInvalidOnBlur
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(TIME_FORMAT) : '')}
      {...handlers}
      style={{ width: '100%' }}
    />
  );
}
