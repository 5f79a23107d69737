import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { normalizeIdNumber } from '../src-renderer/domain/idNumber';
import { type CouchClient, docPath } from './couch/client';
import { CityError } from './couch/errors';
import type { Outcome } from './couch/ensure';
import { writeResultSchema } from './couch/responses';
import { REGISTRY_DB } from './layout';
import { messages } from './messages';

/**
 * Distinct people across the city without any ID number leaving a station's database: each volunteer is
 * counted by a keyed hash (HMAC-SHA-256) of the ID type and the normalised ID number. The key is the city's
 * secret in the admin-only registry; it never leaves the server side (the CLI computes the hashes when it
 * refreshes the summaries), so whoever reads the roll-up cannot test guessed ID numbers against it — a plain
 * hash of an 18-character ID number with a known birth date and area code would be reversed in minutes.
 */
export interface PersonKey {
  /** Names the key, so summaries made with an older key are recomputed after a change of key. */
  id: string;
  secret: Buffer;
}

const PERSON_KEY_DOC = 'secret:person-key';
const KEY_BYTES = 32;
const personKeyDocSchema = z.looseObject({ keyId: z.string().min(1), key: z.string().min(1) });

function fromDoc(doc: z.infer<typeof personKeyDocSchema>): PersonKey {
  return { id: doc.keyId, secret: Buffer.from(doc.key, 'base64') };
}

export async function readPersonKey(client: CouchClient): Promise<PersonKey> {
  const doc = await client.getOrNull(docPath(REGISTRY_DB, PERSON_KEY_DOC), personKeyDocSchema);
  if (doc === null) throw new CityError(messages.initMissing(REGISTRY_DB));
  return fromDoc(doc);
}

/** Made once by `init`; kept thereafter (a new key would count every person afresh under new hashes). */
export async function ensurePersonKey(client: CouchClient): Promise<{ key: PersonKey; outcome: Outcome }> {
  const existing = await client.getOrNull(docPath(REGISTRY_DB, PERSON_KEY_DOC), personKeyDocSchema);
  if (existing !== null) return { key: fromDoc(existing), outcome: 'unchanged' };
  const doc = { keyId: randomBytes(6).toString('hex'), key: randomBytes(KEY_BYTES).toString('base64') };
  await client.put(docPath(REGISTRY_DB, PERSON_KEY_DOC), doc, writeResultSchema);
  return { key: fromDoc(doc), outcome: 'created' };
}

/** The same person (same ID type and number, however typed) gets the same key at every station. */
export function personKeyOf(key: PersonKey, idType: string, idNumber: string): string {
  return createHmac('sha256', key.secret).update(`${idType}:${normalizeIdNumber(idNumber)}`, 'utf8').digest('base64url');
}
