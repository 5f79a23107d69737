import { type CouchClient, docPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { writeResultSchema } from '../couch/responses';
import { USERS_DB } from '../layout';
import { messages } from '../messages';
import { assertWritableFolder, buildSetupFile, generateStationPassword, writeSetupFile } from '../setupFile';
import { requireSafeTransport } from '../transport';
import { requireServerAdmin } from './accounts';
import { ensureBundleKey } from './bundleKey';
import { trustedStation } from './registry';

export interface ResetPasswordOptions {
  code: string;
  outDir: string;
  publicUrl: string;
  intranetHttp?: boolean;
  now?: () => Date;
}

/**
 * Gives the station's account a new random password (the old one stops working at once) and writes a
 * new set-up file, with the station's U盘同步 key (issued now if it had none). The station's data and database are untouched. Only a station the city trusts
 * (registered, with the station role) gets one.
 */
export async function resetStationPassword(client: CouchClient, options: ResetPasswordOptions): Promise<{ file: string }> {
  const intranetHttp = options.intranetHttp === true;
  requireSafeTransport(options.publicUrl, intranetHttp);
  await requireServerAdmin(client);
  await assertWritableFolder(options.outDir);
  const station = await trustedStation(client, options.code);
  if (station === null) throw new CityError(messages.stationMissing(options.code));
  const { database, username: _username, ...profile } = station.entry;

  const now = (options.now ?? (() => new Date()))();
  // A station opened before U盘同步 existed gets its key here, with the new set-up file.
  const bundleKey = await ensureBundleKey(client, station.entry.code, now);
  const password = generateStationPassword();
  await client.put(docPath(USERS_DB, station.account._id), { ...station.account, password }, writeResultSchema);

  const setup = buildSetupFile({
    serverUrl: options.publicUrl,
    intranetHttp,
    database,
    username: station.names.username,
    password,
    station: profile,
    issuedAt: now,
    bundleKey,
  });
  try {
    return { file: await writeSetupFile(options.outDir, setup) };
  } catch {
    throw new CityError(messages.setupFileNotWritten(profile.code));
  }
}
