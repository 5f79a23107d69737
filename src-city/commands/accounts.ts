import { z } from 'zod';
import { stationSetupProfileSchema } from '../../src-renderer/domain/stationSetupFile';
import { type CouchClient, dbPath, docPath, query } from '../couch/client';
import { CouchError } from '../couch/errors';
import { allDocsWithDocsSchema, sessionSchema } from '../couch/responses';
import { messages } from '../messages';
import { STATION_USER_DOC_RANGE, USERS_DB, stationNames } from '../layout';
import type { Outcome } from '../couch/ensure';

/** One line of what a command did, for the administrator to read. */
export interface Change {
  what: string;
  outcome: Outcome;
}

export async function requireServerAdmin(client: CouchClient): Promise<void> {
  const session = await client.get('/_session', sessionSchema);
  if (!session.userCtx.roles.includes('_admin')) {
    throw new CouchError('forbidden', messages.notServerAdmin(client.username));
  }
}

/** The station's details kept on its account document in `_users`, so `station list` and reports can name it. */
export const stationAccountProfileSchema = stationSetupProfileSchema.extend({ database: z.string() });
export type StationAccountProfile = z.output<typeof stationAccountProfileSchema>;

export const stationUserDocSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  stationLedger: stationAccountProfileSchema,
});
export type StationUserDoc = z.infer<typeof stationUserDocSchema>;

const anyDoc = z.looseObject({ _id: z.string() });

/** Every station account, in code order; documents in `_users` that are not ours are passed over. */
export async function listStationAccounts(client: CouchClient): Promise<StationUserDoc[]> {
  const path = dbPath(USERS_DB, `/_all_docs${query({ include_docs: true, ...STATION_USER_DOC_RANGE })}`);
  const answer = await client.get(path, allDocsWithDocsSchema(anyDoc));
  const accounts: StationUserDoc[] = [];
  for (const row of answer.rows) {
    const parsed = stationUserDocSchema.safeParse(row.doc);
    if (parsed.success) accounts.push(parsed.data);
  }
  return accounts.sort((a, b) => (a.stationLedger.code < b.stationLedger.code ? -1 : 1));
}

export async function getStationAccount(client: CouchClient, code: string): Promise<StationUserDoc | null> {
  const doc = await client.getOrNull(docPath(USERS_DB, stationNames(code).userDocId), anyDoc);
  if (doc === null) return null;
  const parsed = stationUserDocSchema.safeParse(doc);
  return parsed.success ? parsed.data : null;
}

/** Any document under the station's account id, ours or not: `station add` must not overwrite it. */
export async function stationAccountExists(client: CouchClient, code: string): Promise<boolean> {
  return (await client.getOrNull(docPath(USERS_DB, stationNames(code).userDocId), anyDoc)) !== null;
}
