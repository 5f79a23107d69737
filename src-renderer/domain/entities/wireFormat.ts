/**
 * How a document on the server says which app version wrote it (DESIGN.md §3: the fleet is never
 * uniform). Every document this app pushes carries both fields; one without them was written before
 * versions went on the wire and counts as version 0 of major 1.
 *
 * - `schemaVersion`: the writer's RxDB schema version of that collection. A reader with a higher one runs
 *   its local migrations from there on the pulled document.
 * - `schemaMajor`: raised only by a change older apps cannot read safely (a field renamed, retyped or
 *   given another meaning). A reader whose major is lower keeps such a document out and shows it.
 */
export const WIRE_VERSION_FIELD = 'schemaVersion';
export const WIRE_MAJOR_FIELD = 'schemaMajor';

export const UNSTAMPED_VERSION = 0;
export const FIRST_MAJOR = 1;

export interface WireFormat {
  /** This app's major for the type; see `schemaMajor` above. */
  major: number;
  /**
   * Required fields added after the first version, with the schema version that added them. The server
   * lets a document of an earlier version go without them (the previous app still pushes those), and the
   * reader's migration fills them in on pull.
   */
  since: Readonly<Record<string, number>>;
}
