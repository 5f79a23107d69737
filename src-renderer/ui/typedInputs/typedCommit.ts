import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';

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

/** Inputs focused and not yet clicked or typed in since. */
const selectedByFocus = new WeakSet<HTMLInputElement>();

/**
 * Typing into a field that already holds a value replaces it instead of appending to it, whether the
 * keeper reaches it with Tab or clicks into it (see keepFocusSelection).
 */
export function selectAllOnFocus(event: FocusEvent<HTMLElement>): void {
  if (!(event.target instanceof HTMLInputElement)) return;
  event.target.select();
  selectedByFocus.add(event.target);
}

/**
 * On mouse-down: the first click into a box leaves its whole text selected, so that what is typed next
 * replaces it. Left to itself the browser puts the caret where the pointer is, also after a focus handler
 * selected the text, and a date typed there went into the middle of the one shown ("2026-12-0202612104").
 * So a click into a box without focus focuses it here (selectAllOnFocus selects), and the first click
 * into a box Tab has just selected keeps the selection. Later clicks place the caret, to mend a digit.
 */
export function keepFocusSelection(event: MouseEvent<HTMLElement>): void {
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.disabled || event.button !== 0) return;
  if (target !== document.activeElement) {
    event.preventDefault();
    target.focus();
  } else if (selectedByFocus.has(target)) {
    event.preventDefault();
  }
}

/** A click, a key pressed in the box, or leaving it: from then on the mouse places the caret as usual. */
export function forgetFocusSelection(event: FocusEvent<HTMLElement> | KeyboardEvent<HTMLElement> | MouseEvent<HTMLElement>): void {
  if (event.target instanceof HTMLInputElement) selectedByFocus.delete(event.target);
}

/**
 * Focus, leaving and Enter of a box whose text is read when the typing is over: focus selects the text
 * and the first click keeps it selected (on mouse-down: antd's pickers pass on mouse-down and click, not
 * mouse-up), leaving or Enter hands it to `commit`, and Enter never submits the form (the browser would
 * submit the value held before the typing).
 */
export function typedTextHandlers(commit: (text: string) => void) {
  return {
    onFocus: selectAllOnFocus,
    onMouseDown: keepFocusSelection,
    onClick: forgetFocusSelection,
    onBlur: (event: FocusEvent<HTMLElement>) => {
      forgetFocusSelection(event);
      commit(inputText(event));
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      forgetFocusSelection(event);
      if (event.key !== 'Enter') return;
      event.preventDefault();
      commit(inputText(event));
    },
  };
}
