import { realCouchFromEnv } from '../integration/support/realCouch';

/**
 * Global set-up of the test runs that talk to a CouchDB: says once which server they use. Without
 * `COUCHDB_URL` the sync and city tests run on the stand-in, which proves less than the city's real server.
 */
export default function announceCouchTarget(): void {
  const real = realCouchFromEnv();
  if (real === null) {
    console.warn(
      '[couchdb] COUCHDB_URL is not set: the sync and city tests run on the stand-in (pouchdb-server behind a guard), ' +
        'not on Apache CouchDB. Set COUCHDB_URL=http://admin:PASSWORD@127.0.0.1:5984 to run them on a real server.',
    );
  } else {
    console.log(`[couchdb] the sync and city tests run on the Apache CouchDB at ${real.url}`);
  }
}
