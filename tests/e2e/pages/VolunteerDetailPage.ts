import type { Locator } from 'playwright-core';
import { confirmPopconfirm } from './antd';
import { Screen } from './Screen';

/** One volunteer's page (page-volunteer-detail): profile with the full ID number, hours, activities. */
export class VolunteerDetailPage extends Screen {
  protected readonly testId = 'page-volunteer-detail';

  name(): Locator {
    return this.page.getByTestId('volunteer-name');
  }

  /** Shown in full here only. */
  idNumber(): Locator {
    return this.page.getByTestId('volunteer-id-number');
  }

  /** Total service hours, as text ("12.5"). */
  hoursTotal(): Locator {
    return this.page.getByTestId('volunteer-hours-total');
  }

  hoursByYearRows(): Locator {
    return this.page.getByTestId('volunteer-hours-by-year').locator('tbody tr.ant-table-row');
  }

  activityRows(): Locator {
    return this.page.getByTestId('volunteer-activities').locator('tbody tr.ant-table-row');
  }

  async edit(): Promise<void> {
    await this.page.getByTestId('edit-button').click();
  }

  async deactivate(): Promise<void> {
    await this.page.getByTestId('deactivate-button').click();
    await confirmPopconfirm(this.page);
  }

  async reactivate(): Promise<void> {
    await this.page.getByTestId('reactivate-button').click();
  }

  /** Deletes after the confirmation; the app goes back to the list, where 撤销 is offered. */
  async delete(): Promise<void> {
    await this.page.getByTestId('delete-button').click();
    await this.page.getByTestId('confirm-delete').click();
  }
}
