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
 */
export function useKeptValue(value: string | undefined, format: string): Dayjs | null {
  const [kept, setKept] = useState<Kept>(() => ({ value, shown: parseStrict(value, format) }));
  if (kept.value === value) return kept.shown;
  const parsed = parseStrict(value, format);
  const shown = parsed ?? (value ? kept.shown : null);
  // Adjusting state while rendering, as React documents for state that follows a prop.
  setKept({ value, shown });
  return shown;
}
