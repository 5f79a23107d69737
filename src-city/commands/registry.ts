import { z } from 'zod';
import { stationSetupProfileSchema, type StationSetupProfile } from '../../src-renderer/domain/stationSetupFile';
import { type CouchClient, dbPath, docPath, query } from '../couch/client';
import { CityError } from '../couch/errors';
import { type CouchDocument, ensureDatabase, ensureDocument, ensureSecurity, type Outcome, type Security } from '../couch/ensure';
import { allDocsWithDocsSchema, dbInfoSchema } from '../couch/responses';
import { REGISTRY_DB, STATION_ROLE, STATION_USER_DOC_RANGE, USERS_DB, stationNames, type StationNames } from '../layout';
import { messages } from '../messages';

/**
 * The station registry (`city-registry`, admin-only): the city's own list of its stations. A `_users`
 * account is a station only when the registry lists it *and* its roles hold `station` (only server admins
 * set roles). `_users` alone is not enough: a city that opens it (self sign-up, password self-service)
 * would otherwise let anyone create an account named like a station and have it provisioned and reported,
 * and an account's own fields (which a user may edit there) never name a station in the city's reports.
 */
export const REGISTRY_SECURITY: Security = {
  admins: { names: [], roles: [] },
  members: { names: [], roles: ['_admin'] },
};

const REGISTRY_PREFIX = 'station:';

export const registryEntrySchema = stationSetupProfileSchema.extend({ database: z.string(), username: z.string() });
export type RegistryEntry = z.output<typeof registryEntrySchema>;

export function registryId(code: string): string {
  // Codes differing only in case share a database (layout.ts), so they share a registry entry too.
  return `${REGISTRY_PREFIX}${code.toLowerCase()}`;
}

export function registryDoc(profile: StationSetupProfile, names: StationNames): CouchDocument & RegistryEntry {
  return { _id: registryId(profile.code), ...profile, database: names.database, username: names.username };
}

export async function ensureRegistry(client: CouchClient): Promise<Array<{ what: string; outcome: Outcome }>> {
  return [
    { what: `database ${REGISTRY_DB}`, outcome: await ensureDatabase(client, REGISTRY_DB) },
    { what: `${REGISTRY_DB}/_security`, outcome: await ensureSecurity(client, REGISTRY_DB, REGISTRY_SECURITY) },
  ];
}

export async function requireRegistry(client: CouchClient): Promise<void> {
  if ((await client.getOrNull(dbPath(REGISTRY_DB), dbInfoSchema)) === null) throw new CityError(messages.initMissing(REGISTRY_DB));
}

export async function registerStation(client: CouchClient, profile: StationSetupProfile, names: StationNames): Promise<Outcome> {
  return ensureDocument(client, REGISTRY_DB, registryDoc(profile, names));
}

const userDocSchema = z.looseObject({ _id: z.string(), _rev: z.string(), name: z.string(), roles: z.array(z.string()) });
export type UserDoc = z.infer<typeof userDocSchema>;
const anyDoc = z.looseObject({ _id: z.string() });

/** A registered station whose account holds the station role: the only kind the CLI provisions, lists and reports. */
export interface TrustedStation {
  entry: RegistryEntry;
  names: StationNames;
  account: UserDoc;
}

/** Why something that looks like a station is not treated as one. */
export type UntrustedReason = 'notRegistered' | 'noStationRole' | 'noAccount';
export interface UntrustedStation {
  /** The account name, or the registered code when there is no account. */
  name: string;
  reason: UntrustedReason;
}

async function registryEntries(client: CouchClient): Promise<RegistryEntry[]> {
  const range = { startkey: REGISTRY_PREFIX, endkey: `${REGISTRY_PREFIX}\ufff0` };
  const answer = await client.get(dbPath(REGISTRY_DB, `/_all_docs${query({ include_docs: true, ...range })}`), allDocsWithDocsSchema(anyDoc));
  const entries: RegistryEntry[] = [];
  for (const row of answer.rows) {
    const parsed = registryEntrySchema.safeParse(row.doc);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

async function stationLikeAccounts(client: CouchClient): Promise<Map<string, z.infer<typeof anyDoc>>> {
  const answer = await client.get(dbPath(USERS_DB, `/_all_docs${query({ include_docs: true, ...STATION_USER_DOC_RANGE })}`), allDocsWithDocsSchema(anyDoc));
  const accounts = new Map<string, z.infer<typeof anyDoc>>();
  for (const row of answer.rows) if (row.doc) accounts.set(row.doc._id, row.doc);
  return accounts;
}

/**
 * The registry checked against `_users`, in code order: the stations the city trusts, and everything that
 * looks like a station but is not one (for the administrator to see, never to provision or report).
 */
export async function stationsOnRecord(client: CouchClient): Promise<{ trusted: TrustedStation[]; untrusted: UntrustedStation[] }> {
  await requireRegistry(client);
  const accounts = await stationLikeAccounts(client);
  const trusted: TrustedStation[] = [];
  const untrusted: UntrustedStation[] = [];
  for (const entry of await registryEntries(client)) {
    const names = stationNames(entry.code);
    const doc = accounts.get(names.userDocId);
    accounts.delete(names.userDocId);
    const account = userDocSchema.safeParse(doc);
    if (!account.success) untrusted.push({ name: entry.code, reason: 'noAccount' });
    else if (!account.data.roles.includes(STATION_ROLE)) untrusted.push({ name: account.data.name, reason: 'noStationRole' });
    else trusted.push({ entry, names, account: account.data });
  }
  for (const doc of accounts.values()) {
    const name = userDocSchema.safeParse(doc);
    untrusted.push({ name: name.success ? name.data.name : doc._id, reason: 'notRegistered' });
  }
  trusted.sort((a, b) => (a.entry.code < b.entry.code ? -1 : a.entry.code > b.entry.code ? 1 : 0));
  return { trusted, untrusted };
}

/** One station, if the city trusts it (see stationsOnRecord). */
export async function trustedStation(client: CouchClient, code: string): Promise<TrustedStation | null> {
  await requireRegistry(client);
  const entry = registryEntrySchema.safeParse(await client.getOrNull(docPath(REGISTRY_DB, registryId(code)), anyDoc));
  if (!entry.success) return null;
  const names = stationNames(entry.data.code);
  const account = userDocSchema.safeParse(await client.getOrNull(docPath(USERS_DB, names.userDocId), anyDoc));
  if (!account.success || !account.data.roles.includes(STATION_ROLE)) return null;
  return { entry: entry.data, names, account: account.data };
}
