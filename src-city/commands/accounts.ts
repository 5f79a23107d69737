import { z } from 'zod';
import { type CouchClient, docPath } from '../couch/client';
import { CouchError } from '../couch/errors';
import { sessionSchema } from '../couch/responses';
import { messages } from '../messages';
import { USERS_DB, stationNames } from '../layout';
import type { Outcome } from '../couch/ensure';

/**
 * One line of what a command did, for the administrator to read: something written ('created', 'updated'),
 * left as it was, removed for good ('purged'; 'deleted' where the server cannot purge), or passed over on purpose ('ignored', with the reason).
 */
export interface Change {
  what: string;
  outcome: Outcome | 'purged' | 'deleted' | 'ignored';
  note?: string;
}

export async function requireServerAdmin(client: CouchClient): Promise<void> {
  const session = await client.get('/_session', sessionSchema);
  if (!session.userCtx.roles.includes('_admin')) {
    throw new CouchError('forbidden', messages.notServerAdmin(client.username));
  }
}

const anyDoc = z.looseObject({ _id: z.string() });

/** Any document under the station's account id, ours or not: `station add` must not overwrite it. */
export async function stationAccountExists(client: CouchClient, code: string): Promise<boolean> {
  return (await client.getOrNull(docPath(USERS_DB, stationNames(code).userDocId), anyDoc)) !== null;
}
