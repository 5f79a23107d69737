import { Input } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { HALF_HOUR } from '../../domain/hours';
import { parseTypedHours } from '../../domain/typedHours';
import { forgetFocusSelection, keepFocusSelection, selectAllOnFocus } from './typedCommit';

export interface HoursInputProps {
  value: number | null;
  /** Text the keeper typed that is not a number of hours: shown, marked, instead of the value. */
  refused?: string;
  /** Called when typing is over and what the box holds changed: the hours, or null with the refused text. */
  onChange: (hours: number | null, refused?: string) => void;
  /** Marks the box (e.g. the person's day would pass 24 hours). */
  error?: boolean;
  width?: number;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** "3" rather than "3.0"; 2.5 as typed. */
const shownHours = (hours: number | null): string => (hours === null ? '' : String(hours));

/**
 * One person's service hours, typed as people write them (3, 2.5, .5, 3小时, 3h, full-width digits) and read
 * by parseTypedHours once typing is over (Tab, Enter, leaving the box). Nothing is rounded or clamped on the
 * way: 25 stays 25 for the form to refuse by name, and text that is not a number stays on screen for the
 * form to quote. ArrowUp and ArrowDown step by half an hour, as a number box does.
 */
export function HoursInput({ value, refused, onChange, error, width, ...rest }: HoursInputProps) {
  const [typing, setTyping] = useState<string | null>(null);
  const shown = typing ?? refused ?? shownHours(value);

  const report = (hours: number | null, text?: string) => {
    if (hours !== value || text !== refused) onChange(hours, text);
  };
  const commit = (text: string) => {
    setTyping(null);
    const trimmed = text.trim();
    if (trimmed === '') return report(null);
    const hours = parseTypedHours(trimmed);
    return hours === null ? report(null, trimmed) : report(hours);
  };
  const step = (delta: number) => {
    const current = parseTypedHours(shown) ?? 0;
    setTyping(null);
    report(Math.max(0, current + delta));
  };

  return (
    <Input
      {...rest}
      value={shown}
      size="small"
      inputMode="decimal"
      autoComplete="off"
      status={error === true || refused !== undefined ? 'error' : undefined}
      style={{ width: width ?? 110 }}
      onChange={(event) => setTyping(event.target.value)}
      onFocus={selectAllOnFocus}
      onMouseDown={keepFocusSelection}
      onClick={forgetFocusSelection}
      onBlur={(event) => {
        forgetFocusSelection(event);
        commit(event.target.value);
      }}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        forgetFocusSelection(event);
        // Enter takes the hours and, as in every text box of a form, goes on to save.
        if (event.key === 'Enter') commit(event.currentTarget.value);
        else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          event.preventDefault();
          step(event.key === 'ArrowUp' ? HALF_HOUR : -HALF_HOUR);
        }
      }}
    />
  );
}
