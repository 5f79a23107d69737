import { type CouchClient, dbPath, docPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { dbInfoSchema, writeResultSchema } from '../couch/responses';
import { stationSetupProfileSchema, type StationSetupProfile } from '../../src-renderer/domain/stationSetupFile';
import { ROLLUP_DB, STATION_ROLE, USERS_DB, isStationCode, stationNames, type StationNames } from '../layout';
import { messages } from '../messages';
import { assertWritableFolder, buildSetupFile, generateStationPassword, writeSetupFile } from '../setupFile';
import { requireSafeTransport } from '../transport';
import { type Change, requireServerAdmin, stationAccountExists } from './accounts';
import { ensureBundleKey } from './bundleKey';
import { ensureCountyRollups } from './countyRollup';
import { registerStation, requireRegistry } from './registry';
import { ensureStationServerSide, rollupReplication, type ReplicationSettings } from './stationServerSide';

export interface StationAddOptions {
  profile: { code: string; name: string; county: string; center: string; institute: string; city?: string };
  outDir: string;
  /** Where stations reach the server (written into the set-up file). */
  publicUrl: string;
  replication: ReplicationSettings;
  /** `--intranet-http`: the public URL may be plain http on the city's own network; the set-up file says so. */
  intranetHttp?: boolean;
  now?: () => Date;
}

export interface StationAddResult {
  names: StationNames;
  file: string;
  changes: Change[];
}

export function parseStationProfile(input: StationAddOptions['profile']): StationSetupProfile {
  if (!isStationCode(input.code)) throw new CityError(messages.badStationCode(input.code), 2);
  const parsed = stationSetupProfileSchema.safeParse({ ...input, city: input.city ?? '' });
  if (!parsed.success) {
    throw new CityError(messages.badStationField(parsed.error.issues.map((i) => i.path.join('.')).join(', ')), 2);
  }
  return parsed.data;
}

/** The station's account: its name and the station role, nothing else (the registry holds who it is). */
export function userDoc(names: StationNames, password: string) {
  return { _id: names.userDocId, name: names.username, type: 'user', roles: [STATION_ROLE], password };
}

/**
 * Opens a station: its database with `_security`, validation and views, its roll-up job, its registry
 * entry, then its account with a fresh random password, and finally the set-up file. The account comes
 * last so that a failure on the way can simply be retried; an existing account is never overwritten.
 */
export async function addStation(client: CouchClient, options: StationAddOptions): Promise<StationAddResult> {
  const profile = parseStationProfile(options.profile);
  const names = stationNames(profile.code);
  const intranetHttp = options.intranetHttp === true;
  requireSafeTransport(options.publicUrl, intranetHttp);
  await requireServerAdmin(client);
  await assertWritableFolder(options.outDir);
  await requireRegistry(client);
  if ((await client.getOrNull(dbPath(ROLLUP_DB), dbInfoSchema)) === null) throw new CityError(messages.initMissing(ROLLUP_DB));
  if (await stationAccountExists(client, profile.code)) throw new CityError(messages.stationExists(profile.code, names.username));

  const changes = await ensureStationServerSide(client, names, await rollupReplication(client, options.replication));
  changes.push({ what: `registry ${profile.code}`, outcome: await registerStation(client, profile, names) });
  const now = (options.now ?? (() => new Date()))();
  const bundleKey = await ensureBundleKey(client, profile.code, now);
  const password = generateStationPassword();
  await client.put(docPath(USERS_DB, names.userDocId), userDoc(names, password), writeResultSchema);
  changes.push({ what: `${USERS_DB}/${names.userDocId}`, outcome: 'created' });
  // Now a trusted station (registered, with its account): its county's dashboard users see it from now on.
  changes.push(...(await ensureCountyRollups(client, options.replication)));

  const setup = buildSetupFile({
    serverUrl: options.publicUrl,
    intranetHttp,
    database: names.database,
    username: names.username,
    password,
    station: profile,
    issuedAt: now,
    bundleKey,
  });
  try {
    return { names, changes, file: await writeSetupFile(options.outDir, setup) };
  } catch {
    throw new CityError(messages.setupFileNotWritten(profile.code));
  }
}
