import type { Locator, Page } from 'playwright-core';

/**
 * How a keeper works antd controls, in one place so page models stay short: type into a searchable
 * Select and press Enter, type a date and press Enter, confirm a Popconfirm.
 */

const OPTION_TIMEOUT_MS = 10_000;

/** The open dropdown's option whose text contains `text` (antd renders options in a portal on <body>). */
export function visibleOption(page: Page, text: string): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text }).first();
}

/**
 * Picks in a searchable Select by typing: `control` is the Select's input (the element with the form
 * field's id) or its root; typing filters, Enter takes the highlighted match.
 */
export async function chooseOption(page: Page, control: Locator, text: string, search: string = text): Promise<void> {
  // Focus and the keyboard, as a keyboard-only keeper would: antd re-renders the input while it filters.
  await inputOf(control).focus();
  await page.keyboard.type(search);
  await visibleOption(page, text).waitFor({ state: 'visible', timeout: OPTION_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

/** Several values in a `mode="multiple"` Select, then closes its dropdown. */
export async function chooseOptions(page: Page, control: Locator, texts: readonly string[]): Promise<void> {
  for (const text of texts) await chooseOption(page, control, text);
  await page.keyboard.press('Escape');
}

/** Free values in a `mode="tags"` Select: each typed and taken with Enter. */
export async function enterTags(page: Page, control: Locator, tags: readonly string[]): Promise<void> {
  await inputOf(control).focus();
  for (const tag of tags) {
    await page.keyboard.type(tag);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
}

/** The <input> of a control given either the input itself or an element around it (antd varies). */
export function inputOf(control: Locator): Locator {
  return control.locator('xpath=self::input | descendant::input').first();
}

/**
 * Types a date (or time) into an antd DatePicker/TimePicker input and moves on with Tab, which commits it.
 * Not Enter: once the typed date is taken, Enter submits the whole form.
 */
export async function typeDate(input: Locator, text: string): Promise<void> {
  await input.click();
  await input.fill(text);
  await input.page().keyboard.press('Tab');
}

/** Presses the OK button of the Popconfirm that is open now. */
export async function confirmPopconfirm(page: Page): Promise<void> {
  await page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary').first().click();
}

/** The newest antd message (toast), e.g. "已保存。"; antd 6 renders each as .ant-message-notice. */
export function latestMessage(page: Page): Locator {
  return page.locator('.ant-message .ant-message-notice').last();
}

/** The message (toast) on screen whose text contains `text`, e.g. '已删除“张三”'. */
export function messageWith(page: Page, text: string): Locator {
  return page.locator('.ant-message .ant-message-notice').filter({ hasText: text }).first();
}

/** The 撤销 button of the delete notice. */
export function undoDeleteButton(page: Page): Locator {
  return page.getByTestId('undo-delete').last();
}

/**
 * One antd Form by its `name`: fields are found by the ids antd derives (`<form>_<field>`), their errors by
 * `<form>_<field>_help`; the submit button is the form's save-button.
 */
export class AntdForm {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  control(field: string): Locator {
    return this.page.locator(`#${this.name}_${field}`);
  }

  /** The Form.Item (label, control, error) holding a field. */
  item(field: string): Locator {
    return this.page.locator('.ant-form-item').filter({ has: this.control(field) }).first();
  }

  /** The field's error text below it (empty while there is none). */
  error(field: string): Locator {
    return this.page.locator(`#${this.name}_${field}_help`);
  }

  async fill(field: string, value: string): Promise<void> {
    await this.control(field).fill(value);
  }

  async choose(field: string, optionText: string, search?: string): Promise<void> {
    await chooseOption(this.page, this.control(field), optionText, search);
  }

  async chooseMany(field: string, optionTexts: readonly string[]): Promise<void> {
    await chooseOptions(this.page, this.control(field), optionTexts);
  }

  async tags(field: string, values: readonly string[]): Promise<void> {
    await enterTags(this.page, this.control(field), values);
  }

  async date(field: string, isoDate: string): Promise<void> {
    await typeDate(this.control(field), isoDate);
  }

  /** A radio button of a Radio.Group field, by its label. */
  async pick(field: string, label: string): Promise<void> {
    await this.item(field).getByRole('radio', { name: label, exact: true }).check();
  }

  /** A checkbox of a Checkbox.Group field, by its label. */
  async tick(field: string, label: string, on = true): Promise<void> {
    await this.item(field).getByRole('checkbox', { name: label, exact: true }).setChecked(on);
  }

  async toggle(field: string, on: boolean): Promise<void> {
    const control = this.control(field);
    if ((await control.getAttribute('aria-checked')) !== String(on)) await control.click();
  }

  saveButton(): Locator {
    return this.page.getByTestId('save-button');
  }

  async submit(): Promise<void> {
    await this.saveButton().click();
  }
}
