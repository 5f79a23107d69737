import type { Locator, Page } from 'playwright-core';

/** Side-menu entries by their Chinese labels (common.nav). */
export const NAV = {
  home: '首页',
  activities: '志愿服务活动',
  volunteers: '志愿者',
  teams: '志愿服务队',
  projects: '实践项目',
  reports: '统计报表',
  records: '导入导出',
  certificates: '服务证明',
  sync: '同步',
  settings: '设置',
} as const;
export type NavEntry = keyof typeof NAV;

/** The frame around every screen once the station is set up: side menu and header. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** By its visible text: the accessible name also carries the icon's label ("user 志愿者"). */
  menuItem(entry: NavEntry): Locator {
    return this.page.getByRole('menuitem').filter({ hasText: new RegExp(`^${NAV[entry]}$`) });
  }

  async navigate(entry: NavEntry): Promise<void> {
    await this.menuItem(entry).click();
  }

  /** The station's name in the header. */
  stationName(): Locator {
    return this.page.getByTestId('station-name');
  }
}
