import { AntdForm } from './antd';
import { Screen } from './Screen';

/** The 五有 items of the station standard, by their form keys (site, team, activities, projects, mechanism). */
export type FiveHaveItem = 'site' | 'team' | 'activities' | 'projects' | 'mechanism';

/** One line of the 五有 self-check: ticked or not, with an optional note. */
export interface SelfCheckInput {
  ok: boolean;
  note?: string;
}

/** What the first-run form asks for; services, the demonstration switch and the self-check are optional. */
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
  /** Labels of services the form ticks by default that this station does not offer. */
  servicesNotOffered?: string[];
  demonstration?: boolean;
  selfCheck?: Partial<Record<FiveHaveItem, SelfCheckInput>>;
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
    for (const service of profile.servicesNotOffered ?? []) await this.form.tick('services', service, false);
    for (const [item, check] of Object.entries(profile.selfCheck ?? {})) {
      await this.form.control(`selfCheck_${item}_ok`).setChecked(check.ok);
      if (check.note !== undefined) await this.form.fill(`selfCheck_${item}_note`, check.note);
    }
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
