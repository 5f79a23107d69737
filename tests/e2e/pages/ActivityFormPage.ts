import type { Locator } from 'playwright-core';
import { AntdForm, chooseOption, confirmPopconfirm, inputOf, typeDate } from './antd';
import { Screen } from './Screen';

/** What a keeper enters for an activity; selects take their Chinese labels or names. */
export interface ActivityFormInput {
  title?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  /** Service field label, e.g. '卫生健康'. */
  field?: string;
  /** What the keeper types to find the field (default its label), e.g. '广场舞' for 文化文艺. */
  fieldSearch?: string;
  project?: string;
  team?: string;
  theme?: string;
  servedCount?: number;
  /** Labels, e.g. '独居老人'. */
  servedGroups?: string[];
  summary?: string;
}

/** New, copied and edited activities (page-activity-form), form name "activity". */
export class ActivityFormPage extends Screen {
  protected readonly testId = 'page-activity-form';
  readonly form = new AntdForm(this.page, 'activity');

  async fill(a: ActivityFormInput): Promise<void> {
    const f = this.form;
    if (a.title !== undefined) await f.fill('title', a.title);
    if (a.date !== undefined) await f.date('date', a.date);
    if (a.startTime !== undefined) await typeDate(f.control('startTime'), a.startTime);
    if (a.endTime !== undefined) await typeDate(f.control('endTime'), a.endTime);
    if (a.place !== undefined) await f.fill('place', a.place);
    if (a.field !== undefined) await f.choose('field', a.field, a.fieldSearch);
    if (a.project !== undefined) await f.choose('projectId', a.project);
    if (a.team !== undefined) await f.choose('teamId', a.team);
    if (a.theme !== undefined) await f.fill('theme', a.theme);
    if (a.servedCount !== undefined) await f.fill('servedCount', String(a.servedCount));
    if (a.servedGroups !== undefined) await f.chooseMany('servedGroups', a.servedGroups);
    if (a.summary !== undefined) await f.fill('summary', a.summary);
  }

  /** Adds one person by typing (name, pinyin or initials) and Enter; `name` is what the option shows. */
  async addParticipant(name: string, search: string = name): Promise<void> {
    await chooseOption(this.page, this.page.locator('#activity_participantSearch'), name, search);
  }

  /** Adds every active member of a team. */
  async addTeamMembers(teamName: string): Promise<void> {
    await chooseOption(this.page, this.page.locator('#activity_addTeam'), teamName);
  }

  participantRows(): Locator {
    return this.page.getByTestId('participant-row');
  }

  participantRow(name: string): Locator {
    return this.participantRows().filter({ has: this.page.getByTestId('participant-name').filter({ hasText: name }) });
  }

  async setHours(name: string, hours: number): Promise<void> {
    const input = inputOf(this.participantRow(name).first().getByTestId('participant-hours'));
    await input.fill(String(hours));
    await input.press('Tab');
  }

  async removeParticipant(name: string): Promise<void> {
    await this.participantRow(name).first().getByTestId('remove-participant').click();
  }

  /** "n 人，共 h 小时" under the participant table. */
  participantsSummary(): Locator {
    return this.page.getByTestId('participants-summary');
  }

  /** Problems with the participants, e.g. someone's day passing 24 hours. */
  participantsError(): Locator {
    return this.form.error('participants');
  }

  error(field: keyof ActivityFormInput | 'participants'): Locator {
    const ids: Partial<Record<string, string>> = { project: 'projectId', team: 'teamId' };
    return this.form.error(ids[field] ?? field);
  }

  copiedNotice(): Locator {
    return this.page.getByTestId('copied-notice');
  }

  async copyLast(): Promise<void> {
    await this.page.getByTestId('copy-last-activity').click();
  }

  async save(): Promise<void> {
    await this.form.submit();
  }

  async delete(): Promise<void> {
    await this.page.getByTestId('delete-activity').click();
    await confirmPopconfirm(this.page);
  }
}
