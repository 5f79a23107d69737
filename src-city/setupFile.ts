import { randomBytes } from 'node:crypto';
import { access, constants, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  defaultUpdateUrl,
  STATION_SETUP_FILE_SUFFIX,
  STATION_SETUP_FORMAT,
  STATION_SETUP_VERSION,
  stationSetupFileSchema,
  type StationSetupFile,
  type StationSetupProfile,
} from '../src-renderer/domain/stationSetupFile';
import { CityError } from './couch/errors';
import { messages } from './messages';
import { isPlainHttpOverNetwork } from './transport';

/** 24 random bytes: 192 bits, 32 URL-safe characters that survive copy and paste. */
export function generateStationPassword(): string {
  return randomBytes(24).toString('base64url');
}

export interface SetupFileInput {
  serverUrl: string;
  /** Plain http on the city's intranet, chosen explicitly (`--intranet-http`); recorded only where it matters. */
  intranetHttp?: boolean;
  database: string;
  username: string;
  password: string;
  station: StationSetupProfile;
  issuedAt: Date;
  /** Where the app looks for updates; by default the city's own `app-updates` database on the same server. */
  updateUrl?: string;
  /** The station's U盘同步 key from the registry (commands/bundleKey.ts). */
  bundleKey?: string;
}

export function buildSetupFile(input: SetupFileInput): StationSetupFile {
  return stationSetupFileSchema.parse({
    format: STATION_SETUP_FORMAT,
    version: STATION_SETUP_VERSION,
    serverUrl: input.serverUrl.replace(/\/+$/, ''),
    ...(input.intranetHttp === true && isPlainHttpOverNetwork(input.serverUrl) ? { intranetHttp: true } : {}),
    database: input.database,
    username: input.username,
    password: input.password,
    station: input.station,
    issuedAt: input.issuedAt.toISOString(),
    updateUrl: (input.updateUrl ?? defaultUpdateUrl(input.serverUrl)).replace(/\/+$/, ''),
    ...(input.bundleKey === undefined ? {} : { bundleKey: input.bundleKey }),
  });
}

export function setupFileName(code: string): string {
  return `${code}${STATION_SETUP_FILE_SUFFIX}`;
}

export async function assertWritableFolder(folder: string): Promise<void> {
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new CityError(messages.outNotWritable(folder));
  }
}

/**
 * Written to a fresh temporary file created with mode 0600 and renamed over the target, so the
 * password is never readable by others, even for a moment, and an older file's looser mode is not kept.
 */
export async function writeSetupFile(folder: string, file: StationSetupFile): Promise<string> {
  const target = path.resolve(folder, setupFileName(file.station.code));
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return target;
}
