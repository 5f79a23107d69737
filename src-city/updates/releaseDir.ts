import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'zod';
import { CityError } from '../couch/errors';
import { updateMessages } from './updateMessages';

/** One file of a release as it will be attached: its name in the folder and on the server, and its bytes. */
export interface ReleaseFile {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

export interface Release {
  version: string;
  /** latest.yml as electron-builder wrote it: what the app reads first. */
  latestYml: ReleaseFile;
  /** The installers latest.yml lists, each checked against its sha512 and size. */
  installers: Array<ReleaseFile & { sha512: string }>;
  /** Blockmaps found beside the installers (for differential downloads); a missing one is not an error. */
  blockmaps: ReleaseFile[];
}

export const LATEST_YML = 'latest.yml';

/** A bare file name CouchDB takes as an attachment name: no folders, nothing starting with `_` or `.`. */
const bareName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\]/.test(name) && !name.startsWith('_') && !name.startsWith('.'), 'not a bare file name');

const latestYmlSchema = z.looseObject({
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'version is not x.y.z'),
  files: z
    .array(z.looseObject({ url: bareName, sha512: z.string().min(80), size: z.number().int().positive() }))
    .min(1, 'lists no installer'),
});

export function sha512Base64(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('base64');
}

async function readIfThere(file: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Reads an electron-builder output folder and refuses it unless latest.yml is there, says what
 * electron-builder says, and every installer it lists is in the folder with exactly that sha512 and size:
 * what the app will check after downloading, checked here before anything goes to the server.
 */
export async function readRelease(dir: string): Promise<Release> {
  const latestBytes = await readIfThere(path.join(dir, LATEST_YML));
  if (latestBytes === null) throw new CityError(updateMessages.noLatestYml(dir), 2);
  let parsedYaml: unknown;
  try {
    parsedYaml = load(new TextDecoder().decode(latestBytes));
  } catch {
    throw new CityError(updateMessages.badLatestYml('YAML'), 2);
  }
  const parsed = latestYmlSchema.safeParse(parsedYaml);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CityError(updateMessages.badLatestYml(`${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`), 2);
  }
  const installers: Release['installers'] = [];
  const blockmaps: ReleaseFile[] = [];
  for (const listed of parsed.data.files) {
    const bytes = await readIfThere(path.join(dir, listed.url));
    if (bytes === null) throw new CityError(updateMessages.missingFile(listed.url), 2);
    if (bytes.byteLength !== listed.size) throw new CityError(updateMessages.sizeMismatch(listed.url), 2);
    if (sha512Base64(bytes) !== listed.sha512) throw new CityError(updateMessages.shaMismatch(listed.url), 2);
    installers.push({ name: listed.url, bytes, contentType: 'application/octet-stream', sha512: listed.sha512 });
    const blockmapName = `${listed.url}.blockmap`;
    const blockmap = await readIfThere(path.join(dir, blockmapName));
    if (blockmap !== null) blockmaps.push({ name: blockmapName, bytes: blockmap, contentType: 'application/octet-stream' });
  }
  return {
    version: parsed.data.version,
    latestYml: { name: LATEST_YML, bytes: latestBytes, contentType: 'text/yaml' },
    installers,
    blockmaps,
  };
}
