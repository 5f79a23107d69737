import type { Locator, Page } from 'playwright-core';
import { chooseFiles } from './fileChooser';

/** The city's or a county's dashboard, and the first-run choice that opens it. */
export class CityDashboardPage {
  constructor(readonly page: Page) {}

  /** 市/县管理员 on the first-run page, then 导入市/县管理员设置文件 answered with `file`; waits for the dashboard. */
  async openWith(file: string): Promise<void> {
    await this.page.getByTestId('setup-role-admin').click();
    await chooseFiles(this.page.getByTestId('setup-city-import'), file);
    await this.page.getByTestId('page-city').waitFor({ timeout: 30_000 });
  }

  title(): Locator {
    return this.page.getByTestId('city-title');
  }

  /** A headline figure's number (the Statistic's value). */
  figure(key: string): Locator {
    return this.page.getByTestId(`city-figure-${key}`).locator('.ant-statistic-content-value');
  }

  lastYear(key: string): Locator {
    return this.page.getByTestId(`city-figure-${key}-last`);
  }

  countyRow(county: string): Locator {
    return this.page.getByTestId(`city-county-${county}`);
  }

  stationRow(code: string): Locator {
    return this.page.getByTestId(`city-station-${code}`);
  }

  /** A cell of a county's or station's row: sessions, hours, served, people, active, teams, projects, certificates. */
  cell(row: Locator, key: string): Locator {
    return row.getByTestId(`cell-${key}`);
  }

  /** Opens a county's stations in the table. */
  async expandCounty(county: string): Promise<void> {
    await this.countyRow(county).locator('.ant-table-row-expand-icon').click();
  }

  behind(): Locator {
    return this.page.getByTestId('city-behind');
  }

  async openHealth(): Promise<void> {
    await this.page.getByTestId('city-tab-health').click();
    await this.page.getByTestId('city-health-table').waitFor();
  }

  healthRow(code: string): Locator {
    return this.page.getByTestId(`city-health-${code}`);
  }
}
