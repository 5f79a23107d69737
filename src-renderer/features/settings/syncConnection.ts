import type { SyncConnectionInfo } from '../../sync/status';

export interface ConnectionLine {
  /** i18n key in the settings namespace. */
  key: 'settings.sync.notConnected' | 'settings.sync.connected';
  params: { user?: string; server?: string };
}

/** Where the city-server connection stands, as the one line Settings shows. */
export function connectionLine(connection: SyncConnectionInfo | null): ConnectionLine {
  if (!connection) return { key: 'settings.sync.notConnected', params: {} };
  return { key: 'settings.sync.connected', params: { user: connection.username, server: connection.serverUrl } };
}
