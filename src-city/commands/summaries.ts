import { z } from 'zod';
import { stationProfileId } from '../../src-renderer/domain/ids';
import { type CouchClient, dbPath, docPath, query } from '../couch/client';
import { allDocsWithDocsSchema, dbInfoSchema, storedDocSchema, writeResultSchema } from '../couch/responses';
import { everyDocLeaves, removeForGood } from '../couch/history';
import { SUMMARY_FORMAT, SUMMARY_PREFIX, stationSummarySchema, summaryId, type StationSummary } from '../design/summaryDoc';
import { HEALTH_PREFIX, healthId } from '../../src-renderer/domain/stationHealth';
import { ROLLUP_DB } from '../layout';
import { refreshHealthDocs } from './health';
import { type PersonKey, personKeyOf, readPersonKey } from '../personKey';
import { type CountedRequest, dutyCountsByYear, openRequestsByYear, requestCountsByYear } from './serviceCounts';
import type { Change } from './accounts';
import { stationsOnRecord, type TrustedStation } from './registry';

/** Records read per request from a station database, and a bound far above any station's volunteers. */
const PAGE = 1000;
const MAX_PAGES = 1000;

const volunteerRow = z.looseObject({
  _id: z.string(),
  idType: z.string(),
  idNumber: z.string(),
  joinDate: z.string().optional(),
  active: z.boolean().optional(),
});
const certificateRow = z.looseObject({ _id: z.string(), year: z.number(), revokedAt: z.string().optional() });
const profileRow = z.looseObject({ demonstration: z.boolean().optional() });
const honourRow = z.looseObject({ year: z.number(), kind: z.string(), level: z.string() });
const anyDoc = z.looseObject({ _id: z.string() });
/** What the counts read of a request: never the resident, the phone or the need. */
const requestRow = z.looseObject({ state: z.string(), receivedDate: z.string(), wantedDate: z.string().catch(''), doneDate: z.string().catch(''), rating: z.number().catch(0) });
const shiftRow = z.looseObject({
  postId: z.string(),
  date: z.string(),
  credits: z.array(z.looseObject({ volunteerId: z.string(), hours: z.number() })),
});

/** Every live document of one type (`<type>:` ids), page by page. */
async function liveDocsOfType(client: CouchClient, db: string, type: string): Promise<Array<z.infer<typeof anyDoc>>> {
  const out: Array<z.infer<typeof anyDoc>> = [];
  let startkey = `${type}:`;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = { include_docs: true, startkey, endkey: `${type}:\ufff0`, limit: PAGE };
    const answer = await client.get(dbPath(db, `/_all_docs${query(params)}`), allDocsWithDocsSchema(anyDoc));
    for (const row of answer.rows) if (row.doc) out.push(row.doc);
    const last = answer.rows.at(-1)?.id;
    if (answer.rows.length < PAGE || last === undefined) return out;
    // Just after the last id read.
    startkey = `${last}\u0000`;
  }
  throw new Error(`${db}: more than ${PAGE * MAX_PAGES} ${type} records`);
}

/**
 * A station's summary, read from its own database with the admin's rights: the volunteers reduced to
 * person keys, join years and flags, the certificates, honours, requests and duty shifts to counts. Nothing
 * personal is kept from the read.
 */
