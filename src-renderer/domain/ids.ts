/**
 * Document ids carry their type as a prefix (`volunteer:…`). Several collections share one CouchDB database
 * per station, so the prefix lets the server and the pull filter tell types apart even for deleted
 * documents, whose bodies may be gone. The rest is time-ordered so ids sort roughly by creation.
 */
export const DOC_TYPES = ['station', 'volunteer', 'team', 'project', 'activity', 'conflict', 'certificate', 'honour', 'dutyPost', 'shift', 'request'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const ID_MAX_LENGTH = 64;

export function newId(type: DocType, now: number = Date.now()): string {
  const time = now.toString(36).padStart(9, '0');
  const random = crypto.getRandomValues(new Uint32Array(2));
  const tail = Array.from(random, (n) => n.toString(36).padStart(7, '0')).join('');
  return `${type}:${time}${tail}`;
}

export function docTypeOf(id: string): DocType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return (DOC_TYPES as readonly string[]).includes(prefix) ? (prefix as DocType) : null;
}

/**
 * The station profile is the single `station` document of a station database. Its id carries the station
 * code so that profiles stay distinct where the city replicates every station into one roll-up database.
 */
export function stationProfileId(code: string): string {
  return `station:${code}`;
}
