import { isLoopbackHost, isSafeTransport } from '../src-renderer/domain/stationSetupFile';
import { CityError } from './couch/errors';
import { messages } from './messages';

/**
 * Every request carries a password (Basic auth): the admin's from the CLI, a station's from its PCs, the
 * replication account's inside CouchDB. So https, except to this machine (loopback never leaves it), unless
 * the administrator says `--intranet-http` for a network the city controls; set-up files then record it
 * and the app shows it.
 */
export function requireSafeTransport(url: string, intranetHttp: boolean): void {
  if (!isSafeTransport(url, intranetHttp)) throw new CityError(messages.httpRefused(url), 2);
}

/** True when this URL goes unencrypted over a network (http to another host): worth a warning each time. */
export function isPlainHttpOverNetwork(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname);
}