export async function computeSummary(client: CouchClient, station: TrustedStation, key: PersonKey, now: Date): Promise<StationSummary> {
  const db = station.names.database;
  const info = await client.get(dbPath(db), dbInfoSchema);
  const volunteers: StationSummary['volunteers'] = [];
  for (const doc of await liveDocsOfType(client, db, 'volunteer')) {
    const v = volunteerRow.safeParse(doc);
    if (!v.success) continue;
    const joinYear = /^\d{4}/.exec(v.data.joinDate ?? '')?.[0] ?? '';
    volunteers.push({ id: v.data._id, person: personKeyOf(key, v.data.idType, v.data.idNumber), joinYear, active: v.data.active !== false });
  }
  const certificates: Record<string, number> = {};
  for (const doc of await liveDocsOfType(client, db, 'certificate')) {
    const c = certificateRow.safeParse(doc);
    if (!c.success || (c.data.revokedAt ?? '') !== '') continue;
    certificates[String(c.data.year)] = (certificates[String(c.data.year)] ?? 0) + 1;
  }
  const honours = new Map<string, { year: string; kind: string; level: string; count: number }>();
  for (const doc of await liveDocsOfType(client, db, 'honour')) {
    const h = honourRow.safeParse(doc);
    if (!h.success) continue;
    const year = String(h.data.year);
    const at = `${year}|${h.data.kind}|${h.data.level}`;
    const entry = honours.get(at) ?? { year, kind: h.data.kind, level: h.data.level, count: 0 };
    entry.count += 1;
    honours.set(at, entry);
  }
  const requests: CountedRequest[] = [];
  for (const doc of await liveDocsOfType(client, db, 'request')) {
    const r = requestRow.safeParse(doc);
    // The state is kept as read: the counting treats one it does not know as neither open nor done.
    if (r.success) requests.push(r.data);
  }
  const shifts = (await liveDocsOfType(client, db, 'shift')).flatMap((doc) => {
    const parsed = shiftRow.safeParse(doc);
    return parsed.success ? [parsed.data] : [];
  });
  const profile = profileRow.safeParse(await client.getOrNull(docPath(db, stationProfileId(station.entry.code)), anyDoc));
  const { code, name, city, county, center, institute } = station.entry;
  return {
    _id: summaryId(code),
    format: SUMMARY_FORMAT,
    stationId: code,
    station: { name, city, county, center, institute, demonstration: profile.success && profile.data.demonstration === true },
    volunteers: volunteers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    certificates,
    honours: [...honours.values()].sort((a, b) => (a.year + a.kind + a.level < b.year + b.kind + b.level ? -1 : 1)),
    requests: requestCountsByYear(requests),
    openRequests: openRequestsByYear(requests),
    duty: dutyCountsByYear(shifts),
    keyId: key.id,
    sourceSeq: info.update_seq,
    computedAt: now.toISOString(),
  };
}

export interface RefreshOptions {
  /** Only these stations (codes); all trusted stations when absent. */
  codes?: readonly string[];
  /** Read the station database even when it has not changed since the last summary. */
  force?: boolean;
  now?: () => Date;
}

/**
 * Brings every trusted station's summary in the roll-up up to date: a station whose database changed since
 * its summary (or whose summary was made with another key, or for another registry entry) is read again;
 * summaries of stations the city no longer trusts are purged.
 */
export async function refreshSummaries(client: CouchClient, options: RefreshOptions = {}): Promise<Change[]> {
  const key = await readPersonKey(client);
  const { trusted } = await stationsOnRecord(client);
  const wanted = options.codes === undefined ? trusted : trusted.filter((s) => options.codes?.includes(s.entry.code));
  const now = options.now ?? (() => new Date());
  const changes: Change[] = [];
  for (const station of wanted) {
    const id = summaryId(station.entry.code);
    const stored = await client.getOrNull(docPath(ROLLUP_DB, id), storedDocSchema);
    const previous = stationSummarySchema.safeParse(stored);
    if (options.force !== true && previous.success) {
      const info = await client.get(dbPath(station.names.database), dbInfoSchema);
      const [was, is] = [previous.data.station, station.entry];
      const sameStation = was.name === is.name && was.city === is.city && was.county === is.county && was.center === is.center && was.institute === is.institute;
      if (previous.data.sourceSeq === info.update_seq && previous.data.keyId === key.id && sameStation) {
        changes.push({ what: `${ROLLUP_DB}/${id}`, outcome: 'unchanged' });
        continue;
      }
    }
    const summary = await computeSummary(client, station, key, now());
    await client.put(docPath(ROLLUP_DB, id), stored === null ? summary : { ...summary, _rev: stored._rev }, writeResultSchema);
    changes.push({ what: `${ROLLUP_DB}/${id}`, outcome: stored === null ? 'created' : 'updated' });
  }
  // Sync health for the dashboards rides along: the same schedule keeps both fresh.
  changes.push(...(await refreshHealthDocs(client, wanted)));
  if (options.codes === undefined) {
    const keep = new Set(trusted.flatMap((s) => [summaryId(s.entry.code), healthId(s.entry.code)]));
    changes.push(...(await purgeStaleSummaries(client, keep)));
  }
  return changes;
}

/** Summaries and health records of stations no longer trusted (unregistered, or without the station role) go for good. */
async function purgeStaleSummaries(client: CouchClient, keep: ReadonlySet<string>): Promise<Change[]> {
  const stale = await everyDocLeaves(client, ROLLUP_DB, (id) => (id.startsWith(SUMMARY_PREFIX) || id.startsWith(HEALTH_PREFIX)) && !keep.has(id));
  const outcome = await removeForGood(client, ROLLUP_DB, stale);
  return stale.map((d) => ({ what: `${ROLLUP_DB}/${d.id}`, outcome, note: 'not a trusted station / 不是登记在册的站点' }));
}
