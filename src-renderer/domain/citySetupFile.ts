import { z } from 'zod';
import type { Parsed } from './issues';
import { COUCH_DB_NAME, isSafeTransport, SETUP_FILE_ISSUES } from './stationSetupFile';

/**
 * The set-up file of a city or county administrator's dashboard (`<account>.city.json`), issued with
 * `npm run city -- user add --role city|county`. The city CLI writes it and the app reads it with this one
 * schema. It opens a read-only view of one roll-up database: the city's (every station) or one county's
 * (only that county's stations: CouchDB cannot limit reading within a database, so each county has its
 * own roll-up, filled from the city's). It holds a password, like a station's set-up file.
 */
export const CITY_SETUP_FORMAT = 'station-ledger/city-setup';
export const CITY_SETUP_VERSION = 1;
export const CITY_SETUP_FILE_SUFFIX = '.city.json';

export const citySetupScopeSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('city') }),
  z.object({ role: z.literal('county'), county: z.string().min(1).max(40) }),
]);
export type CitySetupScope = z.output<typeof citySetupScopeSchema>;

export const citySetupFileSchema = z
  .object({
    format: z.literal(CITY_SETUP_FORMAT),
    version: z.literal(CITY_SETUP_VERSION),
    serverUrl: z
      .url({ protocol: /^https?$/ })
      .refine((u) => !u.endsWith('/') && new URL(u).username === '' && new URL(u).password === ''),
    /** Plain http on the city's own network, chosen explicitly when the file was issued (see stationSetupFile.ts). */
    intranetHttp: z.literal(true).optional(),
    /** The roll-up database this account reads (`city-rollup`, or a county's). */
    database: z.string().min(1).max(238).regex(COUCH_DB_NAME),
    username: z.string().min(1).max(100),
    password: z.string().min(16).max(200),
    scope: citySetupScopeSchema,
    /** The city's name as the administrator gave it (may be empty), for the dashboard's title. */
    city: z.string().max(40).default(''),
    issuedAt: z.iso.datetime(),
  })
  .refine((file) => !URL.canParse(file.serverUrl) || isSafeTransport(file.serverUrl, file.intranetHttp === true), {
    path: ['serverUrl'],
  });
export type CitySetupFile = z.output<typeof citySetupFileSchema>;

/** Reads a city set-up file's text like a station's (parseStationSetupFile): i18n keys, never the content. */
export function parseCitySetupFile(text: string): Parsed<CitySetupFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.notJson }] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== CITY_SETUP_FORMAT) {
    return { ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.wrongFormat }] };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > CITY_SETUP_VERSION) return { ok: false, issues: [{ field: '', key: SETUP_FILE_ISSUES.newerVersion }] };
  const parsed = citySetupFileSchema.safeParse(data);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.')))];
    return { ok: false, issues: fields.map((field) => ({ field, key: SETUP_FILE_ISSUES.invalid })) };
  }
  return { ok: true, value: parsed.data };
}
