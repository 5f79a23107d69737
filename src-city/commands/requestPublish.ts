import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SERVICE_FIELDS } from '../../src-renderer/domain/catalog';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../src-renderer/domain/entities/wireFormat';
import { loggedEntry } from '../../src-renderer/domain/requests/requestFlow';
import { CITY_PUBLISHER } from '../../src-renderer/domain/requests/requestSource';
import { requests as requestNamesEn } from '../../src-renderer/i18n/en/requests';
import { requests as requestNamesZh } from '../../src-renderer/i18n/zh-CN/requests';
import { requestRecord } from '../../src-renderer/records/request';
import { newRequestFlow, parseRequestDetails, requestDocSchema, type RequestDoc } from '../../src-renderer/records/request/shape';
import { type CouchClient, dbPath, docPath } from '../couch/client';
import { CityError } from '../couch/errors';
import { CATALOG_DB } from '../layout';
import type { Bilingual } from '../messages';
import { requireServerAdmin } from './accounts';
import { trustedStation } from './registry';

/**
 * 市级下派: the city publishes a resident's request down to one station. It is written into that station's
 * own database as the station's request, 待派单, its first step (登记) recorded by the city
 * (domain/requests/requestSource.ts), and every PC of the station pulls it like any record.
 *
 * Why not the city's `catalog` database: every station account reads all of it, and a request names the
 * resident and their phone, which only the station that serves them may hold (the Personal Information
 * Protection Law's minimisation, as for the roll-up). The station's database is where its requests live;
 * put there once by the server, it reaches both PCs as one record with no copy made on either, so
 * nothing can be duplicated across PCs or re-syncs.
 *
 * Publishing the same request again (the same station, reference or content) finds it and writes nothing,
 * whatever the station has done with it since; one the station deleted is not brought back.
 */
export interface PublishedRequest {
  station: string;
  residentName: string;
  villageGroup?: string;
  phone?: string;
  need: string;
  field: string;
  urgency?: 'normal' | 'urgent';
  /** YYYY-MM-DD; the day it is published (this computer's clock) when absent. */
  receivedDate?: string;
  wantedDate?: string;
  /** The city's own number for it (a 12345 ticket …): publishing it again under this number changes nothing. */
  ref?: string;
}

export const publishedRequestSchema = z.strictObject({
  station: z.string().trim().min(1),
  residentName: z.string(),
  villageGroup: z.string().optional(),
  phone: z.string().optional(),
  need: z.string(),
  field: z.string(),
  urgency: z.enum(['normal', 'urgent']).optional(),
  receivedDate: z.string().optional(),
  wantedDate: z.string().optional(),
  ref: z.string().max(100).optional(),
});

/** A file of requests to publish: `{ "requests": [ … ] }`. */
export const publishFileSchema = z.strictObject({ requests: z.array(publishedRequestSchema).min(1).max(1000) });

export type PublishOutcome = 'created' | 'unchanged' | 'deletedAtStation';

export interface PublishResult {
  station: string;
  id: string;
  outcome: PublishOutcome;
}

const allDocsSchema = z.object({
  rows: z.array(z.object({ key: z.string(), error: z.string().optional(), value: z.object({ rev: z.string(), deleted: z.boolean().optional() }).optional() })),
});
const anyDoc = z.looseObject({ _id: z.string() });

/**
 * The request's id: the same for the same station and reference (or, without one, the same content), so
 * running the command twice publishes once. `request:` and a hash, within the ids' 64 characters.
 */
export function publishedRequestId(request: PublishedRequest, receivedDate: string): string {
  const what = request.ref !== undefined && request.ref.trim() !== '' ? ['ref', request.ref.trim()] : ['content', request.residentName, request.need, request.field, receivedDate, request.wantedDate ?? ''];
  const hash = createHash('sha256').update(JSON.stringify([request.station, ...what]), 'utf8').digest('hex');
  return `request:city-${hash.slice(0, 40)}`;
}

function refused(station: string, problems: string[]): CityError {
  return new CityError(
    { zh: `没有下派到 ${station}：${problems.join('；')}`, en: `Not published to ${station}: ${problems.join('; ')}` },
    2,
  );
}

