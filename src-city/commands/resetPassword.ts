import { type CouchClient, docPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { writeResultSchema } from '../couch/responses';
import { USERS_DB, stationNames } from '../layout';
import { messages } from '../messages';
import { assertWritableFolder, buildSetupFile, generateStationPassword, writeSetupFile } from '../setupFile';
import { getStationAccount, requireServerAdmin } from './accounts';

export interface ResetPasswordOptions {
  code: string;
  outDir: string;
  publicUrl: string;
  now?: () => Date;
}

/**
 * Gives the station's account a new random password (the old one stops working at once) and writes a
 * new set-up file. The station's data and database are untouched.
 */
export async function resetStationPassword(client: CouchClient, options: ResetPasswordOptions): Promise<{ file: string }> {
  await requireServerAdmin(client);
  await assertWritableFolder(options.outDir);
  const account = await getStationAccount(client, options.code);
  if (account === null) throw new CityError(messages.stationMissing(options.code));
  const { database, ...profile } = account.stationLedger;
  const names = stationNames(profile.code);

  const password = generateStationPassword();
  await client.put(docPath(USERS_DB, account._id), { ...account, password }, writeResultSchema);

  const setup = buildSetupFile({
    serverUrl: options.publicUrl,
    database,
    username: names.username,
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
