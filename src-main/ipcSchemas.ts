import { z } from 'zod';
import {
  UPDATE_PROBLEMS,
  type InstallUpdateRequest,
  type UpdateStatus,
} from '../src-renderer/platform/api';
import type {
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
  StationCredentials,
  SnapshotWrite,
} from '../src-renderer/platform/api';

/*
 * What the main process accepts from the renderer, channel by channel. Objects are strict: an unknown
 * key means the renderer and main disagree about the contract, and that must fail loudly.
 */

/** Files the renderer hands over (exports, backups, PDFs); generous, but bounded. */
export const MAX_SAVE_FILE_BYTES = 200 * 1024 * 1024; // 200 MB

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);
}

// A bare file name: no folders, no characters Windows refuses, no control characters.
const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:*?"<>|]/.test(name) && !hasControlCharacter(name), 'must be a bare file name')
  .refine((name) => name !== '.' && name !== '..', 'must be a bare file name');

const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/)).min(1).max(20),
});

const fileFiltersSchema = z.array(fileFilterSchema).max(20);

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  filters: fileFiltersSchema,
  data: z
    .instanceof(Uint8Array)
    .refine((data) => data.byteLength <= MAX_SAVE_FILE_BYTES, 'file too large to save'),
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject({
  filters: fileFiltersSchema,
}) satisfies z.ZodType<OpenFileRequest>;

export const printToPdfRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  landscape: z.boolean(),
}) satisfies z.ZodType<PrintToPdfRequest>;

const httpUrlSchema = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export const stationCredentialsSchema = z.strictObject({
  serverUrl: httpUrlSchema,
  // CouchDB's own rule for database names.
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
  updateUrl: httpUrlSchema.optional(),
  // 32 random bytes as base64url (domain/syncBundle.ts).
  bundleKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional(),
}) satisfies z.ZodType<StationCredentials>;

/** Channels that take no payload accept exactly `undefined`. */
export const noPayloadSchema = z.undefined();

export const snapshotWriteSchema = z.strictObject({
  meta: z.strictObject({
    reason: z.enum(['daily', 'update']),
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    createdAt: z.string().max(40),
    appVersion: z.string().max(40),
    stationCode: z.string().max(40),
    records: z.number().int().min(0).max(100_000_000),
  }),
  data: z
    .instanceof(Uint8Array)
    .refine((data) => data.byteLength <= MAX_SAVE_FILE_BYTES, 'snapshot too large'),
}) satisfies z.ZodType<SnapshotWrite>;

/** A snapshot's id as the folder gave it out (src-main/snapshots.ts checks the exact form). */
export const snapshotIdSchema = z.string().min(1).max(100);

/** A version as electron-builder writes it in latest.yml (semver, possibly with a pre-release part). */
const versionSchema = z.string().regex(/^\d{1,9}\.\d{1,9}\.\d{1,9}(-[0-9A-Za-z.-]{1,40})?$/);

export const installUpdateRequestSchema = z.strictObject({
  version: versionSchema,
  snapshotId: snapshotIdSchema,
}) satisfies z.ZodType<InstallUpdateRequest>;

/**
 * What main sends on UPDATE_STATUS_EVENT and answers on the update channels. The update controller checks
 * every status against it before it leaves main, so a status the renderer cannot show is a loud error there.
 */
export const updateStatusSchema = z.discriminatedUnion('phase', [
  z.strictObject({ phase: z.literal('unsupported'), reason: z.enum(['web', 'not-installed', 'platform']) }),
  z.strictObject({ phase: z.literal('not-configured') }),
  z.strictObject({ phase: z.literal('idle'), checked: z.boolean() }),
  z.strictObject({ phase: z.literal('checking') }),
  z.strictObject({ phase: z.literal('available'), version: versionSchema, postponed: z.boolean() }),
  z.strictObject({ phase: z.literal('downloading'), version: versionSchema, percent: z.number().min(0).max(100) }),
  z.strictObject({ phase: z.literal('installing'), version: versionSchema }),
  z.strictObject({ phase: z.literal('failed'), problem: z.enum(UPDATE_PROBLEMS), version: versionSchema.optional() }),
]) satisfies z.ZodType<UpdateStatus>;
