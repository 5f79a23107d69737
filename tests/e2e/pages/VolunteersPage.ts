import type { Locator } from 'playwright-core';
import { chooseOption, visibleOption } from './antd';
import { Screen } from './Screen';

/** The volunteer list (page-volunteers): search box, filters, a virtual table of volunteer-row. */
export class VolunteersPage extends Screen {
  protected readonly testId = 'page-volunteers';

  searchInput(): Locator {
    return this.page.getByTestId('search-input');
  }

  async search(query: string): Promise<void> {
    await this.searchInput().fill(query);
  }

  /** Rendered rows; the table is virtual, so a long list renders only what is in view. */
  rows(): Locator {
    return this.page.getByTestId('volunteer-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  /** "共 n 人" or "显示 n / 共 m 人", next to the filters. */
  count(): Locator {
    return this.page.getByTestId('volunteer-count');
  }

  async add(): Promise<void> {
    await this.page.getByTestId('add-volunteer').click();
  }

  async open(name: string): Promise<void> {
    await this.row(name).first().getByRole('link', { name, exact: true }).click();
  }

  /** Team filter by team name ('全部队伍'-style choices are labels too). */
  async filterTeam(label: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('filter-team'), label);
  }

  /** Status filter by its label (volunteers.status.*: active, inactive, all). */
  async filterStatus(label: string): Promise<void> {
    await this.page.getByTestId('filter-status').click();
    await visibleOption(this.page, label).click();
  }

  /** The empty state shown when the station has no volunteers yet. */
  emptyState(): Locator {
    return this.page.locator('.ant-empty');
  }
}
