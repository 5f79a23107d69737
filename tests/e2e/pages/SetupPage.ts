import { AntdForm } from './antd';
import { Screen } from './Screen';

/** What the first-run form asks for; services and the demonstration switch are optional. */
export interface StationProfileInput {
  name: string;
  code: string;
  city?: string;
  county: string;
  center: string;
  institute: string;
  contactName: string;
  contactPhone: string;
  address: string;
  /** Labels of the free services to tick, e.g. '饮水', '阅读'. */
  services?: string[];
  demonstration?: boolean;
}

const TEXT_FIELDS = ['name', 'code', 'city', 'county', 'center', 'institute', 'contactName', 'contactPhone', 'address'] as const;

/** First run: the station profile form (page-setup), the only screen until it is saved. */
export class SetupPage extends Screen {
  protected readonly testId = 'page-setup';
  readonly form = new AntdForm(this.page, 'station');

  async fill(profile: StationProfileInput): Promise<void> {
    for (const field of TEXT_FIELDS) {
      const value = profile[field];
      if (value !== undefined) await this.form.fill(field, value);
    }
    if (profile.demonstration !== undefined) await this.form.toggle('demonstration', profile.demonstration);
    for (const service of profile.services ?? []) await this.form.tick('services', service);
  }

  async submit(): Promise<void> {
    await this.form.submit();
  }

  /** Fills, saves, and waits for the set-up page to give way to the app. */
  async setUp(profile: StationProfileInput): Promise<void> {
    await this.fill(profile);
    await this.submit();
    await this.waitUntilGone();
  }
}
