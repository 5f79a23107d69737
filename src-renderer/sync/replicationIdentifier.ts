/**
 * Names where a collection's replication checkpoints and RxDB's record of what the server holds belong:
 * another server or database starts afresh. U盘同步 (sync/bundle) works on the same records, so both use
 * this one function.
 */
export function replicationIdentifier(serverUrl: string, database: string, collection: string): string {
  return `station-ledger:${serverUrl.replace(/\/+$/, '')}/${database}/${collection}`;
}
