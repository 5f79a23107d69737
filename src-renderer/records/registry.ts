import type { RxCollection } from 'rxdb';
import type { z } from 'zod';
import type { DocType } from '../domain/ids';
import { activityRecord } from './activity';
import { certificateRecord } from './certificate';
import { conflictRecord } from './conflict';
import { dutyPostRecord } from './dutyPost';
import { honourRecord } from './honour';
import { projectRecord } from './project';
import { requestRecord } from './request';
import { shiftRecord } from './shift';
import type { RecordType } from './recordType';
import { stationRecord } from './station';
import { teamRecord } from './team';
import { volunteerRecord } from './volunteer';

/**
 * Every record type a station keeps, by id prefix, in the order a fresh PC fills up in (what others refer to
 * comes first; the conflict register last). Adding a type: its folder under records/, its prefix in
 * domain/ids.ts DOC_TYPES, and one line here; the database, sync, backup, conflict review, the server's
 * validation and the roll-up all take it from this list.
 */
export const RECORD_TYPES = {
  station: stationRecord,
  team: teamRecord,
  project: projectRecord,
  volunteer: volunteerRecord,
  activity: activityRecord,
  certificate: certificateRecord,
  honour: honourRecord,
  dutyPost: dutyPostRecord,
  shift: shiftRecord,
  request: requestRecord,
  conflict: conflictRecord,
} as const satisfies { [T in DocType]: RecordType & { docType: T } };

type Definitions = typeof RECORD_TYPES;

/** One RxDB collection per record type, typed by its shape. */
export type RecordCollections = {
  [T in keyof Definitions as Definitions[T]['collection']]: RxCollection<z.output<Definitions[T]['shape']>>;
};
export type RecordCollectionName = keyof RecordCollections;

export const RECORD_TYPE_LIST: readonly RecordType<RecordCollectionName>[] = Object.values(RECORD_TYPES);

export function recordTypeOf(docType: DocType): RecordType<RecordCollectionName> {
  return RECORD_TYPES[docType];
}

export function recordTypeOfCollection(collection: string): RecordType<RecordCollectionName> | undefined {
  return RECORD_TYPE_LIST.find((t) => t.collection === collection);
}

/** Types whose deletions travel as bare tombstones and that `city purge` reaches (see RecordType.personal). */
export const PERSONAL_TYPES: readonly DocType[] = RECORD_TYPE_LIST.filter((t) => t.personal).map((t) => t.docType);

/** Types the city's roll-up copies whole. */
export const ROLLUP_TYPES: readonly DocType[] = RECORD_TYPE_LIST.filter((t) => t.rollup).map((t) => t.docType);

export function holdsPersonalData(type: DocType | null): boolean {
  return type !== null && PERSONAL_TYPES.includes(type);
}

/** One value per record type, by id prefix (for the server's specs and schemas). */
export function byDocType<V>(valueOf: (type: RecordType) => V): Record<DocType, V> {
  // RECORD_TYPES is keyed by every DocType (its `satisfies` above), so the entries cover them all.
  return Object.fromEntries(RECORD_TYPE_LIST.map((t) => [t.docType, valueOf(t)])) as Record<DocType, V>;
}
