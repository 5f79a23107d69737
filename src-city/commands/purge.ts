import { z } from 'zod';
import { docTypeOf } from '../../src-renderer/domain/ids';
import { normalizeIdNumber } from '../../src-renderer/domain/idNumber';
import { type CouchClient, dbPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { compact, type DocLeaves, earlierRevisions, everyDocLeaves, purgeRevisions, readRevisions, type StoredBody } from '../couch/history';
import { dbInfoSchema } from '../couch/responses';
import { serverKind } from '../couch/serverKind';
import { ROLLUP_DB, stationNames } from '../layout';
import { messages } from '../messages';
import { requireServerAdmin } from './accounts';
import { trustedStation } from './registry';
import { refreshSummaries } from './summaries';

/**
 * Erasure on request (Personal Information Protection Law): everything the server holds about one person
 * at one station, removed with its history. A deletion only adds a tombstone and keeps every earlier
 * revision until compaction; `_purge` removes the documents themselves, every revision and branch.
 *
 * What goes: the person's volunteer record (found by ID number in any revision still on disk, or by its
 * id), every certificate issued to them, and every conflict copy of their record or naming their ID number
 * or phone. Then the station's summary in the roll-up is made again without them, and both databases are
 * compacted so the old bodies leave the disk. Activities keep their participant entries (the volunteer's
 * record id and hours: the station's own record of the event, and the city's hours), which no longer lead
 * to anyone. Other records that still mention the ID number or phone in their text are named, not changed:
 * the station corrects those in the app.
 */
export interface PurgeRequest {
  code: string;
  idNumber?: string;
  volunteerId?: string;
}

export interface PurgedDoc {
  id: string;
  /** Leaf revisions purged (the winner, conflicting versions, deletions); the history below them goes too. */
  revisions: number;
}

export interface PurgeReport {
  station: string;
  database: string;
  volunteers: PurgedDoc[];
  certificates: PurgedDoc[];
  conflicts: PurgedDoc[];
  /** Copies the roll-up still had (from a set-up before it held no personal data). */
  rollupCopies: string[];
  /** Activities naming the volunteer's record id as a participant (kept: hours, no person). */
  participations: number;
  /** Other records whose text still holds the ID number or phone: for the station to correct. */
  mentions: string[];
}

const personFields = z.looseObject({ idNumber: z.string().optional(), phone: z.string().optional(), volunteerId: z.string().optional(), docId: z.string().optional() });

function numberOf(body: StoredBody): string | null {
  const parsed = personFields.safeParse(body);
  return parsed.success && parsed.data.idNumber !== undefined && parsed.data.idNumber !== '' ? normalizeIdNumber(parsed.data.idNumber) : null;
}

/** Every revision body of these documents still on disk: their leaves, and the revisions before the leaves. */
async function historyOf(client: CouchClient, db: string, docs: readonly DocLeaves[]): Promise<Map<string, StoredBody[]>> {
  const leaves = await readRevisions(client, db, docs.flatMap((d) => d.revs.map((rev) => ({ id: d.id, rev }))));
  const seen = new Set(leaves.map((b) => `${b._id} ${b._rev}`));
  const earlier = leaves.flatMap((b) => earlierRevisions(b).map((rev) => ({ id: b._id, rev }))).filter((r) => !seen.has(`${r.id} ${r.rev}`));
  const bodies = new Map<string, StoredBody[]>();
  for (const body of [...leaves, ...(await readRevisions(client, db, earlier))]) bodies.set(body._id, [...(bodies.get(body._id) ?? []), body]);
  return bodies;
}

function typed(docs: readonly DocLeaves[], type: string): DocLeaves[] {
  return docs.filter((d) => docTypeOf(d.id) === type);
}

export async function purgePerson(client: CouchClient, request: PurgeRequest): Promise<PurgeReport> {
  await requireServerAdmin(client);
  if ((await serverKind(client)) !== 'couchdb') throw new CityError(messages.purgeUnsupported());
  const names = stationNames(request.code);
  const db = names.database;
  if ((await client.getOrNull(dbPath(db), dbInfoSchema)) === null) throw new CityError(messages.stationMissing(request.code));
  const wantedNumber = request.idNumber === undefined ? null : normalizeIdNumber(request.idNumber);

  const all = await everyDocLeaves(client, db, (id) => !id.startsWith('_design/'));
  const personal = [...typed(all, 'volunteer'), ...typed(all, 'certificate')];
  const history = await historyOf(client, db, personal);
  const bodiesOf = (id: string) => history.get(id) ?? [];

  const volunteers = typed(all, 'volunteer').filter((d) => d.id === request.volunteerId || (wantedNumber !== null && bodiesOf(d.id).some((b) => numberOf(b) === wantedNumber)));
  const stillLive = volunteers.filter((d) => !d.deleted).map((d) => d.id);
  if (stillLive.length > 0) throw new CityError(messages.purgeStillRegistered(request.code, stillLive));

  const ids = new Set(volunteers.map((d) => d.id));
  const numbers = new Set([...(wantedNumber === null ? [] : [wantedNumber]), ...volunteers.flatMap((d) => bodiesOf(d.id).map(numberOf)).filter((n): n is string => n !== null)]);
  const phones = new Set(volunteers.flatMap((d) => bodiesOf(d.id).map((b) => personFields.safeParse(b).data?.phone ?? '')).filter((p) => p !== ''));
  const traces = [...numbers, ...phones];
  const mentions = (text: string) => traces.some((t) => text.includes(t)) || [...ids].some((id) => text.includes(id));

  const certificates = typed(all, 'certificate').filter((d) =>
    bodiesOf(d.id).some((b) => {
      const c = personFields.safeParse(b).data;
      return (c?.volunteerId !== undefined && ids.has(c.volunteerId)) || (numberOf(b) !== null && numbers.has(numberOf(b) ?? ''));
    }),
  );
  const others = all.filter((d) => !ids.has(d.id) && !certificates.includes(d));
  const otherBodies = await readRevisions(client, db, others.flatMap((d) => d.revs.map((rev) => ({ id: d.id, rev }))));
  const conflictIds = new Set<string>();
  const mentionIds = new Set<string>();
  let participations = 0;
  for (const body of otherBodies) {
    const text = JSON.stringify(body);
    if (docTypeOf(body._id) === 'conflict') {
      if (mentions(text)) conflictIds.add(body._id);
      continue;
    }
    if (traces.some((t) => text.includes(t))) mentionIds.add(body._id);
    else if (docTypeOf(body._id) === 'activity' && [...ids].some((id) => text.includes(id))) participations += 1;
  }
  const conflicts = others.filter((d) => conflictIds.has(d.id));

  const targets = [...volunteers, ...certificates, ...conflicts];
  await purgeRevisions(client, db, targets);
  const left = await everyDocLeaves(client, db, (id) => targets.some((t) => t.id === id));
  if (left.length > 0) throw new CityError(messages.purgeIncomplete(left.map((d) => d.id)));

  const rollupCopies = await everyDocLeaves(client, ROLLUP_DB, (id) => targets.some((t) => t.id === id));
  await purgeRevisions(client, ROLLUP_DB, rollupCopies);
  if ((await trustedStation(client, request.code)) !== null) await refreshSummaries(client, { codes: [request.code], force: true });
  if (targets.length > 0) {
    await compact(client, db);
    await compact(client, ROLLUP_DB);
  }

  const purged = (docs: DocLeaves[]): PurgedDoc[] => docs.map((d) => ({ id: d.id, revisions: d.revs.length }));
  return {
    station: request.code,
    database: db,
    volunteers: purged(volunteers),
    certificates: purged(certificates),
    conflicts: purged(conflicts),
    rollupCopies: rollupCopies.map((d) => d.id),
    participations,
    mentions: [...mentionIds].sort(),
  };
}

/** What the administrator reads: what went, what stays and why. Never the ID number or phone itself. */
export function formatPurgeReport(report: PurgeReport): string {
  const lines = [
    `站点 ${report.station}（${report.database}）/ Station ${report.station} (${report.database})`,
    `  已彻底删除志愿者记录 / volunteer records purged: ${report.volunteers.length}`,
    ...report.volunteers.map((d) => `    ${d.id} (${d.revisions} rev)`),
    `  已彻底删除志愿服务记录证明 / certificates purged: ${report.certificates.length}`,
    ...report.certificates.map((d) => `    ${d.id} (${d.revisions} rev)`),
    `  已彻底删除冲突副本 / conflict copies purged: ${report.conflicts.length}`,
    ...report.conflicts.map((d) => `    ${d.id} (${d.revisions} rev)`),
    `  市级汇总库中的旧副本 / old copies in the roll-up purged: ${report.rollupCopies.length}`,
    `  保留的活动参与记录（只有记录编号和时长，已无法对应到人）/ activity participations kept (record id and hours only, no longer lead to a person): ${report.participations}`,
  ];
  if (report.mentions.length > 0) {
    lines.push(
      `  以下记录的文字里仍有该身份证号或手机号，请站点在程序里修改 / these records still mention the ID number or phone in their text; the station should correct them:`,
      ...report.mentions.map((id) => `    ${id}`),
    );
  }
  lines.push('  已开始压缩数据库，旧版本内容将从磁盘清除 / compaction started: old revision bodies are being removed from disk');
  return lines.join('\n');
}
