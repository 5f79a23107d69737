import path from 'node:path';
import type { PlatformPath } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export type BundledFileResolution = { kind: 'file'; filePath: string } | { kind: 'forbidden'; reason: string };

const INDEX_FILE = 'index.html';

function forbidden(reason: string): BundledFileResolution {
  return { kind: 'forbidden', reason };
}

/**
 * Maps an `app://station-ledger/...` request to a file inside the bundled renderer folder.
 * Anything that could reach outside that folder is refused, whether spelled plainly, percent-encoded
 * (`%2e%2e`, `%2f`, `%5c`) or with Windows separators and drive letters. Paths without a file extension
 * are client-side routes and get the single-page entry, so a reload on any screen works.
 * `pathApi` exists so tests can check Windows path semantics on Linux.
 */
export function resolveBundledFile(
  requestUrl: string,
  rootDir: string,
  pathApi: PlatformPath = path,
): BundledFileResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return forbidden('unparsable URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return forbidden('foreign origin');

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return forbidden('malformed percent-encoding');
  }
  if (/[\0\\:]/.test(decoded)) return forbidden('forbidden character in path');

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return forbidden('dot segment');

  const last = segments.at(-1);
  if (last === undefined || !last.includes('.')) {
    segments.splice(0, segments.length, INDEX_FILE);
  }

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) {
    return forbidden('outside the bundle');
  }
  return { kind: 'file', filePath };
}
