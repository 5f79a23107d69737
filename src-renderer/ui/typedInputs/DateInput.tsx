import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { parseTypedDate } from '../../domain/typedDate';
import { useTypedPickerValue } from './typedPickerValue';

export const ISO_DATE_FORMAT = 'YYYY-MM-DD';

/**
 * The only format the picker itself reads while the keeper types. It has a fixed width, so no prefix of
 * a longer date is already a date (with 'YYYY-M-D' in the list, "2026-11-2" was taken before the "0").
 * Every other spelling is read by parseTypedDate when the typing is over.
 */
const PICKER_FORMATS = [ISO_DATE_FORMAT];

const readDate = (text: string): string | null => {
  const d = parseTypedDate(text);
  return d.ok ? d.iso : null;
};

export interface DateInputProps {
  id?: string;
  /** 'YYYY-MM-DD', '' when empty, or refused text the field's rule reports. */
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  /** Days the calendar will not offer (typed ones are judged by the form's rules). */
  disabledDate?: (day: Dayjs) => boolean;
  /** Outside a Form.Item (which sets it itself), 'error' marks refused text. */
  status?: 'error';
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * Every date field of the app: the calendar, or a date typed in any spelling parseTypedDate reads, taken
 * on Enter or when the keeper leaves the field. Enter confirms the date and never submits the form.
 * No clear button: antd makes it a Tab stop between the fields; an optional date is emptied by deleting
 * its text.
 */
export function DateInput({ value, onChange, ...rest }: DateInputProps) {
  const { shown, handlers } = useTypedPickerValue(value, onChange, readDate, ISO_DATE_FORMAT);
  return (
    <DatePicker
      {...rest}
      value={shown}
      format={PICKER_FORMATS}
      allowClear={false}
      preserveInvalidOnBlur
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(ISO_DATE_FORMAT) : '')}
      {...handlers}
      style={{ width: '100%' }}
    />
  );
}
