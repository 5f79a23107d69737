import { z } from 'zod';
import type { CouchClient } from './client';

/**
 * Apache CouchDB, or pouchdb-server (the development stand-in, `npm run city:dev`). They differ where the
 * city's set-up depends on it: pouchdb-server's replicator cannot take a Mango selector (it crashes), and
 * it has no `_purge`.
 */
export type ServerKind = 'couchdb' | 'pouchdb-server';

const welcomeSchema = z.looseObject({ 'express-pouchdb': z.string().optional() });
const known = new WeakMap<CouchClient, Promise<ServerKind>>();

export function serverKind(client: CouchClient): Promise<ServerKind> {
  let kind = known.get(client);
  if (kind === undefined) {
    kind = client.get('/', welcomeSchema).then((welcome) => (welcome['express-pouchdb'] === undefined ? 'couchdb' : 'pouchdb-server'));
    known.set(client, kind);
  }
  return kind;
}
