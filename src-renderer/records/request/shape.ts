import { z } from 'zod';
import { docMetaShape, isoDateSchema, optionalIsoDateSchema, optionalText, requiredText } from '../../domain/entities/common';
import { ID_MAX_LENGTH } from '../../domain/ids';
import { issuesFromZod, type FieldIssue, type Parsed } from '../../domain/issues';
import { checkPhone } from '../../domain/phone';
import { MAX_RATING, NOT_RATED, REQUEST_LOGGED, type RequestFlowFields } from '../../domain/requests/requestFlow';
import { REQUEST_ACTIONS, REQUEST_STATES } from '../../domain/requests/requestStates';

export const RESIDENT_NAME_MAX = 40;
export const VILLAGE_GROUP_MAX = 40;
const PHONE_MAX = 30;
export const NEED_MAX = 500;
const FIELD_MAX = 40;
/** A refusal's or cancellation's reason, and the resident's remark: a sentence or two. */
export const REASON_MAX = 200;
export const REMARK_MAX = 200;
/** Volunteers one request may be dispatched to; more is a team's work. */
export const MAX_ASSIGNED_VOLUNTEERS = 50;
/**
 * Steps one request may record. The way through takes 5; each reassignment adds 2 (改派, 派单 again), so
 * this allows dozens of them. A request that reaches it is refused further steps (see the repository).
 */
export const MAX_HISTORY = 100;
/** An ISO date-time with milliseconds and a zone offset is 29 characters. */
const DATE_TIME_MAX = 40;

export const REQUEST_URGENCIES = ['normal', 'urgent'] as const;
export type RequestUrgency = (typeof REQUEST_URGENCIES)[number];

const idSchema = z.string().max(ID_MAX_LENGTH);
const assigneesSchema = z.array(z.string().min(1).max(ID_MAX_LENGTH)).max(MAX_ASSIGNED_VOLUNTEERS);

/** requestFlow's RequestHistoryEntry, bounded: what each step recorded. */
const historyEntrySchema = z.object({
  action: z.enum([REQUEST_LOGGED, ...REQUEST_ACTIONS]),
  from: z.enum(REQUEST_STATES),
  to: z.enum(REQUEST_STATES),
  at: z.string().min(1).max(DATE_TIME_MAX),
  by: z.string().min(1).max(ID_MAX_LENGTH),
  reason: z.string().max(REASON_MAX).optional(),
  teamId: idSchema.optional(),
  volunteerIds: assigneesSchema.optional(),
  activityId: idSchema.optional(),
  rating: z.number().int().min(1).max(MAX_RATING).optional(),
});

/**
 * One resident's request (群众点单): who asks (name, village group, phone: personal data), what is needed,
 * its service field and urgency, and where it stands in the flow 待派单 → 已派单 → 已接单 → 已办结 → 已评价
 * (domain/requests: the fields that machine reads and writes, and the steps it took).
 * This is the one definition of the stored document; the RxDB schema and the server's checks derive from it.
 */
export const requestDocSchema = z.object({
  ...docMetaShape,
  residentName: z.string().min(1).max(RESIDENT_NAME_MAX),
  /** 三组, 幸福里3号楼 …; '' when not given. */
  villageGroup: z.string().max(VILLAGE_GROUP_MAX),
  /** Normalised (domain/phone); '' when the resident gave none. */
  phone: z.string().max(PHONE_MAX),
  need: z.string().min(1).max(NEED_MAX),
  /** A service field code of the catalogue, as activities use. */
  field: z.string().min(1).max(FIELD_MAX),
  urgency: z.enum(REQUEST_URGENCIES),
  state: z.enum(REQUEST_STATES),
  receivedDate: z.string().length(10),
  wantedDate: z.string().max(10),
  teamId: idSchema,
  volunteerIds: assigneesSchema,
  activityId: idSchema,
  doneDate: z.string().max(10),
  rating: z.number().int().min(NOT_RATED).max(MAX_RATING),
  ratingRemark: z.string().max(REMARK_MAX),
  endReason: z.string().max(REASON_MAX),
  history: z.array(historyEntrySchema).max(MAX_HISTORY),
});
export type RequestDoc = z.infer<typeof requestDocSchema>;
export type RequestFields = Omit<RequestDoc, keyof typeof docMetaShape>;

/** What the keeper types when logging a request; the flow's fields are the repository's. */
export const requestDetailsInputSchema = z.object({
  residentName: requiredText(RESIDENT_NAME_MAX),
  villageGroup: optionalText(VILLAGE_GROUP_MAX),
  phone: optionalText(PHONE_MAX),
  need: requiredText(NEED_MAX),
  field: requiredText(FIELD_MAX),
  urgency: z.enum(REQUEST_URGENCIES, { error: 'validation.required' }).default('normal'),
  receivedDate: isoDateSchema,
  wantedDate: optionalIsoDateSchema,
});
export type RequestDetailsInput = z.input<typeof requestDetailsInputSchema>;
export type RequestDetails = z.output<typeof requestDetailsInputSchema>;

export const WANTED_BEFORE_RECEIVED_KEY = 'requests.validation.wantedBeforeReceived';

/** The details as stored: the phone normalised and checked, a wanted date not before the day it was asked. */
export function parseRequestDetails(input: unknown): Parsed<RequestDetails> {
  const parsed = requestDetailsInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const value = parsed.data;
  const issues: FieldIssue[] = [];
  let phone = '';
  if (value.phone !== '') {
    const checked = checkPhone(value.phone);
    if (checked.ok) phone = checked.value;
    else issues.push({ field: 'phone', key: 'validation.phone.invalid' });
  }
  if (value.wantedDate !== '' && value.wantedDate < value.receivedDate) {
    issues.push({ field: 'wantedDate', key: WANTED_BEFORE_RECEIVED_KEY, params: { receivedDate: value.receivedDate } });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { ...value, phone } };
}

/** Where a logged request starts: 待派单, nobody assigned, nothing linked, not rated. */
export function newRequestFlow(receivedDate: string, wantedDate: string): Omit<RequestFlowFields, 'history' | 'volunteerIds'> & { volunteerIds: string[] } {
  return { state: 'pending', receivedDate, wantedDate, teamId: '', volunteerIds: [], activityId: '', doneDate: '', rating: NOT_RATED, ratingRemark: '', endReason: '' };
}

const flowShape = requestDocSchema.omit({
  id: true,
  stationId: true,
  createdAt: true,
  updatedAt: true,
  updatedBy: true,
  unknownFields: true,
  residentName: true,
  villageGroup: true,
  phone: true,
  need: true,
  field: true,
  urgency: true,
});

/**
 * A merged version from the conflict review: the details by the form's rules, the flow's fields (state,
 * assignees, history) as stored, since no form edits them.
 */
export function parseRequestFields(merged: Record<string, unknown>): Parsed<RequestFields> {
  const details = parseRequestDetails(merged);
  const flow = flowShape.safeParse(merged);
  const issues = [...(details.ok ? [] : details.issues), ...(flow.success ? [] : issuesFromZod(flow.error))];
  if (!details.ok || !flow.success) return { ok: false, issues };
  return { ok: true, value: { ...flow.data, ...details.value } };
}
