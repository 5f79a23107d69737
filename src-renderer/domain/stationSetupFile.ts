import { z } from 'zod';
import type { DocType } from './ids';
import { bundleKeySchema } from './syncBundle';
import type { FieldIssue, Parsed } from './issues';

/**
 * The station set-up file (`<code>.station.json`) the city issues with `npm run city -- station add`.
 * The city CLI writes it and the app reads it, so both validate it with this one schema.
 * It holds a password: the app keeps the password with the OS keychain and never shows the file's content.
 */
export const STATION_SETUP_FORMAT = 'station-ledger/station-setup';
export const STATION_SETUP_VERSION = 1;
export const STATION_SETUP_FILE_SUFFIX = '.station.json';

/** CouchDB's rule for database names. */
export const COUCH_DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/** Same rule as the station profile's code (entities/station.ts): it becomes every record's stationId. */
export const STATION_CODE = /^[A-Za-z0-9_-]+$/;
export const STATION_CODE_MAX = 40;

/**
 * How a station database is laid out on the server. The design document has one view per document type
 * that emits only documents whose `_id` starts with `<type>:`, so one type's changes can be asked for
 * with `_changes?filter=_view&view=<stationTypeView(type)>` (works on CouchDB and on pouchdb-server).
 * The app does not: its collections share the one unfiltered feed and split it by id prefix, which costs
 * the server one pass over the changes instead of one per type (sync/changeFeed.ts).
 */
export const STATION_DESIGN_DOC = 'ledger';
export function stationTypeView(type: DocType): string {
  return `${STATION_DESIGN_DOC}/${type}`;
}
/** Evidence photos are not records (photos/photo.ts), but their changes are read the same way, by id prefix. */
export const PHOTO_VIEW_NAME = 'photo';

/** The catalog database's design document; its `entries` view emits every entry and no design document. */
export const CATALOG_DB = 'catalog';
export const CATALOG_ENTRIES_VIEW = 'catalog/entries';

export const stationSetupProfileSchema = z.object({
  code: z.string().min(1).max(STATION_CODE_MAX).regex(STATION_CODE),
  name: z.string().min(1).max(60),
  city: z.string().max(40).default(''),
  county: z.string().min(1).max(40),
  center: z.string().min(1).max(60),
  institute: z.string().min(1).max(60),
});
export type StationSetupProfile = z.output<typeof stationSetupProfileSchema>;

/** 127.0.0.0/8, ::1 and localhost: plain http to these never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Every request carries the station's password (Basic auth), so it travels over https, or plain http only
 * to this machine, or on an intranet the city named explicitly when it issued the file (`intranetHttp`).
 */
export function isSafeTransport(serverUrl: string, intranetHttp: boolean): boolean {
  const url = new URL(serverUrl);
  return url.protocol === 'https:' || isLoopbackHost(url.hostname) || intranetHttp;
}

/** An address the app may hand a password to: http(s), no user or password written into it, no trailing slash. */
const bareUrlSchema = z
  .url({ protocol: /^https?$/ })
  // zod runs this even when the url check failed, so it must not assume a parsable address.
  .refine((u) => URL.canParse(u) && !u.endsWith('/') && new URL(u).username === '' && new URL(u).password === '');

/**
 * The city's `app-updates` database serves its release as one document's attachments: the generic update
 * provider reads `<updateUrl>/latest.yml` and the installer beside it (`npm run city -- publish-update`).
 */
export const APP_UPDATES_DB = 'app-updates';
export const APP_UPDATES_WINDOWS_DOC = 'win';

/** The update address the city names by default: its own server, where the station's account may read. */
export function defaultUpdateUrl(serverUrl: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${APP_UPDATES_DB}/${APP_UPDATES_WINDOWS_DOC}`;
}

export const stationSetupFileSchema = z
  .object({
    format: z.literal(STATION_SETUP_FORMAT),
    version: z.literal(STATION_SETUP_VERSION),
    /** Where the station's app reaches the server, without a trailing slash and without credentials. */
    serverUrl: bareUrlSchema,
    /**
     * The city issued this file for plain http on its own network (`city … --intranet-http`): passwords
     * travel unencrypted there, and the app says so. Absent for https and for this machine.
     */
    intranetHttp: z.literal(true).optional(),
    database: z.string().min(1).max(238).regex(COUCH_DB_NAME),
    username: z.string().min(1).max(100),
    password: z.string().min(16).max(200),
    station: stationSetupProfileSchema,
    issuedAt: z.iso.datetime(),
    /**
     * Where the desktop app looks for a new version (electron-updater's generic provider). Files issued
     * before updates existed have none: that PC is then updated by hand. The same transport rule as the
     * server's address, because the station's password goes with the request when it is the same server.
     */
    updateUrl: bareUrlSchema.optional(),
    /**
     * The station's key for signing hand-carried sync bundles (domain/syncBundle.ts). Files issued before
     * bundles existed have none: the station still joins, and U盘同步 asks for a new file from the city.
     */
    bundleKey: bundleKeySchema.optional(),
  })
  .refine((file) => !URL.canParse(file.serverUrl) || isSafeTransport(file.serverUrl, file.intranetHttp === true), {
    path: ['serverUrl'],
  })
  .refine((file) => file.updateUrl === undefined || !URL.canParse(file.updateUrl) || isSafeTransport(file.updateUrl, file.intranetHttp === true), {
    path: ['updateUrl'],
  });
export type StationSetupFile = z.output<typeof stationSetupFileSchema>;

/** i18n keys the app shows when a chosen file is not a usable set-up file (namespace `sync`). */
export const SETUP_FILE_ISSUES = {
  notJson: 'sync.setupFile.notJson',
  wrongFormat: 'sync.setupFile.wrongFormat',
  newerVersion: 'sync.setupFile.newerVersion',
  invalid: 'sync.setupFile.invalid',
} as const;

function issue(key: string, field = ''): FieldIssue[] {
  return [{ field, key }];
}

/** Reads a set-up file's text. Returns i18n keys, never the content (it holds a password). */
export function parseStationSetupFile(text: string): Parsed<StationSetupFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: issue(SETUP_FILE_ISSUES.notJson) };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== STATION_SETUP_FORMAT) {
    return { ok: false, issues: issue(SETUP_FILE_ISSUES.wrongFormat) };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > STATION_SETUP_VERSION) {
    return { ok: false, issues: issue(SETUP_FILE_ISSUES.newerVersion) };
  }
  const parsed = stationSetupFileSchema.safeParse(data);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.map(String).join('.')))];
    return { ok: false, issues: fields.map((field) => ({ field, key: SETUP_FILE_ISSUES.invalid })) };
  }
  return { ok: true, value: parsed.data };
}
