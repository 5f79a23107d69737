import type { Locator } from 'playwright-core';
import { AntdForm, chooseOption, confirmPopconfirm, visibleOption } from './antd';
import { typeLikeAPerson } from './keyboard';
import { Screen } from './Screen';

/** The side-menu entry of the honours screens. */
export const HONOURS_NAV = '表彰荣誉';

/** One row of the honours list as the keeper reads it. */
export interface HonourListRow {
  year: string;
  honour: string;
  level: string;
  honoured: string;
}

/** 表彰荣誉 (page-honours): the list with its year and kind filters, 新增表彰, edit and delete. */
export class HonoursPage extends Screen {
  protected readonly testId = 'page-honours';

  async add(): Promise<void> {
    await this.page.getByTestId('new-honour-button').click();
  }

  rows(): Locator {
    return this.page.getByTestId('honour-row');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  async read(): Promise<HonourListRow[]> {
    const read: HonourListRow[] = [];
    for (const row of await this.rows().all()) {
      const cell = async (id: string) => (await row.getByTestId(id).innerText()).trim();
      read.push({ year: await cell('honour-year'), honour: await cell('honour-label'), level: await cell('honour-level'), honoured: await cell('honour-honoured') });
    }
    return read;
  }

  /** A filter by the label of its choice (全部年度, 2024年; 全部类别, 文明家庭 …), opened with a click. */
  async filter(which: 'year' | 'kind', label: string): Promise<void> {
    await this.page.getByTestId(`honour-${which}-filter`).click();
    await visibleOption(this.page, label).click();
  }

  async delete(text: string): Promise<void> {
    await this.row(text).getByTestId('delete-button').click();
    await confirmPopconfirm(this.page);
  }
}

/** 新增表彰 / 修改表彰 (page-honour-form), form name "honour"; the kind select has the focus on opening. */
export class HonourFormPage extends Screen {
  protected readonly testId = 'page-honour-form';
  readonly form = new AntdForm(this.page, 'honour');

  /** A searchable select (kind, level, the volunteer, team or project) by typing, as a keyboard keeper does. */
  async choose(field: 'kind' | 'level' | 'linkId', optionText: string, typed: string): Promise<void> {
    await chooseOption(this.page, this.form.control(field), optionText, typed);
  }

  /** Replaces a text field's content by typing at human speed, then leaves it with Tab. */
  async type(field: 'year' | 'linkName' | 'title' | 'batch' | 'awardedBy', text: string): Promise<void> {
    const control = this.form.control(field);
    await control.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await typeLikeAPerson(this.page, text);
    await this.page.keyboard.press('Tab');
  }

  /** What a select shows as chosen (its label). */
  chosen(field: 'kind' | 'level' | 'linkId'): Locator {
    return this.page.locator('.ant-select').filter({ has: this.form.control(field) });
  }

  error(field: string): Locator {
    return this.form.error(field);
  }

  async save(): Promise<void> {
    await this.form.submit();
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('cancel-button').click();
  }
}
