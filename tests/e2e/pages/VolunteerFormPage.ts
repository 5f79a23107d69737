import type { Locator } from 'playwright-core';
import { AntdForm } from './antd';
import { Screen } from './Screen';

/** What a keeper types for a volunteer; labels are the Chinese option texts (e.g. politicalStatus '群众'). */
export interface VolunteerFormInput {
  name?: string;
  /** ID type label, e.g. '护照'; the form starts on 居民身份证. */
  idType?: string;
  idNumber?: string;
  /** '男' or '女'; filled from a resident ID number by the form itself. */
  gender?: string;
  birthDate?: string;
  phone?: string;
  politicalStatus?: string;
  joinDate?: string;
  /** Team names. */
  teams?: string[];
  skills?: string[];
  volunteerNo?: string;
  notes?: string;
}

/** New and edit volunteer (page-volunteer-form), form name "volunteer". */
export class VolunteerFormPage extends Screen {
  protected readonly testId = 'page-volunteer-form';
  readonly form = new AntdForm(this.page, 'volunteer');

  async fill(v: VolunteerFormInput): Promise<void> {
    const f = this.form;
    if (v.name !== undefined) await f.fill('name', v.name);
    if (v.idType !== undefined) await f.choose('idType', v.idType);
    if (v.idNumber !== undefined) await f.fill('idNumber', v.idNumber);
    if (v.gender !== undefined) await f.pick('gender', v.gender);
    if (v.birthDate !== undefined) await f.date('birthDate', v.birthDate);
    if (v.phone !== undefined) await f.fill('phone', v.phone);
    if (v.politicalStatus !== undefined) await f.choose('politicalStatus', v.politicalStatus);
    if (v.joinDate !== undefined) await f.date('joinDate', v.joinDate);
    if (v.teams !== undefined) await f.chooseMany('teamIds', v.teams);
    if (v.skills !== undefined) await f.tags('skills', v.skills);
    if (v.volunteerNo !== undefined) await f.fill('volunteerNo', v.volunteerNo);
    if (v.notes !== undefined) await f.fill('notes', v.notes);
  }

  async save(): Promise<void> {
    await this.form.submit();
  }

  /** Saves and keeps the form open, emptied (team and join date kept), for the next person. */
  async saveAndNext(): Promise<void> {
    await this.page.getByTestId('save-and-next-button').click();
  }

  /** Under the ID number when it is already someone's: whose, with a link to them. */
  duplicateNotice(): Locator {
    return this.page.getByTestId('duplicate-id');
  }

  async openDuplicate(): Promise<void> {
    await this.page.getByTestId('duplicate-link').click();
  }

  error(field: keyof VolunteerFormInput | 'teamIds'): Locator {
    return this.form.error(field === 'teams' ? 'teamIds' : field);
  }
}
