import { isLoopbackHost } from '../../src-renderer/domain/stationSetupFile';
import type { StationCredentials } from '../../src-renderer/platform/api';

/** Where electron-updater's generic provider reads `latest.yml` and the installer, and what it sends along. */
export interface UpdateFeed {
  url: string;
  headers: Record<string, string>;
}

/**
 * The feed the station's set-up file named, or null when it named none (a file issued before updates) or
 * one this PC must not use. The city serves the files behind CouchDB's authentication, so the station's own
 * account goes along as Basic auth — but only to the very server the station syncs with: a set-up file
 * naming some other host for updates gets no password from us. The transport rule is the set-up file's
 * (https, or loopback, or the server the city allowed plain http for).
 */
export function updateFeedOf(credentials: StationCredentials | null): UpdateFeed | null {
  const updateUrl = credentials?.updateUrl;
  if (credentials === null || updateUrl === undefined || !URL.canParse(updateUrl) || !URL.canParse(credentials.serverUrl)) return null;
  const feed = new URL(updateUrl);
  const sameServer = feed.origin === new URL(credentials.serverUrl).origin;
  if (feed.protocol !== 'https:' && !isLoopbackHost(feed.hostname) && !sameServer) return null;
  if (!sameServer) return { url: updateUrl, headers: {} };
  const token = Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64');
  return { url: updateUrl, headers: { Authorization: `Basic ${token}` } };
}