function fieldNames(field: string): Bilingual {
  const zh = new Map<string, string | undefined>(Object.entries(requestNamesZh.fields));
  const en = new Map<string, string | undefined>(Object.entries(requestNamesEn.fields ?? {}));
  return { zh: zh.get(field) ?? field, en: en.get(field) ?? field };
}

/** The request as the station's app would have stored it, checked by the app's own rules. */
export function requestDocOf(request: PublishedRequest, now: Date, today: string): RequestDoc {
  const receivedDate = request.receivedDate ?? today;
  const details = parseRequestDetails({
    residentName: request.residentName,
    villageGroup: request.villageGroup ?? '',
    phone: request.phone ?? '',
    need: request.need,
    field: request.field,
    urgency: request.urgency ?? 'normal',
    receivedDate,
    wantedDate: request.wantedDate ?? '',
  });
  if (!details.ok) {
    const fields = [...new Set(details.issues.map((i) => i.field))].map(fieldNames);
    throw refused(request.station, [`${fields.map((f) => f.zh).join('、')} 不对`, `${fields.map((f) => f.en).join(', ')} not valid`]);
  }
  const at = now.toISOString();
  return requestDocSchema.parse({
    id: publishedRequestId(request, details.value.receivedDate),
    stationId: request.station,
    createdAt: at,
    updatedAt: at,
    updatedBy: CITY_PUBLISHER,
    ...details.value,
    ...newRequestFlow(details.value.receivedDate, details.value.wantedDate),
    history: [loggedEntry({ at, by: CITY_PUBLISHER })],
  });
}

/** A built-in field, or one the city published in its catalogue (`field:<code>`). */
async function isKnownField(client: CouchClient, code: string): Promise<boolean> {
  if ((SERVICE_FIELDS as readonly string[]).includes(code)) return true;
  return (await client.getOrNull(docPath(CATALOG_DB, `field:${code}`), anyDoc)) !== null;
}

/** Publishes one request down to its station; see the module's comment. */
export async function publishRequest(client: CouchClient, request: PublishedRequest, now: Date, today: string): Promise<PublishResult> {
  await requireServerAdmin(client);
  const station = await trustedStation(client, request.station);
  if (station === null) throw refused(request.station, ['市里没有登记这个站点', 'the city has no such station on record']);
  if (!(await isKnownField(client, request.field.trim()))) throw refused(request.station, [`服务领域“${request.field}”不在目录里`, `the service field "${request.field}" is not in the catalogue`]);
  const doc = requestDocOf({ ...request, station: station.entry.code }, now, today);
  const db = station.names.database;
  const existing = (await client.post(dbPath(db, '/_all_docs'), { keys: [doc.id] }, allDocsSchema)).rows[0];
  if (existing?.value !== undefined) return { station: station.entry.code, id: doc.id, outcome: existing.value.deleted === true ? 'deletedAtStation' : 'unchanged' };
  const { id, unknownFields: _unknown, ...body } = doc;
  // Stamped as this app version writes it, so every PC reads it as its own kind of request.
  const stamped = { _id: id, ...body, [WIRE_VERSION_FIELD]: requestRecord.rxSchema.version, [WIRE_MAJOR_FIELD]: requestRecord.wire.major };
  await client.put(docPath(db, id), stamped, z.looseObject({ ok: z.literal(true) }));
  return { station: station.entry.code, id, outcome: 'created' };
}

/** What the command prints for one request. */
export function publishMessage(result: PublishResult): Bilingual {
  switch (result.outcome) {
    case 'created':
      return { zh: `已下派到 ${result.station}：${result.id}（站点同步后在“群众点单”里显示为待派单，来源：市级下派）`, en: `Published to ${result.station}: ${result.id} (after the station syncs it shows in 群众点单 as 待派单, from the city)` };
    case 'unchanged':
      return { zh: `${result.station} 已有这件需求（${result.id}），没有重复下派`, en: `${result.station} already has this request (${result.id}); not published again` };
    case 'deletedAtStation':
      return { zh: `${result.station} 已删除这件需求（${result.id}），没有重新下派`, en: `${result.station} deleted this request (${result.id}); not published again` };
  }
}
