import type { MigrationStrategies, RxCollectionCreator, RxJsonSchema } from 'rxdb';
import type { z } from 'zod';
import type { WireFormat } from '../domain/entities/wireFormat';
import type { DocType } from '../domain/ids';
import type { Parsed } from '../domain/issues';
import type { ServerRules } from './fieldRule';

/** Each key migrates a stored (or pulled) document from the version before it; append-only. */
export type Migrations = MigrationStrategies;

/**
 * Everything the app, sync, backup, the conflict review and the city's server know about one record type,
 * in one place (records/<type>/index.ts). The shape is the one definition of what a stored document holds:
 * the RxDB schema, what a pulled document must satisfy, and the server's validate_doc_update derive from it.
 */
export interface RecordType<Name extends string = string, Shape extends z.ZodObject = z.ZodObject, Type extends DocType = DocType> {
  /** The id prefix (`honour:…`); also how the server and the pull tell types apart in one database. */
  docType: Type;
  /** The RxDB collection (`db.honours`). */
  collection: Name;
  /** The stored document; `z.output` of it is the document type. */
  shape: Shape;
  /**
   * The RxDB schema: derived from the shape (rxSchemaOf), or frozen for types older than derivation.
   * Typed here as RxDB types any collection's schema; defineRecordType checks it against the shape.
   */
  rxSchema: RxCollectionCreator['schema'];
  migrations: Migrations;
  /** How its documents travel between app versions (domain/entities/wireFormat.ts). */
  wire: WireFormat;
  /**
   * Holds personal data (ID numbers, phones, a named person or family): deletions travel as bare
   * tombstones, `city purge` reaches it, and it never enters the city's roll-up.
   */
  personal: boolean;
  /** Copied as it is into the city's roll-up (no personal data by construction); otherwise counted only. */
  rollup: boolean;
  /**
   * Ids the same on every PC of the station (the profile's is its code), not random: two PCs' first versions
   * must meet as a conflict, so the push creates these as ordinary writes (sync/push.ts firstRevisionOf).
   */
  sharedIds?: true;
  /** What the station server checks beyond the shape: formats and tighter bounds. */
  serverRules: ServerRules;
  /** A merged version from the conflict review, run through the same rules a form save uses. */
  parseFields(merged: Record<string, unknown>): Parsed<object>;
  /** Where the keeper opens one record; null where it has no page of its own. */
  pathOf(id: string): string | null;
}

/** Keeps the literal collection name and shape type, so the database's collections are typed from the registry. */
export function defineRecordType<const Name extends string, Shape extends z.ZodObject, const Type extends DocType>(
  definition: RecordType<Name, Shape, Type> & { rxSchema: RxJsonSchema<z.output<Shape>> },
): RecordType<Name, Shape, Type> {
  return definition;
}
