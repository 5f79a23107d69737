import type { Locator } from 'playwright-core';
import { AntdForm } from './antd';
import { Screen } from './Screen';

/** New and edit project (page-project-form), form name "project". */
export class ProjectFormPage extends Screen {
  protected readonly testId = 'page-project-form';
  readonly form = new AntdForm(this.page, 'project');

  startDate(): Locator {
    return this.form.control('startDate');
  }

  endDate(): Locator {
    return this.form.control('endDate');
  }

  error(field: 'name' | 'field' | 'startDate' | 'endDate'): Locator {
    return this.form.error(field);
  }
}

/** The project list (page-projects): one project-row per project, clicked to edit. */
export class ProjectsPage extends Screen {
  protected readonly testId = 'page-projects';

  row(name: string): Locator {
    return this.page.getByTestId('project-row').filter({ hasText: name });
  }
}
