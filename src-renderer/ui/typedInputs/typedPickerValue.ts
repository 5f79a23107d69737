import type { Dayjs } from 'dayjs';
import { useKeptValue } from './keptValue';
import { committedValue, typedTextHandlers } from './typedCommit';

/**
 * A date or time picker inside a form: the value it shows for the form's string, and the handlers that
 * read what was typed with `read` once the typing is over and hand the form the result (see committedValue).
 */
export function useTypedPickerValue(
  value: string | undefined,
  onChange: ((value: string) => void) | undefined,
  read: (text: string) => string | null,
  format: string,
): { shown: Dayjs | null; handlers: ReturnType<typeof typedTextHandlers> } {
  const [shown, redraw] = useKeptValue(value, format);
  const commit = (text: string) => {
    const next = committedValue(text, read);
    if (next !== value) onChange?.(next);
    // Written another way ("2026/12/15"): show it as read, also when the picker already showed that day
    // before a refused text. Refused text is left as typed, beside its message.
    if (read(next) !== null && text.trim() !== next) redraw();
  };
  return { shown, handlers: typedTextHandlers(commit) };
}
