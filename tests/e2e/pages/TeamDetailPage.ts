import type { Locator } from 'playwright-core';
import { Screen } from './Screen';

/** One team's page (page-team-detail): field, leader and the member table. */
export class TeamDetailPage extends Screen {
  protected readonly testId = 'page-team-detail';

  memberRows(): Locator {
    return this.page.getByTestId('team-members').locator('tbody tr.ant-table-row');
  }
}
