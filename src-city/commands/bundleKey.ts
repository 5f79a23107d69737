import { z } from 'zod';
import { newBundleKey, bundleKeySchema } from '../../src-renderer/domain/syncBundle';
import { type CouchClient, docPath } from '../couch/client';
import { writeResultSchema } from '../couch/responses';
import { REGISTRY_DB } from '../layout';

/**
 * Each station's U盘同步 key (domain/syncBundle.ts) lives in the admin-only registry, in a document of its
 * own beside the station's entry: the entry is rewritten whenever its profile is ensured, the key never.
 */
function keyDocId(code: string): string {
  return `bundle-key:${code.toLowerCase()}`;
}

const keyDocSchema = z.looseObject({ _id: z.string(), _rev: z.string(), key: bundleKeySchema });

export async function readBundleKey(client: CouchClient, code: string): Promise<string | null> {
  const doc = keyDocSchema.safeParse(await client.getOrNull(docPath(REGISTRY_DB, keyDocId(code)), z.unknown()));
  return doc.success ? doc.data.key : null;
}

/** The station's key, issued now when it has none (stations opened before U盘同步 existed). */
export async function ensureBundleKey(client: CouchClient, code: string, now: Date): Promise<string> {
  const existing = await readBundleKey(client, code);
  if (existing !== null) return existing;
  const key = newBundleKey();
  await client.put(docPath(REGISTRY_DB, keyDocId(code)), { _id: keyDocId(code), key, issuedAt: now.toISOString() }, writeResultSchema);
  return key;
}
