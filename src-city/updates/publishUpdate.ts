import { createHash } from 'node:crypto';
import { z } from 'zod';
import { APP_UPDATES_DB, APP_UPDATES_WINDOWS_DOC, defaultUpdateUrl } from '../../src-renderer/domain/stationSetupFile';
import { requireServerAdmin } from '../commands/accounts';
import { basicAuthHeader, dbPath, docPath, REQUEST_TIMEOUT_MS, type CouchClient, type CouchCredentials } from '../couch/client';
import { CityError, CouchError, errorFromStatus, networkErrorCode } from '../couch/errors';
import { dbInfoSchema } from '../couch/responses';
import { messages, type Bilingual } from '../messages';
import { LATEST_YML, type Release, type ReleaseFile } from './releaseDir';
import { updateMessages } from './updateMessages';

/** An installer upload may take a while on the city's link: ten minutes per file, not the usual 30 s. */
const UPLOAD_TIMEOUT_MS = 10 * 60 * 1000;

const attachmentStubSchema = z.looseObject({ length: z.number(), digest: z.string().optional() });
const releaseDocSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string(),
  version: z.string().optional(),
  files: z.array(z.looseObject({ name: z.string(), sha512: z.string() })).optional(),
  _attachments: z.record(z.string(), attachmentStubSchema).optional(),
});
type ReleaseDoc = z.infer<typeof releaseDocSchema>;

export interface PublishResult {
  outcome: 'published' | 'unchanged';
  version: string;
  /** The version it replaced, if any. */
  previous: string | null;
  /** What a station's set-up file names as updateUrl for this server. */
  url: string;
  /** The attachments written this time (an installer already there whole is not sent again). */
  uploaded: string[];
}

function md5Digest(bytes: Uint8Array): string {
  return `md5-${createHash('md5').update(bytes).digest('base64')}`;
}

