import { createHash } from 'node:crypto';
import { CATALOG_DB, COUCH_DB_NAME, STATION_CODE, STATION_CODE_MAX, STATION_DESIGN_DOC } from '../src-renderer/domain/stationSetupFile';
import { ROLLUP_DESIGN_NAME } from '../src-renderer/domain/cityReport/rollupViews';

/** Where everything lives on the city's CouchDB. */
export { CATALOG_DB };
export const ROLLUP_DB = 'city-rollup';
export const USERS_DB = '_users';
export const REPLICATOR_DB = '_replicator';
export const STATION_ROLE = 'station';

/**
 * The CLI's own admin-only database: the station registry (`station:<code>`, the only list of stations the
 * city trusts) and the secrets the server side needs (the roll-up replication account's password, the key
 * that turns ID numbers into person keys). Only server admins can read it.
 */
export const REGISTRY_DB = 'city-registry';
/** The account CouchDB's replicator uses for the roll-up: a member of every station database and of the roll-up. */
export const REPLICATOR_USERNAME = 'city-rollup-replicator';
export const REPLICATOR_ROLE = 'rollup-replicator';

export const STATION_DESIGN_ID = `_design/${STATION_DESIGN_DOC}`;
export const CATALOG_DESIGN_ID = '_design/catalog';
export const ROLLUP_DESIGN_ID = `_design/${ROLLUP_DESIGN_NAME}`;
/** The roll-up filter as a JavaScript function (station design document), for servers without Mango selectors. */
export const ROLLUP_FILTER = `${STATION_DESIGN_DOC}/rollup`;

const USER_DOC_PREFIX = 'org.couchdb.user:';
const STATION_PREFIX = 'station-';

export function isStationCode(code: string): boolean {
  return code.length > 0 && code.length <= STATION_CODE_MAX && STATION_CODE.test(code);
}

export interface StationNames {
  /** The station's code as issued; every record's stationId. */
  code: string;
  database: string;
  username: string;
  userDocId: string;
  replicationId: string;
}

/**
 * CouchDB database names must be lower case, so the database and the account use the code lower-cased;
 * the stationId inside documents keeps the code as issued. Two codes that differ only in case would share
 * a database: `station add` refuses the second because its account already exists.
 */
export function stationNames(code: string): StationNames {
  const lower = code.toLowerCase();
  const database = `${STATION_PREFIX}${lower}`;
  if (!COUCH_DB_NAME.test(database)) throw new Error(`not a CouchDB database name: ${database}`);
  return {
    code,
    database,
    username: database,
    userDocId: `${USER_DOC_PREFIX}${database}`,
    replicationId: `rollup-${database}`,
  };
}

export const STATION_USER_DOC_RANGE = {
  startkey: `${USER_DOC_PREFIX}${STATION_PREFIX}`,
  endkey: `${USER_DOC_PREFIX}${STATION_PREFIX}\ufff0`,
};

/** Accounts of the city's dashboard users: read-only on one roll-up (src-renderer/domain/citySetupFile.ts). */
export const CITY_VIEWER_ROLE = 'city-viewer';
const CITY_USER_PREFIX = 'city-user-';
export const CITY_USER_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export function cityUserNames(name: string): { username: string; userDocId: string } {
  const username = `${CITY_USER_PREFIX}${name}`;
  return { username, userDocId: `${USER_DOC_PREFIX}${username}` };
}

/**
 * A county's own roll-up: CouchDB grants reading per database, never per document, so a county user can
 * only be kept to its county's stations by a database holding only those. Database names must be lower-case
 * ASCII, county names are Chinese: the key is a short hash of the name (the registry keeps the name).
 */
export interface CountyNames {
  county: string;
  key: string;
  database: string;
  role: string;
  replicationId: string;
  registryId: string;
}

export function countyNames(county: string): CountyNames {
  const key = createHash('sha256').update(county.trim(), 'utf8').digest('hex').slice(0, 12);
  return {
    county: county.trim(),
    key,
    database: `${ROLLUP_DB}-county-${key}`,
    role: `county-viewer-${key}`,
    replicationId: `county-rollup-${key}`,
    registryId: `county:${key}`,
  };
}
