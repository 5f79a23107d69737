import { UNSTAMPED_VERSION, FIRST_MAJOR, WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../domain/entities/wireFormat';

/** One RxDB migration strategy as the pull applies it; the zod schema checks what it returns. */
export type WireMigration = (old: Record<string, unknown>) => unknown;

export interface WireStamp {
  version: number;
  major: number;
}

/** What a collection's documents look like on the wire, for stamping pushes and reading pulls. */
export interface WireShape {
  /** The collection's RxDB schema version: pushes are stamped with it, older pulls migrated up to it. */
  schemaVersion: number;
  major: number;
  migrations: ReadonlyMap<number, WireMigration>;
}

function stampNumber(value: unknown, fallback: number, min: number): number | null {
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : null;
}

/** The stamp of a document from the server; null when the stamp itself is malformed. */
export function stampOf(body: Record<string, unknown>): WireStamp | null {
  const version = stampNumber(body[WIRE_VERSION_FIELD], UNSTAMPED_VERSION, 0);
  const major = stampNumber(body[WIRE_MAJOR_FIELD], FIRST_MAJOR, FIRST_MAJOR);
  return version === null || major === null ? null : { version, major };
}

export function withoutStamp(body: Record<string, unknown>): Record<string, unknown> {
  const { [WIRE_VERSION_FIELD]: _version, [WIRE_MAJOR_FIELD]: _major, ...rest } = body;
  return rest;
}

export function stampFor(shape: WireShape): Record<string, number> {
  return { [WIRE_VERSION_FIELD]: shape.schemaVersion, [WIRE_MAJOR_FIELD]: shape.major };
}

/**
 * A collection's RxDB migration strategies, keyed by the version each one produces. Their declared
 * document types cannot be trusted for a document off the wire, so they are taken as plain functions
 * and whatever they return is validated afterwards.
 */
export function wireMigrations(strategies: Readonly<Record<number, unknown>>): ReadonlyMap<number, WireMigration> {
  const out = new Map<number, WireMigration>();
  for (const [key, strategy] of Object.entries(strategies)) {
    if (typeof strategy === 'function') out.set(Number(key), (old) => (strategy as WireMigration)(old));
  }
  return out;
}

/**
 * Brings a pulled document written at `from` up to this app's version, the way RxDB migrates stored
 * documents when the app starts. Null when a step is missing, throws, answers asynchronously (ours never
 * do) or drops the document: such a document cannot be read and is kept out.
 */
export function migrateUp(shape: WireShape, body: Record<string, unknown>, from: number): Record<string, unknown> | null {
  let doc = body;
  // Bounded by the version numbers themselves: one step per version.
  for (let version = from + 1; version <= shape.schemaVersion; version++) {
    const step = shape.migrations.get(version);
    if (!step) return null;
    let next: unknown;
    try {
      next = step(doc);
    } catch {
      return null;
    }
    if (!next || typeof next !== 'object' || next instanceof Promise || Array.isArray(next)) return null;
    doc = next as Record<string, unknown>;
  }
  return doc;
}
