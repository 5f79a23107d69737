import type { RecordKind } from '../../domain/records/columns';
import { headerFingerprint, type ColumnMapping } from '../../domain/records/headerRecognition';
import type { LocalDb } from '../local/localDb';

/**
 * Column mappings the keeper confirmed, per header fingerprint: a station imports the same sheet layout
 * month after month and should map its columns once. Local to this PC (never replicated).
 */
export async function recallMapping(local: LocalDb, kind: RecordKind, headers: readonly string[]): Promise<ColumnMapping | null> {
  const row = await local.importMappings.get(headerFingerprint(kind, headers));
  return row && row.kind === kind ? row.mapping : null;
}

export async function rememberMapping(
  local: LocalDb,
  kind: RecordKind,
  headers: readonly string[],
  mapping: ColumnMapping,
  now: Date = new Date(),
): Promise<void> {
  await local.importMappings.put({ headerKey: headerFingerprint(kind, headers), kind, mapping, savedAt: now.toISOString() });
}
