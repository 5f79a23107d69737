/** The always-visible sync status in the header; filled in by the sync feature. */
export function SyncIndicator() {
  return null;
}
