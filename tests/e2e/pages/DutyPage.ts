import type { Locator } from 'playwright-core';
import { AntdForm, chooseOption, inputOf, typeDate } from './antd';
import { Screen } from './Screen';

/** 值守岗位 (page-duty): the posts. */
export class DutyPostsPage extends Screen {
  protected readonly testId = 'page-duty';
  readonly form = new AntdForm(this.page, 'dutyPost');

  /** `field`: the service field as shown, found by what the keeper types (e.g. its initials). */
  async addPost(name: string, place: string, field?: { text: string; typed: string }): Promise<void> {
    await this.page.getByTestId('add-post').click();
    await this.form.fill('name', name);
    await this.form.fill('place', place);
    if (field) await chooseOption(this.page, this.form.control('field'), field.text, field.typed);
    await this.page.getByTestId('post-save').click();
  }

  async openPost(name: string): Promise<void> {
    await this.page.getByTestId('post-row').filter({ hasText: name }).first().click();
  }
}

/** One post's schedule (page-duty-post) with 添加班次. */
export class DutyPostPage extends Screen {
  protected readonly testId = 'page-duty-post';
  readonly form = new AntdForm(this.page, 'shiftRun');

  async addRun(run: { from: string; to: string; start: string; end: string; needed: number }): Promise<void> {
    await this.form.date('from', run.from);
    await this.form.date('to', run.to);
    await this.form.date('startTime', run.start);
    await this.form.date('endTime', run.end);
    await this.form.fill('needed', String(run.needed));
    await this.page.getByTestId('run-submit').click();
  }

  shiftRows(): Locator {
    return this.page.getByTestId('shift-row');
  }
}

/** 值守签到 (page-duty-sign-in): the station PC as the sign-in desk. */
export class SignInDeskPage extends Screen {
  protected readonly testId = 'page-duty-sign-in';

  async setDate(isoDate: string): Promise<void> {
    await typeDate(inputOf(this.page.getByTestId('desk-date')), isoDate);
  }

  /** Types the time instead of the PC clock's. */
  async setTime(time: string): Promise<void> {
    await typeDate(inputOf(this.page.getByTestId('desk-time')), time);
  }

  /** Finds the person by what is typed and confirms with the one Enter. */
  async sign(name: string, typed: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('desk-search'), name, typed);
  }

  row(name: string): Locator {
    return this.page.getByTestId('desk-row').filter({ has: this.page.getByTestId('desk-name').filter({ hasText: name }) });
  }

  rowsIn(state: 'in' | 'out' | 'none'): Locator {
    return this.page.getByTestId('desk-row').filter({ has: this.page.getByTestId(`desk-state-${state}`) });
  }
}

/** One shift (page-duty-shift): sign-ups, sign-ins with their credited hours and review notes. */
export class ShiftPage extends Screen {
  protected readonly testId = 'page-duty-shift';

  attendanceRow(name: string): Locator {
    return this.page.getByTestId('attendance-row').filter({ has: this.page.getByTestId('attendance-name').filter({ hasText: name }) });
  }
}
