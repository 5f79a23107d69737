import type { Locator } from 'playwright-core';
import { chooseOption, confirmPopconfirm, inputOf, typeDate } from './antd';
import { Screen } from './Screen';

export type ActivityTotal = 'sessions' | 'hours' | 'served' | 'volunteers';

/** The activity list (page-activities): month or year, field/team/project filters, totals, activity-row. */
export class ActivitiesPage extends Screen {
  protected readonly testId = 'page-activities';

  rows(): Locator {
    return this.page.getByTestId('activity-row');
  }

  row(title: string): Locator {
    return this.rows().filter({ hasText: title });
  }

  /** The totals bar (场次, 时长, 服务人数, 参与志愿者) for what the filters show. */
  totals(): Locator {
    return this.page.getByTestId('totals');
  }

  /** One figure's value as shown, e.g. "12". */
  total(which: ActivityTotal): Locator {
    return this.page.getByTestId(`totals-${which}`).locator('.ant-statistic-content-value');
  }

  /** Month or whole-year view (the Segmented control: 按月 / 全年). */
  async showBy(kind: 'month' | 'year'): Promise<void> {
    await this.page.getByTestId('period-kind').locator('.ant-segmented-item').nth(kind === 'month' ? 0 : 1).click();
  }

  /** Types the period into the picker: '2024-03' in month view, '2024' in year view. */
  async choosePeriod(period: string): Promise<void> {
    await typeDate(inputOf(this.page.getByTestId('period-picker')), period);
  }

  async filterField(label: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('filter-field'), label);
  }

  async filterTeam(name: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('filter-team'), name);
  }

  async filterProject(name: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('filter-project'), name);
  }

  async newActivity(): Promise<void> {
    await this.page.getByTestId('new-activity').click();
  }

  async copyLast(): Promise<void> {
    await this.page.getByTestId('copy-last-activity').click();
  }

  async open(title: string): Promise<void> {
    await this.row(title).first().getByRole('link', { name: title, exact: true }).click();
  }

  async delete(title: string): Promise<void> {
    await this.row(title).first().getByTestId('delete-activity').click();
    await confirmPopconfirm(this.page);
  }
}
