import { z } from 'zod';
import { CouchClient, type CouchCredentials, docPath } from '../couch/client';
import { CityError, CouchError } from '../couch/errors';
import type { Outcome } from '../couch/ensure';
import { sessionSchema, writeResultSchema } from '../couch/responses';
import { REGISTRY_DB, REPLICATOR_ROLE, REPLICATOR_USERNAME, USERS_DB } from '../layout';
import { messages } from '../messages';
import { generateStationPassword } from '../setupFile';

/**
 * The account CouchDB's replicator fills the roll-up with: a member of every station database (it reads
 * them; their validation lets only the station write) and of the roll-up (whose validation lets it write
 * activities, teams and projects only). Never the server admin: the `_replicator` documents hold this
 * account's password, so changing the admin's password does not stop the roll-up, and a leaked job document
 * opens no admin door. Its password lives in the admin-only registry.
 */
const SECRET_DOC = 'secret:replicator';
const USER_DOC_ID = `org.couchdb.user:${REPLICATOR_USERNAME}`;
const secretSchema = z.looseObject({ username: z.string(), password: z.string().min(16) });
const userSchema = z.looseObject({ _rev: z.string(), roles: z.array(z.string()) });

export async function readReplicatorCredentials(client: CouchClient): Promise<CouchCredentials> {
  const secret = await client.getOrNull(docPath(REGISTRY_DB, SECRET_DOC), secretSchema);
  if (secret === null) throw new CityError(messages.initMissing(REGISTRY_DB));
  return { username: secret.username, password: secret.password };
}

/** True when the server takes these credentials: one login, never repeated (CouchDB locks out after 5 failures). */
async function logsIn(client: CouchClient, credentials: CouchCredentials): Promise<boolean> {
  try {
    const session = await new CouchClient(client.baseUrl, credentials).get('/_session', sessionSchema);
    return session.userCtx.name === credentials.username;
  } catch (error) {
    if (error instanceof CouchError && (error.status === 401 || error.status === 403)) return false;
    throw error;
  }
}

/**
 * The account exists with exactly the replication role and the password the registry holds; a missing or
 * changed one is put right (a new password, when the registry has none, is written there first).
 */
export async function ensureReplicatorAccount(client: CouchClient): Promise<{ credentials: CouchCredentials; outcome: Outcome }> {
  let secret = await client.getOrNull(docPath(REGISTRY_DB, SECRET_DOC), secretSchema);
  if (secret === null) {
    secret = { username: REPLICATOR_USERNAME, password: generateStationPassword() };
    await client.put(docPath(REGISTRY_DB, SECRET_DOC), secret, writeResultSchema);
  }
  const credentials = { username: secret.username, password: secret.password };
  const user = await client.getOrNull(docPath(USERS_DB, USER_DOC_ID), userSchema);
  const wanted = { _id: USER_DOC_ID, name: REPLICATOR_USERNAME, type: 'user', roles: [REPLICATOR_ROLE], password: credentials.password };
  if (user === null) {
    await client.put(docPath(USERS_DB, USER_DOC_ID), wanted, writeResultSchema);
    return { credentials, outcome: 'created' };
  }
  const rolesRight = user.roles.length === 1 && user.roles[0] === REPLICATOR_ROLE;
  if (rolesRight && (await logsIn(client, credentials))) return { credentials, outcome: 'unchanged' };
  await client.put(docPath(USERS_DB, USER_DOC_ID), { ...wanted, _rev: user._rev }, writeResultSchema);
  return { credentials, outcome: 'updated' };
}
