import { z } from 'zod';
import { citySetupScopeSchema, type CitySetupFile } from '../../domain/citySetupFile';
import { getSetting, type LocalDb, putSetting } from '../../data/local/localDb';
import type { DesktopApi } from '../../platform/api';

/**
 * Whether this PC is a city or county administrator's dashboard, and of what. Kept in the local settings
 * without the password, which goes where a station's goes (DesktopApi.saveCredentials: the OS keychain on
 * the desktop). A PC in this mode opens no ledger database and runs no sync: it keeps no station data.
 */
const CITY_DASHBOARD_KEY = 'cityDashboard';

export const cityDashboardSchema = z.object({
  serverUrl: z.string(),
  database: z.string(),
  scope: citySetupScopeSchema,
  city: z.string(),
  intranetHttp: z.boolean(),
});
export type CityDashboard = z.infer<typeof cityDashboardSchema>;

export async function readCityDashboard(local: LocalDb): Promise<CityDashboard | null> {
  const parsed = cityDashboardSchema.safeParse(await getSetting(local, CITY_DASHBOARD_KEY));
  return parsed.success ? parsed.data : null;
}

type Credentials = Pick<DesktopApi, 'saveCredentials' | 'clearCredentials'>;

/**
 * The mode first, then the set-up file's account as this PC's credentials: stopped between the two, the PC
 * opens a dashboard without a password (and says so), never a station whose sync would pull the roll-up.
 */
export async function enterCityDashboard(local: LocalDb, credentials: Credentials, file: CitySetupFile): Promise<void> {
  const dashboard: CityDashboard = { serverUrl: file.serverUrl, database: file.database, scope: file.scope, city: file.city, intranetHttp: file.intranetHttp === true };
  await putSetting(local, CITY_DASHBOARD_KEY, dashboard);
  await credentials.saveCredentials({ serverUrl: file.serverUrl, database: file.database, username: file.username, password: file.password });
}

/** The password first, for the same reason in reverse. */
export async function leaveCityDashboard(local: LocalDb, credentials: Credentials): Promise<void> {
  await credentials.clearCredentials();
  await local.settings.delete(CITY_DASHBOARD_KEY);
}
