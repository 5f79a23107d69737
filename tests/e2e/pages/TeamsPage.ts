import type { Locator } from 'playwright-core';
import { confirmPopconfirm } from './antd';
import { Screen } from './Screen';

/** The team list (page-teams): search, team-row per team with edit and delete. */
export class TeamsPage extends Screen {
  protected readonly testId = 'page-teams';

  async search(query: string): Promise<void> {
    await this.page.getByTestId('search-input').fill(query);
  }

  rows(): Locator {
    return this.page.getByTestId('team-row');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  async newTeam(): Promise<void> {
    await this.page.getByTestId('new-team-button').click();
  }

  async open(name: string): Promise<void> {
    await this.row(name).first().getByRole('link', { name, exact: true }).click();
  }

  /** Deletes after the confirmation; members keep their records. */
  async delete(name: string): Promise<void> {
    await this.row(name).first().getByTestId('delete-button').click();
    await confirmPopconfirm(this.page);
  }
}
