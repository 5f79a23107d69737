import type { FocusEvent, KeyboardEvent } from 'react';

/** The text in the field an event came from ('' if it did not come from an input). */
export function inputText(event: FocusEvent<HTMLElement> | KeyboardEvent<HTMLElement>): string {
  return event.target instanceof HTMLInputElement ? event.target.value : '';
}

/**
 * What the form receives once typing is over: the normalised value, '' for an emptied field, or the text
 * itself when it cannot be read, so that the field's rule refuses it with a message quoting it. Never
 * the old value: the keeper's typing is never dropped silently.
 */
export function committedValue(text: string, parse: (text: string) => string | null): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return parse(trimmed) ?? trimmed;
}

/** Typing into a field that already holds a value replaces it instead of appending to it. */
export function selectAllOnFocus(event: FocusEvent<HTMLElement>): void {
  if (event.target instanceof HTMLInputElement) event.target.select();
}

/**
 * Focus, leaving and Enter of a box whose text is read when the typing is over: focus selects the text,
 * leaving or Enter hands it to `commit`, and Enter never submits the form (the browser would submit the
 * value held before the typing).
 */
export function typedTextHandlers(commit: (text: string) => void) {
  return {
    onFocus: selectAllOnFocus,
    onBlur: (event: FocusEvent<HTMLElement>) => commit(inputText(event)),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      commit(inputText(event));
    },
  };
}
