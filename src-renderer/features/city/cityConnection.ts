import { z } from 'zod';
import { ROLLUP_DESIGN_NAME, type ReadView, viewQueryParams } from '../../domain/cityReport/rollupViews';
import { HEALTH_PREFIX, stationHealthDocSchema, type StationHealthDoc } from '../../domain/stationHealth';
import type { StationCredentials } from '../../platform/api';
import { REQUEST_TIMEOUT_MS } from '../../sync/constants';
import { type CouchClient, createCouchClient } from '../../sync/couchClient';
import { createRequestLimiter } from '../../sync/requestLimiter';

/**
 * The dashboard's line to its roll-up database: the sync layer's client (every answer checked, a refused
 * password stopping every request, as CouchDB's lockout needs), reading grouped views and the stations'
 * health records, and remembering the server's clock, which decides how long a station has been silent.
 */
export interface CityConnection {
  readonly database: string;
  readView: ReadView;
  /** Each station's sync health as `rollup refresh` last wrote it (small records, no personal data). */
  healthDocs(): Promise<{ docs: StationHealthDoc[]; unreadable: number }>;
  /** The server's time at its latest answer, or null before any. */
  serverNowMs(): number | null;
}

/** The roll-up serves many small views at once; more would crowd a server 2,445 stations share. */
const PARALLEL_REQUESTS = 4;

const healthRowsSchema = z.object({ rows: z.array(z.object({ id: z.string(), doc: z.unknown().optional() })) });

export function connectCity(credentials: StationCredentials, fetchImpl?: typeof fetch): CityConnection {
  let server: { serverMs: number; localMs: number } | null = null;
  const client: CouchClient = createCouchClient({
    serverUrl: credentials.serverUrl,
    username: credentials.username,
    password: credentials.password,
    timeoutMs: REQUEST_TIMEOUT_MS,
    limiter: createRequestLimiter(PARALLEL_REQUESTS),
    onServerDate: (serverMs, localMs) => (server = { serverMs, localMs }),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  const db = `/${encodeURIComponent(credentials.database)}`;
  return {
    database: credentials.database,
    readView: (view, query, schema) => client.request({ path: `${db}/_design/${ROLLUP_DESIGN_NAME}/_view/${view}`, query: viewQueryParams(query), schema }),
    async healthDocs() {
      const range = { include_docs: 'true', startkey: JSON.stringify(HEALTH_PREFIX), endkey: JSON.stringify(`${HEALTH_PREFIX}\ufff0`) };
      const answer = await client.request({ path: `${db}/_all_docs`, query: range, schema: healthRowsSchema });
      const docs: StationHealthDoc[] = [];
      let unreadable = 0;
      for (const row of answer.rows) {
        const parsed = stationHealthDocSchema.safeParse(row.doc);
        if (parsed.success) docs.push(parsed.data);
        else unreadable += 1;
      }
      return { docs, unreadable };
    },
    // The server's clock carried forward by this PC's since that answer: an interval, so a wrong PC clock does not matter.
    serverNowMs: () => (server === null ? null : server.serverMs + (Date.now() - server.localMs)),
  };
}
