import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useState } from 'react';

// Strict parsing by pattern ('YYYY-MM-DD', 'HH:mm') needs this plugin.
dayjs.extend(customParseFormat);

interface Kept {
  value: string | undefined;
  shown: Dayjs | null;
}

function parseStrict(value: string | undefined, format: string): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value, format, true);
  return d.isValid() ? d : null;
}

/**
 * The picker's value for the form's string. Two things matter: the object keeps its identity while the
 * string is unchanged (a new one on every render makes the picker rewrite the text being typed), and
 * while the form holds text that was refused, the picker keeps the last good day, so that the refused
 * text stays on screen beside its message instead of vanishing.
 *
 * The second result redraws the value as the format writes it: typed text that names the value already
 * held ("2026年1月1日" over 2026-01-01) changes nothing in the form, yet the box must show the day as read.
 * The picker rewrites its text only when the formatted value changes, so the redraw shows no value for
 * for one render and then the value again.
 */
export function useKeptValue(value: string | undefined, format: string): [Dayjs | null, () => void] {
  const [kept, setKept] = useState<Kept>(() => ({ value, shown: parseStrict(value, format) }));
  const [blank, setBlank] = useState(false);
  const redraw = () => {
    setBlank(true);
    setTimeout(() => setBlank(false), 0);
  };
  if (kept.value === value) return [blank ? null : kept.shown, redraw];
  const parsed = parseStrict(value, format);
  const shown = parsed ?? (value ? kept.shown : null);
  // Adjusting state while rendering, as React documents for state that follows a prop.
  setKept({ value, shown });
  return [shown, redraw];
}
