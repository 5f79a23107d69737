import type { StationCredentials } from '../../../../src-renderer/platform/api';
import type { ProvisionedStation } from '../../support/cityProvision';
import { couchRequest, type Credentials } from '../../support/couchHttp';
import { contentKey, type PcOptions, type Snapshot } from './stationPc';

/** Every document in a database as the server holds it (deletions with their bodies), design documents left out. */
export async function serverDocs(url: string, admin: Credentials, database: string): Promise<Record<string, string>> {
  const answer = await couchRequest(url, 'GET', `/${database}/_changes?include_docs=true`, { auth: admin });
  if (answer.status !== 200) throw new Error(`reading ${database}: HTTP ${answer.status}`);
  const body = answer.body as { results: { id: string; doc?: Record<string, unknown> }[] };
  const out: Record<string, string> = {};
  for (const row of body.results) {
    if (row.id.startsWith('_design/') || !row.doc) continue;
    out[row.id] = contentKey(row.doc);
  }
  return out;
}

/** A PC's documents of all station collections in one map (the server keeps them in one database). */
export function stationSide(snapshot: Snapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [collection, docs] of Object.entries(snapshot)) {
    if (collection === 'catalog') continue;
    Object.assign(out, docs);
  }
  return out;
}

/** Only the documents that are not deleted. */
export function live(docs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(docs).filter(([, content]) => content.includes('"deleted":false')));
}

export function credentialsOf(station: ProvisionedStation, serverUrl?: string): StationCredentials {
  const { setup } = station;
  return { serverUrl: serverUrl ?? setup.serverUrl, database: setup.database, username: setup.username, password: setup.password };
}

export function pcOptions(name: string, station: ProvisionedStation, serverUrl?: string): Omit<PcOptions, 'storage'> {
  return { name, station: station.setup.station, credentials: credentialsOf(station, serverUrl) };
}

/** Polls `check` until it returns true, bounded in tries and time. */
export async function eventually(what: string, check: () => Promise<boolean>, options: { tries?: number; pauseMs?: number } = {}): Promise<void> {
  const tries = options.tries ?? 30;
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 200));
  }
  throw new Error(`${what}: not reached after ${tries} tries`);
}