/** Compares x.y.z[-pre] versions: a pre-release comes before its release. */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core = '', pre = ''] = v.split(/-(.*)/s);
    return { parts: core.split('.').map(Number), pre };
  };
  const left = split(a);
  const right = split(b);
  for (let i = 0; i < 3; i += 1) {
    const diff = (left.parts[i] ?? 0) - (right.parts[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (left.pre === right.pre) return 0;
  if (left.pre === '') return 1;
  if (right.pre === '') return -1;
  return left.pre < right.pre ? -1 : 1;
}

/** Attachments go as raw bytes (CouchClient speaks JSON only): one PUT per file, each a new revision. */
async function putAttachment(client: CouchClient, admin: CouchCredentials, file: ReleaseFile, rev: string | undefined): Promise<string> {
  const target = `${docPath(APP_UPDATES_DB, APP_UPDATES_WINDOWS_DOC)}/${encodeURIComponent(file.name)}`;
  const what = `PUT ${target}`;
  let response: Response;
  try {
    response = await fetch(`${client.baseUrl}${target}${rev === undefined ? '' : `?rev=${encodeURIComponent(rev)}`}`, {
      method: 'PUT',
      headers: { authorization: basicAuthHeader(admin), accept: 'application/json', 'content-type': file.contentType },
      body: file.bytes,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new CouchError('timeout', messages.timeout(client.baseUrl, Math.round(UPLOAD_TIMEOUT_MS / 1000)));
    }
    const code = networkErrorCode(error);
    if (code !== null) throw new CouchError('unreachable', messages.unreachable(client.baseUrl, code));
    throw error;
  }
  const body = (await response.json().catch(() => ({}))) as { rev?: unknown; error?: unknown; reason?: unknown };
  if (!response.ok) throw errorFromStatus(what, admin.username, response.status, body);
  if (typeof body.rev !== 'string') throw new CouchError('badResponse', messages.badResponse(what), response.status);
  return body.rev;
}

async function attachmentBytes(client: CouchClient, admin: CouchCredentials, name: string): Promise<Uint8Array | null> {
  const response = await fetch(`${client.baseUrl}${docPath(APP_UPDATES_DB, APP_UPDATES_WINDOWS_DOC)}/${encodeURIComponent(name)}`, {
    headers: { authorization: basicAuthHeader(admin) },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a).equals(Buffer.from(b));
}

/** True when the server already serves exactly this release: same version, installers, blockmaps and latest.yml. */
async function alreadyPublished(client: CouchClient, admin: CouchCredentials, doc: ReleaseDoc, release: Release): Promise<boolean> {
  const attached = doc._attachments ?? {};
  const filesSame =
    JSON.stringify((doc.files ?? []).map((f) => [f.name, f.sha512])) === JSON.stringify(release.installers.map((f) => [f.name, f.sha512]));
  const attachmentsSame = [...release.installers, ...release.blockmaps].every((f) => attached[f.name]?.length === f.bytes.byteLength);
  if (!filesSame || !attachmentsSame) return false;
  const served = await attachmentBytes(client, admin, LATEST_YML);
  return served !== null && sameBytes(served, release.latestYml.bytes);
}

/**
 * Puts a release on the city's server as attachments of `app-updates/win`. The installers and blockmaps go
 * first and latest.yml last, so a station checking meanwhile reads either the old latest.yml (whose
 * installer is still there) or the new one (whose installer already is); a last write of the document drops
 * the old installer and keeps the previous blockmap, which the app's differential download reads.
 * Publishing the same release again changes nothing; the same version with other files, or an older
 * version, is refused. A publish cut off half-way is finished by running it again.
 */
export async function publishUpdate(client: CouchClient, admin: CouchCredentials, release: Release, publicUrl: string, now: () => Date = () => new Date()): Promise<PublishResult> {
  await requireServerAdmin(client);
  if ((await client.getOrNull(dbPath(APP_UPDATES_DB), dbInfoSchema)) === null) throw new CityError(updateMessages.notInitialised());
  const url = defaultUpdateUrl(publicUrl);
  const existing = await client.getOrNull(docPath(APP_UPDATES_DB, APP_UPDATES_WINDOWS_DOC), releaseDocSchema);
  const previous = existing?.version ?? null;
  if (existing !== null && previous === release.version) {
    if (await alreadyPublished(client, admin, existing, release)) return { outcome: 'unchanged', version: release.version, previous, url, uploaded: [] };
    throw new CityError(updateMessages.sameVersionDifferentFiles(release.version));
  }
  if (previous !== null && compareVersions(release.version, previous) < 0) throw new CityError(updateMessages.olderVersion(release.version, previous));

  const attached = existing?._attachments ?? {};
  let rev = existing?._rev;
  const uploaded: string[] = [];
  for (const file of [...release.installers, ...release.blockmaps, release.latestYml]) {
    const there = attached[file.name];
    // Already there whole (a publish cut off earlier): not sent again.
    if (file.name !== LATEST_YML && there?.length === file.bytes.byteLength && there.digest === md5Digest(file.bytes)) continue;
    rev = await putAttachment(client, admin, file, rev);
    uploaded.push(file.name);
  }
  const keep = new Set([LATEST_YML, ...release.installers.map((f) => f.name), ...release.blockmaps.map((f) => f.name)]);
  for (const old of existing?.files ?? []) if (attached[`${old.name}.blockmap`] !== undefined) keep.add(`${old.name}.blockmap`);
  // The stubs exactly as CouchDB gives them (digest, revpos, type): CouchDB 3.5 refused bare `{ stub: true }`
  // here as missing_stub in most test runs, though every attachment named was on the revision given.
  const uploadedDoc = await client.get(docPath(APP_UPDATES_DB, APP_UPDATES_WINDOWS_DOC), releaseDocSchema);
  const stubs = Object.entries(uploadedDoc._attachments ?? {}).filter(([name]) => keep.has(name));
  const body = {
    _id: APP_UPDATES_WINDOWS_DOC,
    _rev: uploadedDoc._rev,
    version: release.version,
    files: release.installers.map((f) => ({ name: f.name, sha512: f.sha512, size: f.bytes.byteLength })),
    publishedAt: now().toISOString(),
    // An attachment left out is removed (the previous installer).
    _attachments: Object.fromEntries(stubs),
  };
  await client.put(docPath(APP_UPDATES_DB, APP_UPDATES_WINDOWS_DOC), body, z.looseObject({ ok: z.literal(true) }));
  return { outcome: 'published', version: release.version, previous, url, uploaded };
}

/** What the CLI says after publishing (or finding it already published). */
export function describePublish(result: PublishResult): Bilingual {
  if (result.outcome === 'unchanged') return updateMessages.unchanged(result.version, result.url);
  return updateMessages.published(result.version, result.uploaded.join(', '), result.url, result.previous);
}
