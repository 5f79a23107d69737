import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CITY_SETUP_FILE_SUFFIX, CITY_SETUP_FORMAT, CITY_SETUP_VERSION, citySetupFileSchema, type CitySetupFile, type CitySetupScope } from '../../src-renderer/domain/citySetupFile';
import { type CouchClient, docPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { writeResultSchema } from '../couch/responses';
import { CITY_USER_NAME, CITY_VIEWER_ROLE, cityUserNames, countyNames, ROLLUP_DB, USERS_DB } from '../layout';
import { messages } from '../messages';
import { assertWritableFolder, generateStationPassword } from '../setupFile';
import { isPlainHttpOverNetwork, requireSafeTransport } from '../transport';
import { type Change, requireServerAdmin } from './accounts';
import { ensureCountyRollup } from './countyRollup';
import { requireRegistry, stationsOnRecord } from './registry';
import type { ReplicationSettings } from './stationServerSide';

export interface UserAddOptions {
  /** The account's name after `city-user-`: lower-case letters, digits, '-' and '_'. */
  name: string;
  scope: CitySetupScope;
  /** The city's name for the dashboard's title (may be empty). */
  city?: string;
  outDir: string;
  publicUrl: string;
  replication: ReplicationSettings;
  intranetHttp?: boolean;
  now?: () => Date;
}

export interface UserAddResult {
  username: string;
  database: string;
  file: string;
  changes: Change[];
}

const anyDoc = z.looseObject({ _id: z.string() });

/**
 * A dashboard account: read-only on the city's roll-up (`--role city`) or on one county's (`--role county`,
 * whose roll-up is made or brought up to date first). An existing account is never overwritten. The set-up
 * file is written like a station's: mode 0600, renamed into place.
 */
export async function addCityUser(client: CouchClient, options: UserAddOptions): Promise<UserAddResult> {
  if (!CITY_USER_NAME.test(options.name)) throw new CityError(messages.badUserName(options.name), 2);
  const intranetHttp = options.intranetHttp === true;
  requireSafeTransport(options.publicUrl, intranetHttp);
  await requireServerAdmin(client);
  await assertWritableFolder(options.outDir);
  await requireRegistry(client);
  const names = cityUserNames(options.name);
  if ((await client.getOrNull(docPath(USERS_DB, names.userDocId), anyDoc)) !== null) throw new CityError(messages.userExists(names.username));

  const changes: Change[] = [];
  let database = ROLLUP_DB;
  let role = CITY_VIEWER_ROLE;
  let scope = options.scope;
  if (scope.role === 'county') {
    const county = countyNames(scope.county);
    // A county nobody has stations in is most likely mistyped: say so rather than open an empty dashboard.
    const { trusted } = await stationsOnRecord(client);
    if (!trusted.some((s) => s.entry.county.trim() === county.county)) throw new CityError(messages.countyWithoutStations(county.county), 2);
    changes.push(...(await ensureCountyRollup(client, county.county, options.replication)));
    database = county.database;
    role = county.role;
    scope = { role: 'county', county: county.county };
  }
  const password = generateStationPassword();
  await client.put(docPath(USERS_DB, names.userDocId), { _id: names.userDocId, name: names.username, type: 'user', roles: [role], password }, writeResultSchema);
  changes.push({ what: `${USERS_DB}/${names.userDocId}`, outcome: 'created' });

  const file: CitySetupFile = citySetupFileSchema.parse({
    format: CITY_SETUP_FORMAT,
    version: CITY_SETUP_VERSION,
    serverUrl: options.publicUrl.replace(/\/+$/, ''),
    ...(intranetHttp && isPlainHttpOverNetwork(options.publicUrl) ? { intranetHttp: true } : {}),
    database,
    username: names.username,
    password,
    scope,
    city: options.city?.trim() ?? '',
    issuedAt: (options.now ?? (() => new Date()))().toISOString(),
  });
  const target = path.resolve(options.outDir, `${names.username}${CITY_SETUP_FILE_SUFFIX}`);
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await rename(temporary, target);
  } catch {
    await rm(temporary, { force: true });
    throw new CityError(messages.userFileNotWritten(names.username));
  }
  return { username: names.username, database, file: target, changes };
}
