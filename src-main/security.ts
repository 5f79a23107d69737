import type { WebPreferences } from 'electron';
import { isSameOrigin } from './appOrigin';

/*
 * Every hardening rule of the desktop shell lives here. The predicates are pure so Node tests can
 * pin them down; the `harden*` functions only attach those predicates to Electron objects, which are
 * passed in as small structural interfaces.
 */

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // The spellchecker downloads dictionaries from a Google CDN, unreachable in many stations, and
    // has no Chinese dictionary anyway.
    spellcheck: false,
  };
}

export interface ContentSecurityPolicyOptions {
  /** The Vite dev server injects an inline React Refresh preamble and talks to the page over WebSocket. */
  dev?: boolean;
}

export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const dev = options.dev === true;
  const directives: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // antd writes its CSS-in-JS into <style> elements at run time.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    // The city's CouchDB address is configured by each station at run time, so it cannot be listed here.
    ['connect-src', dev ? ["'self'", 'http:', 'https:', 'ws:'] : ["'self'", 'http:', 'https:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** In-app navigation stays on the app's own origin; everything else is refused. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return isSameOrigin(url, appOrigin);
}

/** Links the keeper may open in the system browser or mail program. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '';
  if (parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/**
 * The only permissions the app itself is granted; every other request and check is denied.
 * - 'persistent-storage': Chromium routes `navigator.storage.persist()` through the permission system under
 *   this name (Electron lists it among the permissions its handlers receive). The ledger lives in IndexedDB
 *   and must not be evicted when the disk fills up.
 * - 'local-network-access', and its successors 'local-network' / 'loopback-network': Chromium's Local
 *   Network Access gates requests from the page to private and loopback addresses behind these, and denies
 *   them when the app does not grant them. The city's CouchDB is set at run time and often sits on a
 *   government intranet address, so sync would fail without them. connect-src already allows any http(s).
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'persistent-storage',
  'local-network-access',
  'local-network',
  'loopback-network',
]);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined, appOrigin: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isSameOrigin(requestingUrl, appOrigin);
}

type ExternalOpener = (url: string) => Promise<void>;

/** Opens allow-listed URLs with the OS; returns whether it tried. Never throws into the caller. */
export function openExternalIfAllowed(url: string, openExternal: ExternalOpener): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  openExternal(url).catch(() => {
    // Nothing to do if the OS has no handler for the link; the app itself is unaffected.
  });
  return true;
}

export type ResponseHeaders = Record<string, string | string[]>;

/** Replaces any CSP header the dev server sent (whatever its casing) with ours. */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy: string): ResponseHeaders {
  const result: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  url: string;
}

export interface HardenableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export function hardenWebContents(
  contents: HardenableWebContents,
  appOrigin: string,
  openExternal: ExternalOpener,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url, openExternal);
    return { action: 'deny' };
  });
  const guardNavigation = (event: NavigationEvent): void => {
    if (isAllowedNavigation(event.url, appOrigin)) return;
    event.preventDefault();
    openExternalIfAllowed(event.url, openExternal);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

export interface HeadersReceivedDetails {
  url: string;
  responseHeaders?: ResponseHeaders;
}

export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (details: HeadersReceivedDetails, callback: (response: { responseHeaders?: ResponseHeaders }) => void) => void,
    ): void;
  };
}

export function hardenSession(
  session: HardenableSession,
  options: { appOrigin: string; contentSecurityPolicy: string },
): void {
  const { appOrigin, contentSecurityPolicy } = options;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, appOrigin),
  );
  // Reaches the dev server's pages; app:// responses carry the header from the protocol handler.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isSameOrigin(details.url, appOrigin)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, contentSecurityPolicy) });
  });
}
