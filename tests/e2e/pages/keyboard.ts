import type { Locator, Page } from 'playwright-core';

/**
 * A keeper at the keyboard: one key at a time at about the speed people type, so every intermediate
 * text ("2026-11-2" on the way to "2026-11-20") reaches the app as it does in real use. `fill()` hands
 * over the whole text at once and would hide exactly the bugs that typing shows.
 */
export const KEY_DELAY_MS = 70;

export async function typeLikeAPerson(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
}

/** Moves the keyboard focus to a control (what Tab would do) without a click. */
export async function focusByKeyboard(control: Locator): Promise<void> {
  await control.focus();
}

/** Focus a field, type into it and leave it with Tab: the usual way a form is filled from the keyboard. */
export async function typeIntoField(control: Locator, text: string): Promise<void> {
  await focusByKeyboard(control);
  await typeLikeAPerson(control.page(), text);
  await control.page().keyboard.press('Tab');
}
