import { AntdForm } from './antd';
import { Screen } from './Screen';

export interface TeamFormInput {
  name?: string;
  /** Service field label, e.g. '卫生健康'. */
  field?: string;
  foundedDate?: string;
  /** Leader and members by what the picker shows (the name is enough when it is unique). */
  leader?: string;
  members?: string[];
  description?: string;
}

/** New and edit team (page-team-form), form name "team". */
export class TeamFormPage extends Screen {
  protected readonly testId = 'page-team-form';
  readonly form = new AntdForm(this.page, 'team');

  async fill(team: TeamFormInput): Promise<void> {
    const f = this.form;
    if (team.name !== undefined) await f.fill('name', team.name);
    if (team.field !== undefined) await f.choose('field', team.field);
    if (team.foundedDate !== undefined) await f.date('foundedDate', team.foundedDate);
    if (team.leader !== undefined) await f.choose('leaderId', team.leader);
    if (team.members !== undefined) await f.chooseMany('memberIds', team.members);
    if (team.description !== undefined) await f.fill('description', team.description);
  }

  async save(): Promise<void> {
    await this.form.submit();
  }
}
