/**
 * Where the renderer comes from. In production it is served from our own `app://` scheme, whose origin
 * must never change: IndexedDB (the station's whole ledger) is keyed by origin, so a new origin would
 * look like an empty database to the keeper.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'station-ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null for URLs without a host (file:, data:, about:, javascript:)
 * and for anything that does not parse. Computed by hand because Node's URL reports `null` as the
 * origin of non-special schemes such as `app:`, while Chromium treats our standard scheme as a real origin.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isSameOrigin(url: string, appOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === originOf(appOrigin);
}

export type RendererSource = { kind: 'dev-server'; url: string } | { kind: 'bundle'; url: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL is honoured only in an unpackaged run and only on loopback: an installed app must
 * never be pointed at remote code by an environment variable.
 */
export function chooseRendererSource(options: { isPackaged: boolean; devServerUrl: string | undefined }): RendererSource {
  const { isPackaged, devServerUrl } = options;
  if (!isPackaged && devServerUrl !== undefined && devServerUrl !== '') {
    try {
      const parsed = new URL(devServerUrl);
      if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK_HOSTS.has(parsed.hostname)) {
        return { kind: 'dev-server', url: parsed.href };
      }
    } catch {
      // An unparsable dev URL falls through to the bundled renderer.
    }
  }
  return { kind: 'bundle', url: APP_ENTRY_URL };
}
