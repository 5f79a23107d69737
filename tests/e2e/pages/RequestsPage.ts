import type { Locator } from 'playwright-core';
import { AntdForm, chooseOption, confirmPopconfirm } from './antd';
import { typeLikeAPerson } from './keyboard';
import { Screen } from './Screen';

/** The side-menu entry of the requests screens. */
export const REQUESTS_NAV = '群众点单';

/** One row of the requests list as the keeper reads it. */
export interface RequestListRow {
  resident: string;
  phone: string;
  need: string;
  state: string;
  overdue: boolean;
}

/** 群众点单 (page-requests): the tabs by state with their counts, the list, 登记需求. */
export class RequestsPage extends Screen {
  protected readonly testId = 'page-requests';

  async add(): Promise<void> {
    await this.page.getByTestId('new-request-button').click();
  }

  /** A tab's label with its count ("待派单 1"), by its key (all, pending, overdue, rated …). */
  tab(key: string): Locator {
    return this.page.getByTestId(`request-tab-${key}`);
  }

  rows(): Locator {
    return this.page.getByTestId('request-row');
  }

  async read(): Promise<RequestListRow[]> {
    const read: RequestListRow[] = [];
    for (const row of await this.rows().all()) {
      const cell = async (id: string) => (await row.getByTestId(id).innerText()).trim();
      read.push({
        resident: await cell('request-resident'),
        phone: await cell('request-phone'),
        need: await cell('request-need'),
        state: await cell('request-state'),
        overdue: (await row.getByTestId('request-overdue').count()) > 0,
      });
    }
    return read;
  }

  async open(resident: string): Promise<void> {
    await this.rows().filter({ hasText: resident }).first().getByTestId('open-request').click();
  }
}

/** 登记群众需求 / 修改需求 (page-request-form), form name "request"; the resident's name has the focus. */
export class RequestFormPage extends Screen {
  protected readonly testId = 'page-request-form';
  readonly form = new AntdForm(this.page, 'request');

  /** Replaces a box's content by typing at human speed (dates as typed, too), then leaves it with Tab. */
  async type(field: 'residentName' | 'villageGroup' | 'phone' | 'need' | 'receivedDate' | 'wantedDate', text: string): Promise<void> {
    await this.form.control(field).focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await typeLikeAPerson(this.page, text);
    await this.page.keyboard.press('Tab');
  }

  /** The service field, found by what the keeper types (pinyin initials). */
  async chooseField(label: string, typed: string): Promise<void> {
    await chooseOption(this.page, this.form.control('field'), label, typed);
  }

  async urgent(): Promise<void> {
    await this.form.item('urgency').getByText('紧急', { exact: true }).click();
  }

  async save(): Promise<void> {
    await this.form.submit();
  }
}

/** A request's page (page-request): its details, the buttons of its steps, their dialogs and 办理经过. */
export class RequestDetailPage extends Screen {
  protected readonly testId = 'page-request';

  state(): Locator {
    return this.page.getByTestId('request-details').getByTestId('request-state');
  }

  action(action: string): Locator {
    return this.page.getByTestId(`request-action-${action}`);
  }

  /** The buttons the request offers now, by their Chinese labels. */
  async actions(): Promise<string[]> {
    return (await this.page.locator('[data-testid^="request-action-"]').allInnerTexts()).map((s) => s.replace(/\s+/g, ''));
  }

  /** The open step dialog's form (named step_<action>). */
  dialog(action: string): AntdForm {
    return new AntdForm(this.page, `step_${action}`);
  }

  async confirmStep(): Promise<void> {
    await this.page.getByTestId('step-ok').click();
  }

  /** Opens a step's dialog and waits until it has zoomed in (focus moves into it as it does). */
  async openStep(action: string): Promise<void> {
    await this.action(action).click();
    const dialog = this.page.locator('.ant-modal').filter({ has: this.page.getByTestId(`step-${action}`) });
    await dialog.waitFor({ state: 'visible' });
    // Typed into while it still zooms, a box can lose the first keys to the focus the dialog takes on opening.
    await dialog.evaluate(async (element: unknown) => {
      const animated = element as { getAnimations(options: { subtree: boolean }): Array<{ finished: Promise<unknown> }> };
      await Promise.all(animated.getAnimations({ subtree: true }).map((animation) => animation.finished));
    });
  }

  /** A volunteer in the 派单 dialog, found by typing their pinyin initials. */
  async dispatchTo(name: string, initials: string): Promise<void> {
    await chooseOption(this.page, this.dialog('dispatch').control('volunteerIds'), name, initials);
    // Esc closes the open list (which would lie over the dialog's buttons) and not the dialog; Tab would
    // take the highlighted person again, which in a multiple choice drops them.
    await this.page.keyboard.press('Escape');
  }

  /** The nth star (1–5) in the 评价 dialog. */
  async stars(count: number): Promise<void> {
    await this.page.locator('.ant-modal .ant-rate .ant-rate-star').nth(count - 1).locator('div').first().click();
  }

  async typeInDialog(action: string, field: string, text: string): Promise<void> {
    await this.dialog(action).control(field).focus();
    await typeLikeAPerson(this.page, text);
  }

  historyEntries(): Locator {
    return this.page.getByTestId('request-history-entry');
  }

  activityLink(): Locator {
    return this.page.getByTestId('request-activity');
  }

  async delete(): Promise<void> {
    await this.page.getByTestId('delete-request').click();
    await confirmPopconfirm(this.page);
  }
}
