import type { Locator } from 'playwright-core';
import { Screen } from './Screen';

export type HomeFigure = 'sessions' | 'hours' | 'volunteers' | 'served';
export type FirstStep = 'volunteers' | 'teams' | 'activities';

/** The home page (page-home): this month's and this year's figures, and the first steps of a new station. */
export class HomePage extends Screen {
  protected readonly testId = 'page-home';

  monthFigure(figure: HomeFigure): Locator {
    return this.page.getByTestId(`home-month-${figure}`);
  }

  yearFigure(figure: HomeFigure): Locator {
    return this.page.getByTestId(`home-year-${figure}`);
  }

  registeredVolunteers(): Locator {
    return this.page.getByTestId('home-registered-volunteers');
  }

  teamCount(): Locator {
    return this.page.getByTestId('home-teams');
  }

  projectCount(): Locator {
    return this.page.getByTestId('home-projects');
  }

  /** The "first steps" card; gone once the station has volunteers, teams and activities. */
  firstSteps(): Locator {
    return this.page.getByTestId('home-first-steps');
  }

  async startStep(step: FirstStep): Promise<void> {
    await this.page.getByTestId(`home-step-${step}`).click();
  }
}
