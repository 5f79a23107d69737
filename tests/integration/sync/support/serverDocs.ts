import { docTypeOf } from '../../../../src-renderer/domain/ids';
import { holdsPersonalData } from '../../../../src-renderer/records/registry';
import type { StationCredentials } from '../../../../src-renderer/platform/api';
import type { CityServer, ProvisionedStation } from '../../support/cityProvision';
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

/**
 * A PC's documents of all station collections in one map (the server keeps them in one database), as the
 * server should hold them: a deleted record with personal data is a bare tombstone there, while the PC keeps
 * its own copy's body.
 */
export function stationSide(snapshot: Snapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [collection, docs] of Object.entries(snapshot)) {
    if (collection === 'catalog') continue;
    for (const [id, content] of Object.entries(docs)) {
      const bare = holdsPersonalData(docTypeOf(id)) && content.includes('"deleted":true');
      out[id] = bare ? contentKey({ _id: id, _deleted: true }) : content;
    }
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

/** One document of the station's database as the server holds it, read as the server's admin. */
export async function serverDoc(couch: CityServer, station: ProvisionedStation, id: string): Promise<Record<string, unknown>> {
  const answer = await couchRequest(couch.server.url, 'GET', `/${station.setup.database}/${encodeURIComponent(id)}`, { auth: couch.server.admin });
  if (answer.status !== 200) throw new Error(`GET ${id}: HTTP ${answer.status}`);
  return answer.body as Record<string, unknown>;
}

/** A write through the station's own account, as another PC's or another app version's push makes it; the HTTP status. */
export async function writeAsStation(couch: CityServer, station: ProvisionedStation, doc: Record<string, unknown>): Promise<number> {
  const answer = await couchRequest(couch.server.url, 'PUT', `/${station.setup.database}/${encodeURIComponent(String(doc._id))}`, {
    auth: station.auth,
    body: doc,
  });
  return answer.status;
}

/**
 * The server's documents as a PC should hold them: a bare tombstone (a deleted record with personal data)
 * of a record the PC never held is not stored there, since there is nothing on the PC to delete.
 */
export function asHeldBy(onServer: Record<string, string>, pcSide: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(onServer).filter(([id, content]) => id in pcSide || content !== contentKey({ _id: id, _deleted: true })));
}
