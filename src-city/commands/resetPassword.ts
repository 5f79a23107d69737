import { type CouchClient, docPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { writeResultSchema } from '../couch/responses';
import { USERS_DB } from '../layout';
import { messages } from '../messages';
import { assertWritableFolder, buildSetupFile, generateStationPassword, writeSetupFile } from '../setupFile';
import { requireSafeTransport } from '../transport';
import { requireServerAdmin } from './accounts';
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
 * new set-up file. The station's data and database are untouched. Only a station the city trusts
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

  const password = generateStationPassword();
  await client.put(docPath(USERS_DB, station.account._id), { ...station.account, password }, writeResultSchema);

  const setup = buildSetupFile({
    serverUrl: options.publicUrl,
    intranetHttp,
    database,
    username: station.names.username,
    password,
    station: profile,
    issuedAt: (options.now ?? (() => new Date()))(),
  });
  try {
    return { file: await writeSetupFile(options.outDir, setup) };
  } catch {
    throw new CityError(messages.setupFileNotWritten(profile.code));
  }
}
